/**
 * The guide while breathing: a shape that opens and closes with the breath (a CSS animation of
 * `transform` only, restarted each phase), the cue and count in large type, and where the
 * session is. With reduced motion the shape stays still and the outline of steps carries the
 * rhythm instead. Phase changes are spoken through a live region by the view.
 */
import type { ReadonlySignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { PATTERNS, type PatternId, type PhaseMoment } from '@/utils/breathing';
import { formatNumber, t } from '@/utils/i18n';
import { minutesSeconds, PHASE_CUE, stepLabel } from './breathing-text';

interface Props {
  pattern: PatternId;
  cycles: number;
  moment: PhaseMoment;
  reducedMotion: ReadonlySignal<boolean>;
  onStop(): void;
}

export function BreathingGuide({ pattern, cycles, moment, reducedMotion, onStop }: Props) {
  const { phase, count, secondsLeft } = moment;
  const stop = useRef<HTMLButtonElement>(null);
  // The Start button is gone: put focus on the one control that is left.
  useLayoutEffect(() => stop.current?.focus(), []);
  const still = reducedMotion.value;
  return (
    <section class="stack guide" aria-labelledby="guide-cue">
      <div class="guide-stage" aria-hidden="true">
        <div class="guide-outline" />
        <div
          key={phase.index}
          class={still ? 'guide-shape is-still' : 'guide-shape'}
          data-phase={phase.kind}
          style={
            still
              ? undefined
              : { '--from': String(phase.from), '--to': String(phase.size), animationDuration: `${phase.seconds}s` }
          }
        />
        <p class="guide-count">{count}</p>
      </div>
      <p id="guide-cue" class="guide-cue">
        {t(PHASE_CUE[phase.kind])}
      </p>
      <ol class="guide-steps" aria-hidden="true">
        {PATTERNS[pattern].map((step, i) => (
          <li key={`${step.kind}${i}`} class={i === phase.step ? 'is-current' : undefined}>
            {stepLabel(step.kind, step.seconds)}
          </li>
        ))}
      </ol>
      <p class="muted">
        {t('popupBreathLeft', [minutesSeconds(secondsLeft), formatNumber(phase.cycle), formatNumber(cycles)])}
      </p>
      <button
        ref={stop}
        type="button"
        onClick={onStop}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onStop();
        }}
      >
        {t('popupStop')}
      </button>
    </section>
  );
}
