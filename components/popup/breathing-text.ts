/** How the breathing patterns and phases read in the popup. */
import { PATTERNS, type PatternId, type PhaseKind } from '@/utils/breathing';
import { formatNumber, t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';

export const PATTERN_NAME: Record<PatternId, MessageKey> = {
  box: 'popupPatternBox',
  '4-7-8': 'popupPattern478',
  sigh: 'popupPatternSigh',
  coherent: 'popupPatternCoherent',
};

/** The cue, large on screen and spoken: "Breathe in". */
export const PHASE_CUE: Record<PhaseKind, MessageKey> = {
  in: 'popupPhaseIn',
  topUp: 'popupPhaseTopUp',
  holdIn: 'popupPhaseHold',
  out: 'popupPhaseOut',
  holdOut: 'popupPhaseHold',
};

/** The short step name in a pattern's outline: "In 4 · Hold 7 · Out 8". */
const PHASE_STEP: Record<PhaseKind, MessageKey> = {
  in: 'popupStepIn',
  topUp: 'popupStepTopUp',
  holdIn: 'popupStepHold',
  out: 'popupStepOut',
  holdOut: 'popupStepHold',
};

export const stepLabel = (kind: PhaseKind, seconds: number): string => t(PHASE_STEP[kind], formatNumber(seconds));

export const patternOutline = (pattern: PatternId): string =>
  PATTERNS[pattern].map((phase) => stepLabel(phase.kind, phase.seconds)).join(' · ');

/** "1:04" */
export function minutesSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
