/**
 * Where history lives in storage.local, and for how long: one key per day for raw events
 * (`day:YYYY-MM-DD`), beside it that day's totals once the day is over (`totals:YYYY-MM-DD`), and
 * `rollup` for the daily totals of older days. Declared in the registry of stored items
 * (utils/storage/items.ts); pure, so tools and tests outside the extension can name them too.
 */
export const DAY_KEY = /^day:(\d{4}-\d{2}-\d{2})$/;
export const dayKey = (date: string): string => `day:${date}`;
export const ROLLUP_KEY = 'rollup';

/**
 * A finished raw day's totals, kept beside its events so that reading months of totals (the
 * journal) reads a few hundred bytes a day instead of the day's events.
 */
export const TOTALS_KEY = /^totals:(\d{4}-\d{2}-\d{2})$/;
export const totalsKey = (date: string): string => `totals:${date}`;

/** Days of raw events kept (about 8 KB a busy day); older days keep only their daily totals. */
export const RAW_DAYS = 60;
