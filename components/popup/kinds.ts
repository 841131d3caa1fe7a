import type { MessageKey } from '@/utils/i18n-keys';
import type { ReminderKind } from '@/utils/settings/schema';

export const KIND_NAME: Record<ReminderKind, MessageKey> = {
  hydration: 'kindHydration',
  stress: 'kindStress',
  meal: 'kindMeal',
};

/**
 * The kinds in display order (that of REMINDER_KINDS, checked by a test). Not imported from the
 * settings schema: that module would bring the whole schema into the popup's bundle.
 */
export const KINDS = Object.keys(KIND_NAME) as ReminderKind[];

/** The same first action as the notification's button, so both read alike. */
export const PRIMARY_ACTION: Record<ReminderKind, MessageKey> = {
  hydration: 'btnDrank',
  stress: 'btnBreathe',
  meal: 'btnMeal',
};
