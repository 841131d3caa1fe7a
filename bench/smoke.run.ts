/**
 * The bench's smoke run, part of `npm test` (after `npm run build`): two rounds of everything, so
 * the instrument itself does not rot. Every figure comes out as a number, the parts of each script
 * bundle add up to it, and the build the bench measures is the release build plus its blank page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BENCH_BUILD, BLANK_PAGE, ROOT } from './build';
import { NOT_RECORDED } from './bytes';
import { formatTable } from './report';
import { runBench, SMOKE } from './run';

const RELEASE = join(ROOT, process.env.GLOW_OUT_DIR ?? '.output', 'chrome-mv3');

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

it('bench smoke run: every figure measured, on the release build', { timeout: 180_000 }, async () => {
  const result = await runBench(SMOKE);
  console.log(formatTable(result));

  const notNumbers = result.figures
    .filter((f) => !Number.isFinite(f.value) || (f.ratio !== undefined && !Number.isFinite(f.ratio)) || f.missing > 0)
    .map((f) => `${f.id}: ${f.value} (ratio ${f.ratio}, missing ${f.missing} of ${f.samples})`);
  expect(notNumbers).toEqual([]);
  for (const figure of result.figures) expect(figure.met === null, figure.id).toBe(figure.target === null);

  for (const [name, bundle] of Object.entries(result.bytes)) {
    expect(bundle.js.gzip, name).toBeGreaterThan(0);
    expect(bundle.parts.map((p) => p.name)).not.toContain(NOT_RECORDED);
    // Each part is rounded on its own.
    expect(Math.abs(bundle.parts.reduce((sum, p) => sum + p.gzip, 0) - bundle.js.gzip), name).toBeLessThan(20);
  }

  expect(filesIn(BENCH_BUILD)).toEqual([...filesIn(RELEASE), BLANK_PAGE].sort());
  for (const file of filesIn(RELEASE)) {
    expect(readFileSync(join(BENCH_BUILD, file)).equals(readFileSync(join(RELEASE, file))), file).toBe(true);
  }
});
