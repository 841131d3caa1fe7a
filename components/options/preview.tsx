import { dueText } from '@/components/due-text';
import { describeNext } from '@/utils/due';
import { t } from '@/utils/i18n';
import { KIND_NAME } from '@/utils/kinds';
import type { Prompt } from '@/utils/schedule/upcoming';
import { useOptions } from './context';

const kindsText = (prompt: Prompt): string =>
  new Intl.ListFormat(undefined, { type: 'conjunction' }).format(prompt.occurrences.map((o) => t(KIND_NAME[o.kind])));

/** "Your next reminders", from the settings being edited: the scheduler core's own answer. */
export function Preview() {
  const model = useOptions();
  const prompts = model.preview.value;
  const now = model.now.value;
  const paused = model.form.draft.value?.general.pausedUntil === 'forever';
  let body = null;
  if (prompts === null) body = <p>{t('optionsPreviewInvalid')}</p>;
  else if (prompts.length === 0) body = <p>{t(paused ? 'optionsPreviewPaused' : 'optionsPreviewNone')}</p>;
  else {
    body = (
      <ol class="preview-list">
        {prompts.map((prompt) => (
          <li key={prompt.at}>
            <time dateTime={new Date(prompt.at).toISOString()}>
              {dueText(describeNext({ state: 'due', at: prompt.at }, now))}
            </time>
            <span class="preview-kinds">{kindsText(prompt)}</span>
            {prompt.occurrences.length > 1 && <span class="badge">{t('optionsPreviewTogether')}</span>}
          </li>
        ))}
      </ol>
    );
  }
  return (
    <section id="section-preview" class="card preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('optionsPreviewHeading')}</h2>
      <p class="hint">{t('optionsPreviewHint')}</p>
      {body}
    </section>
  );
}
