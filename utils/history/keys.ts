/**
 * Where history lives in storage.local: one key per local date for raw events (`day:YYYY-MM-DD`)
 * and `rollup` for the daily totals of older days. Declared in the registry of stored items
 * (utils/storage/items.ts); pure, so tools and tests outside the extension can name them too.
 */
export const DAY_KEY = /^day:(\d{4}-\d{2}-\d{2})$/;
export const dayKey = (date: string): string => `day:${date}`;
export const ROLLUP_KEY = 'rollup';
/** Days of raw events kept (about 8 KB a busy day); older days keep only their daily totals. */
export const RAW_DAYS = 60;
