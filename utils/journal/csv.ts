/**
 * The CSV export: one row per day of history and journal, for a spreadsheet. Pure: history (as
 * an export carries it) and the journal in, text out. Column names are fixed identifiers, not
 * translated, so a sheet or script built on them keeps working. Every cell that a spreadsheet
 * would read as a formula (beginning with =, +, -, @, a tab or a carriage return) is written with a
 * leading apostrophe, so it shows as the text it is and never runs (reliability case 33).
 */
import type { HistoryBundle } from '../history/bundle';
import { type DayTotals, totalsOf } from '../history/totals';
import type { DateKey } from '../time/clock';
import type { JournalEntry } from './entry';

type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV: neutralised if a spreadsheet would run it, quoted if it needs quotes. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

const FIXED_COLUMNS: [string, (day: { totals?: DayTotals; entry?: JournalEntry }) => Cell][] = [
  ['water_ml', ({ totals }) => totals?.waterMl ?? null],
  ['drinks', ({ totals }) => totals?.drinks ?? null],
  ['breathing_breaks', ({ totals }) => totals?.breaks ?? null],
  ['meal_checks', ({ totals }) => totals?.meals ?? null],
  ['meal_hunger_avg', ({ totals }) => mean((totals?.mealChecks ?? []).map((c) => c.hunger))],
  [
    'meal_fullness_avg',
    ({ totals }) => mean((totals?.mealChecks ?? []).flatMap((c) => (c.fullness === null ? [] : [c.fullness]))),
  ],
  [
    'meal_notes',
    ({ totals }) =>
      (totals?.mealChecks ?? [])
        .map((c) => c.note)
        .filter(Boolean)
        .join(' | ') || null,
  ],
  ['skin', ({ entry }) => entry?.skin ?? null],
  ['skin_tags', ({ entry }) => entry?.skinTags.join(';') || null],
  ['gut', ({ entry }) => entry?.gut ?? null],
  ['gut_tags', ({ entry }) => entry?.gutTags.join(';') || null],
  ['stress', ({ entry }) => entry?.stress ?? null],
  ['sleep_hours', ({ entry }) => entry?.sleepHours ?? null],
  ['fermented_food', ({ entry }) => entry?.fermented ?? null],
  ['plants', ({ entry }) => entry?.plants ?? null],
  ['sugary', ({ entry }) => entry?.sugar ?? null],
  ['processed_food', ({ entry }) => entry?.processed ?? null],
  ['dairy', ({ entry }) => entry?.dairy ?? null],
  ['alcohol', ({ entry }) => entry?.alcohol ?? null],
];

/** Daily totals by date, from raw events where kept and the roll-up before that. */
function totalsByDate(history: HistoryBundle): Record<DateKey, DayTotals> {
  const out: Record<DateKey, DayTotals> = { ...history.rollup };
  for (const [date, events] of Object.entries(history.days)) out[date] = totalsOf(events);
  return out;
}

export function journalCsv(history: HistoryBundle, entries: Readonly<Record<DateKey, JournalEntry>>): string {
  const totals = totalsByDate(history);
  const dates = [...new Set([...Object.keys(totals), ...Object.keys(entries)])].sort();
  // The person's own factors as they named them, each in a column of its own.
  const own = [...new Set(Object.values(entries).flatMap((entry) => entry.own.map((a) => a.name)))].sort();
  const header = ['date', ...FIXED_COLUMNS.map(([name]) => name), ...own.map((name) => `own:${name}`), 'note'];
  const rows = dates.map((date) => {
    const day = { totals: totals[date], entry: entries[date] };
    return [
      date,
      ...FIXED_COLUMNS.map(([, read]) => read(day)),
      ...own.map((name) => day.entry?.own.find((a) => a.name === name)?.on ?? null),
      day.entry?.note || null,
    ];
  });
  // A byte-order mark, so spreadsheets read the notes as UTF-8; CRLF line ends as RFC 4180 has them.
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const csvFileName = (today: DateKey): string => `glow-within-journal-${today}.csv`;
