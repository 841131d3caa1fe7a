/**
 * How each reminder kind is named and what its first action is, for the worker's notifications
 * and every page. Type-only imports, so pages do not pull the settings schema into their bundle.
 */
import type { MessageKey } from './i18n-keys';
import type { ReminderKind } from './settings/schema';

export const KIND_NAME: Record<ReminderKind, MessageKey> = {
  hydration: 'kindHydration',
  stress: 'kindStress',
  meal: 'kindMeal',
};

/** The kinds in display order (that of REMINDER_KINDS, checked by a test). */
export const KINDS = Object.keys(KIND_NAME) as ReminderKind[];

/** The first button of a single-kind notification, and the same action on the pages. */
export const PRIMARY_ACTION: Record<ReminderKind, MessageKey> = {
  hydration: 'btnDrank',
  stress: 'btnBreathe',
  meal: 'btnMeal',
};

/** The title of a single-kind notification and of its pending reminder on the pages. */
export const KIND_TITLE: Record<ReminderKind, MessageKey> = {
  hydration: 'titleHydration',
  stress: 'titleStress',
  meal: 'titleMeal',
};
