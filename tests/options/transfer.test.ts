import { describe, expect, it } from 'vitest';
import { setValueAt } from '@/components/options/model/paths';
import type { HistoryBundle } from '@/utils/history/bundle';
import { type NewEvent, stampEvent } from '@/utils/history/events';
import { totalsOf } from '@/utils/history/totals';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import {
  buildExport,
  byteLength,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  exportText,
  fitExport,
  MAX_IMPORT_BYTES,
  parseImport,
} from '@/utils/settings/transfer';
import { addDays, localInstant, MINUTE } from '@/utils/time/clock';
import { fixedSchedule, makeSettings } from '../factories';

const NOW = localInstant('2026-11-23', 10 * 60);

const validFile = () =>
  JSON.parse(exportText(buildExport({ settings: DEFAULT_SETTINGS, now: NOW, appVersion: '0.1.0' })));

/** A valid export with values put at dot paths of its JSON (undefined removes the key). */
function fileWith(...changes: [string, unknown][]): string;
function fileWith(path: string, value: unknown): string;
function fileWith(...args: unknown[]): string {
  const file = validFile();
  const changes = (typeof args[0] === 'string' ? [args] : args) as [string, unknown][];
  for (const [path, value] of changes) setValueAt(file, path, value);
  return JSON.stringify(file);
}

function problemsOf(text: string) {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

const day = (date: string, count: number): ReturnType<typeof stampEvent>[] =>
  Array.from({ length: count }, (_, i) =>
    stampEvent({ type: 'water', amountMl: 250 } satisfies NewEvent, localInstant(date, 8 * 60) + i * 10 * MINUTE),
  );

describe('export file', () => {
  it('carries a format name and version, and is named after the day', () => {
    const file = buildExport({ settings: DEFAULT_SETTINGS, now: NOW, appVersion: '0.1.0' });
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, appVersion: '0.1.0' });
    expect(file.history).toBeUndefined();
    expect(exportFileName(NOW)).toBe('glow-within-2026-11-23.json');
  });

  it('export → import round trip is lossless, with and without history', () => {
    const settings = makeSettings({
      hydration: { message: 'Ein Glas Wasser 💧 — “bitte”', style: 'persistent' },
      meal: { schedule: fixedSchedule(['08:00', '12:30', '19:00'], [1, 3, 5]) },
      water: { unit: 'oz', goalMl: 2366 },
      general: { theme: 'dark', newTabQuiet: true },
    });
    const history: HistoryBundle = {
      days: { '2026-11-22': day('2026-11-22', 3), '2026-11-23': day('2026-11-23', 2) },
      rollup: { '2026-08-01': totalsOf(day('2026-08-01', 4)) },
    };
    for (const withHistory of [null, history]) {
      const file = buildExport({ settings, history: withHistory, now: NOW, appVersion: '0.1.0' });
      const back = parseImport(exportText(file));
      expect(back).toEqual({ ok: true, file });
    }
  });

  it('a long busy history is fitted under the 1 MB import limit by rolling up the oldest days', () => {
    const days: HistoryBundle['days'] = {};
    for (let i = 0; i < 90; i++) days[addDays('2026-11-23', -i)] = day(addDays('2026-11-23', -i), 80);
    const file = buildExport({
      settings: DEFAULT_SETTINGS,
      history: { days, rollup: {} },
      now: NOW,
      appVersion: '0.1.0',
    });
    expect(byteLength(exportText(file))).toBeGreaterThan(MAX_IMPORT_BYTES);

    const fitted = fitExport(file);
    expect(byteLength(fitted.text)).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(fitted.rolledUp).toBeGreaterThan(0);
    // The oldest days went to totals, the newest stayed raw; nothing was simply dropped.
    const kept = Object.keys(fitted.file.history?.days ?? {});
    const rolled = Object.keys(fitted.file.history?.rollup ?? {});
    expect(kept.length + rolled.length).toBe(90);
    expect(kept).toContain('2026-11-23');
    expect(rolled).toContain(addDays('2026-11-23', -89));
    expect(fitted.file.history?.rollup[addDays('2026-11-23', -89)]).toEqual(
      totalsOf(days[addDays('2026-11-23', -89)] ?? []),
    );
    expect(parseImport(fitted.text).ok).toBe(true);
  });

  it('a small export is left as it is', () => {
    const file = buildExport({ settings: DEFAULT_SETTINGS, now: NOW, appVersion: '0.1.0' });
    expect(fitExport(file)).toEqual({ file, text: exportText(file), rolledUp: 0 });
  });
});

