/**
 * The bench's smoke run (2 loads) on the release build from `npm run build`: every figure comes
 * out as a number and the JSON has every field. The full bench (`npm run bench`) is not part of
 * npm test; this keeps the instrument itself from rotting.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SMOKE } from './options';
import { NOT_RECORDED } from './parts';
import { type BenchResult, writeResults } from './report';
import { runBench } from './run';

const OUT = join(tmpdir(), `glow-within-bench-smoke-${process.pid}.json`);

const FIGURES = [
  'newtab.fcp',
  'newtab.static.fcp',
  'newtab.scripts',
  'newtab.dataShown',
  'newtab.layoutShift',
  'newtab.heap',
  'popup.empty.fcp',
  'popup.static.fcp',
  'popup.empty.scripts',
  'popup.empty.dataShown',
  'popup.year.fcp',
  'popup.year.scripts',
  'popup.year.dataShown',
  'popup.year.vsEmpty',
  'worker.warmMessage',
  'worker.coldStart',
  'alarm.warm',
  'alarm.cold',
  ...['newtab', 'popup', 'options'].flatMap((page) =>
    ['js', 'css', 'data', 'scriptAndStyle'].map((kind) => `bytes.${page}.${kind}`),
  ),
  'bytes.worker.js',
  'bytes.worker.data',
  'bytes.worker.scriptAndStyle',
];

const finite = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);

describe('bench smoke run', () => {
  afterAll(() => rmSync(OUT, { force: true }));

  it('measures every figure on the release build and writes complete JSON', { timeout: 120_000 }, async () => {
    writeResults(OUT, await runBench(SMOKE));
    const result = JSON.parse(readFileSync(OUT, 'utf8')) as BenchResult;

    expect(Number.isNaN(Date.parse(result.date))).toBe(false);
    expect(result.browser.version).toMatch(/^\d+\./);
    expect(result.browser.userAgent).not.toBe('');
    expect(result.machine.os).not.toBe('');
    expect(result.machine.cpu).not.toBe('');
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.machine.memoryGb).toBeGreaterThan(0);
    expect(result.loads).toMatchObject({ pages: SMOKE.loads, coldStart: SMOKE.loads });
    expect(Object.values(result.loads).every(finite)).toBe(true);

    expect(result.figures.map((f) => f.id)).toEqual(FIGURES);
    const notNumbers = result.figures
      .filter((f) => !finite(f.value) || (f.ratio !== undefined && !finite(f.ratio)) || f.missing > 0)
      .map((f) => `${f.id}: ${f.value} (ratio ${f.ratio}, missing ${f.missing} of ${f.samples})`);
    expect(notNumbers).toEqual([]);
    for (const figure of result.figures) {
      expect(figure.samples, figure.id).toBeGreaterThan(0);
      expect(figure.met === null || typeof figure.met === 'boolean', figure.id).toBe(true);
      if (figure.target) expect(figure.met, figure.id).not.toBeNull();
    }

    for (const bundle of [...Object.values(result.bytes.pages), result.bytes.worker]) {
      for (const kind of ['html', 'js', 'css', 'data'] as const) {
        expect(finite(bundle[kind].raw) && finite(bundle[kind].gzip)).toBe(true);
      }
      expect(bundle.js.gzip).toBeGreaterThan(0);
      // The release build records its modules: the parts account for the scripts' bytes.
      expect(bundle.parts.length).toBeGreaterThan(0);
      expect(bundle.parts.map((p) => p.name)).not.toContain(NOT_RECORDED);
      expect(Math.abs(bundle.parts.reduce((sum, p) => sum + p.gzip, 0) - bundle.js.gzip)).toBeLessThan(20);
    }
    const unexplained = result.figures.filter((f) => f.met === false && !result.reasons[f.id]).map((f) => f.id);
    expect(unexplained).toEqual([]);
  });
});
