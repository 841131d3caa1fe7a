import { useLayoutEffect, useRef } from 'preact/hooks';
import { cycleSeconds, cyclesFor, PATTERN_IDS, SESSION_MINUTES } from '@/utils/breathing';
import type { BreathingPrefs } from '@/utils/breathing-schema';
import { formatNumber, plural, t } from '@/utils/i18n';
import { minutesSeconds, PATTERN_NAME, patternOutline } from './breathing-text';

interface Props {
  prefs: BreathingPrefs;
  /** Move focus to Start when shown (after stopping a break early). */
  focusStart?: boolean;
  onChange(patch: Partial<BreathingPrefs>): void;
  onStart(): void;
}

/** Choose a pattern, a length and whether to hear tones; the choice is remembered. */
export function BreathingSetup({ prefs, focusStart = false, onChange, onStart }: Props) {
  const start = useRef<HTMLButtonElement>(null);
  // Before paint, so focus never rests on the page body between Stop and Begin.
  useLayoutEffect(() => {
    if (focusStart) start.current?.focus();
  }, []);
  const cycles = cyclesFor(prefs.pattern, prefs.minutes);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        onStart();
      }}
    >
      <fieldset class="choice-list">
        <legend>{t('popupPattern')}</legend>
        {PATTERN_IDS.map((id) => (
          <label key={id} class="choice">
            <input
              type="radio"
              name="pattern"
              value={id}
              checked={prefs.pattern === id}
              onChange={() => onChange({ pattern: id })}
            />
            <span class="choice-text">
              <span class="choice-name">{t(PATTERN_NAME[id])}</span>
              <span class="choice-hint">{patternOutline(id)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="segmented">
        <legend>{t('popupLength')}</legend>
        <div class="segments">
          {SESSION_MINUTES.map((minutes) => (
            <label key={minutes}>
              <input
                type="radio"
                name="minutes"
                value={minutes}
                checked={prefs.minutes === minutes}
                onChange={() => onChange({ minutes })}
              />
              <span>{t('minutesValue', formatNumber(minutes))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={prefs.tones}
          onChange={(event) => onChange({ tones: event.currentTarget.checked })}
        />
        {t('popupTones')}
      </label>
      <div class="start-row">
        <button ref={start} type="submit" class="primary">
          {t('popupBegin')}
        </button>
        <span class="muted">
          {plural('popupSessionPlan', cycles, [minutesSeconds(cycles * cycleSeconds(prefs.pattern))])}
        </span>
      </div>
    </form>
  );
}