describe('import validation: each bad file is rejected with the field and the reason', () => {
  it('a file over 1 MB', () => {
    const text = fileWith('exportedAt', 'x'.repeat(MAX_IMPORT_BYTES));
    expect(problemsOf(text)).toEqual([
      { path: '', message: 'optionsImportTooLarge', detail: [String(byteLength(text))] },
    ]);
  });

  it('text that is not JSON says where the problem is', () => {
    expect(problemsOf('{\n  "format": "glow-within-export",\n  oops\n}')).toEqual([
      { path: '', message: 'optionsImportNotJson', detail: ['3:3'] },
    ]);
  });

  it('NaN is not JSON either', () => {
    expect(problemsOf('{"a": NaN}')[0]?.message).toBe('optionsImportNotJson');
  });

  it('a JSON file that is not an export', () => {
    expect(problemsOf('[1, 2, 3]')).toEqual([{ path: '', message: 'optionsImportNotExport' }]);
    expect(problemsOf('{"settings": {}}')).toEqual([{ path: 'format', message: 'optionsImportNotExport' }]);
  });

  it('a wrong format version', () => {
    expect(problemsOf(fileWith('version', 4))).toEqual([
      { path: 'version', message: 'optionsImportVersion', detail: ['4', '3'] },
    ]);
    expect(problemsOf(fileWith('version', undefined))).toEqual([{ path: 'version', message: 'optionsImportMissing' }]);
  });

  it('a wrong type names what was expected and what was found', () => {
    expect(problemsOf(fileWith('settings.hydration.schedule.interval.everyMinutes', '60'))).toEqual([
      {
        path: 'settings.hydration.schedule.interval.everyMinutes',
        message: 'optionsImportExpected',
        detail: ['number', '"60"'],
      },
    ]);
    expect(problemsOf(fileWith('settings.water.unit', 'gallons'))).toEqual([
      { path: 'settings.water.unit', message: 'optionsImportExpected', detail: ['("ml" | "oz")', '"gallons"'] },
    ]);
  });

  it.each([
    ['negative', -5],
    ['zero', 0],
    ['ten seconds', 10 / 60],
    ['huge', 1e9],
  ])(
    'case 24: interval below the minimum, and other out-of-range numbers, from an import (%s) — refused with the field’s own range message',
    (_, value) => {
      expect(problemsOf(fileWith('settings.stress.schedule.interval.everyMinutes', value))).toEqual([
        { path: 'settings.stress.schedule.interval.everyMinutes', message: 'errIntervalRange' },
      ]);
    },
  );

  it('a number beyond any date or count (1e400 parses as Infinity)', () => {
    const text = fileWith('settings.general.pausedUntil', 1).replace('"pausedUntil":1', '"pausedUntil":1e400');
    expect(problemsOf(text)).toEqual([{ path: 'settings.general.pausedUntil', message: 'optionsImportNumber' }]);
    expect(problemsOf(fileWith('settings.general.pausedUntil', 9e15))).toEqual([
      { path: 'settings.general.pausedUntil', message: 'optionsImportNumber' },
    ]);
  });

  it('an unknown key', () => {
    expect(problemsOf(fileWith('settings.hydration.colour', 'blue'))).toEqual([
      { path: 'settings.hydration.colour', message: 'errUnknownField' },
    ]);
  });

  it('a missing field', () => {
    expect(problemsOf(fileWith('settings.water.cupMl', undefined))).toEqual([
      { path: 'settings.water.cupMl', message: 'optionsImportMissing' },
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a dangerous key (%s), found in the raw JSON', (key) => {
    const text = JSON.stringify(validFile()).replace('"water":{', `"water":{"${key}":{"polluted":true},`);
    expect(problemsOf(text)).toEqual([
      { path: `settings.water.${key}`, message: 'optionsImportForbiddenKey', detail: [key] },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('text with HTML in it, anywhere in the file', () => {
    expect(problemsOf(fileWith('settings.meal.message', '<img src=x onerror="alert(1)">Lunch'))).toEqual([
      { path: 'settings.meal.message', message: 'errNoHtml' },
    ]);
    expect(problemsOf(fileWith('appVersion', '<script>alert(1)</script>'))).toEqual([
      { path: 'appVersion', message: 'errNoHtml' },
    ]);
  });

  it('nesting deeper than any export', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(problemsOf(fileWith('settings.general.theme', 'DEEP')).length).toBe(1);
    expect(problemsOf(`{"format":"glow-within-export","version":1,"x":${deep}}`)).toEqual([
      { path: 'x.0.0.0.0.0.0.0.0.0', message: 'optionsImportTooDeep' },
    ]);
  });

  it('a settings value the schema refuses (an invalid window) keeps the schema’s message', () => {
    expect(
      problemsOf(fileWith('settings.hydration.schedule.interval.week.1', [{ start: '09:00', end: '09:00' }])),
    ).toEqual([{ path: 'settings.hydration.schedule.interval.week.1.0', message: 'errWindowEmpty' }]);
  });

  it('history: a bad event names its day and entry; an event under the wrong day is refused', () => {
    const withHistory = (history: unknown) => fileWith('history', history);
    const [event] = day('2026-11-22', 1);
    expect(problemsOf(withHistory({ days: { '2026-11-22': [{ ...event, amountMl: 99_999 }] }, rollup: {} }))).toEqual([
      {
        path: 'history.days.2026-11-22.0.amountMl',
        message: 'optionsImportExpected',
        detail: ['<=5000', '99999'],
      },
    ]);
    expect(problemsOf(withHistory({ days: { '2026-11-21': [event] }, rollup: {} }))).toEqual([
      { path: 'history.days.2026-11-21.0.date', message: 'optionsImportWrongDay', detail: ['2026-11-21'] },
    ]);
    expect(problemsOf(withHistory({ days: { yesterday: [] }, rollup: {} }))[0]?.path).toBe('history.days.yesterday');
  });

  it('lists at most 20 problems', () => {
    const text = fileWith(
      ...['hydration', 'stress', 'meal'].flatMap((kind) =>
        [0, 1, 2, 3, 4, 5, 6].map((d): [string, unknown] => [
          `settings.${kind}.schedule.interval.week.${d}`,
          [{ start: 'x', end: 'y' }],
        ]),
      ),
    );
    expect(problemsOf(text)).toHaveLength(20);
  });
});
