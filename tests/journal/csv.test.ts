/** Case 33: the CSV export. One row per day of history and journal; formulas never run. */
import { describe, expect, it } from 'vitest';

import { totalsOf } from '@/utils/history/totals';
import { csvCell, journalCsv } from '@/utils/journal/csv';
import { emptyEntry } from '@/utils/journal/entry';
import { localInstant } from '@/utils/time/clock';
import { parseCsv as parse } from '../csv-reader';
import { stamp } from '../factories';

describe('case 33: CSV export', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'a note beginning %j opens in a spreadsheet as text',
    (note) => {
      const cell = csvCell(note);
      const [[read] = []] = parse(`${cell}\r\n`);
      expect(read?.startsWith("'")).toBe(true);
      expect(read?.slice(1)).toBe(note);
    },
  );

  it('writes one row per day of history and journal, oldest first, with the person’s own factors', () => {
    const day1 = '2026-11-20';
    const day2 = '2026-11-21';
    const day3 = '2026-11-22';
    const meal = stamp(
      { type: 'meal', hunger: 7, fullness: 6, minutes: 20, note: 'soup, "slowly"' },
      localInstant(day1, 720),
    );
    const history = {
      days: { [day1]: [meal, stamp({ type: 'water', amountMl: 500 }, localInstant(day1, 600))] },
      rollup: {
        '2026-10-01': totalsOf([stamp({ type: 'water', amountMl: 250 }, localInstant('2026-10-01', 600))]),
      },
    };
    const entries = {
      [day2]: {
        ...emptyEntry(day2, 1),
        skin: 4 as const,
        skinTags: ['dryness' as const, 'itch' as const],
        own: [{ name: 'probiotic', on: true }],
        note: '-ish day, line one\nline two',
      },
      [day3]: { ...emptyEntry(day3, 1), gut: 2 as const, fermented: false },
    };
    const rows = parse(journalCsv(history, entries));
    const [header = [], ...body] = rows;
    expect(header[0]).toBe('date');
    expect(header).toContain('own:probiotic');
    expect(header.at(-1)).toBe('note');
    expect(body.map((r) => r[0])).toEqual(['2026-10-01', day1, day2, day3]);
    const col = (name: string) => header.indexOf(name);
    const row = (date: string) => body.find((r) => r[0] === date) ?? [];
    expect(row(day1)[col('water_ml')]).toBe('500');
    expect(row(day1)[col('meal_hunger_avg')]).toBe('7');
    expect(row(day1)[col('meal_notes')]).toBe('soup, "slowly"');
    expect(row(day2)[col('skin')]).toBe('4');
    expect(row(day2)[col('skin_tags')]).toBe('dryness;itch');
    expect(row(day2)[col('own:probiotic')]).toBe('yes');
    expect(row(day2)[col('note')]).toBe("'-ish day, line one\nline two");
    expect(row(day3)[col('fermented_food')]).toBe('no');
    expect(row('2026-10-01')[col('water_ml')]).toBe('250');
    expect(body.every((r) => r.length === header.length)).toBe(true);
  });
});
