/**
 * The topics a person cares about, as checkboxes (utils/tips/topics.ts): asked on the welcome
 * page, changed on the new tab. A skin condition's tips join the rotation only when it is ticked.
 */
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { TOPICS, type Topic } from '@/utils/tips/topics';

export const TOPIC_NAME: Record<Topic, MessageKey> = {
  glow: 'topicGlow',
  gut: 'gutComfort',
  acne: 'topicAcne',
  eczema: 'topicEczema',
  rosacea: 'topicRosacea',
  psoriasis: 'topicPsoriasis',
};

interface Props {
  /** Unique per page: the inputs' ids start with it. */
  id: string;
  legend: string;
  chosen: readonly Topic[];
  onChange(topics: Topic[]): void;
  hint?: string;
}

export function TopicChoices({ id, legend, chosen, onChange, hint }: Props) {
  const hintId = `${id}-hint`;
  return (
    <fieldset class="topic-choices" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <ul>
        {TOPICS.map((topic) => (
          <li key={topic}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(topic)}
                onChange={(event) =>
                  onChange(
                    event.currentTarget.checked
                      ? TOPICS.filter((t2) => t2 === topic || chosen.includes(t2))
                      : chosen.filter((t2) => t2 !== topic),
                  )
                }
              />{' '}
              {t(TOPIC_NAME[topic])}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
