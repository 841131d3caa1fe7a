/**
 * `npm run bench`: run the bench, print the table (and its Markdown form for the README), write
 * bench/results.json. BENCH_ROUNDS, BENCH_ALARMS (whole numbers) shorten or lengthen a run; such a
 * run writes the untracked bench/results.local.json instead. Run through vitest so the TypeScript sources import as they are.
 */
import { join } from 'node:path';
import { it } from 'vitest';
import { ROOT } from './build';
import { formatMarkdown, formatTable, writeResults } from './report';
import { FULL, type Runs, runBench } from './run';

function count(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1, not "${text}"`);
  return value;
}

it('bench', async () => {
  const rounds = count('BENCH_ROUNDS', FULL.pageRounds);
  const runs: Runs = { pageRounds: rounds, workerMessages: rounds, alarms: count('BENCH_ALARMS', FULL.alarms) };
  const standard = JSON.stringify(runs) === JSON.stringify(FULL);
  const started = Date.now();
  const result = await runBench(runs, (step) =>
    console.log(`[bench ${Math.round((Date.now() - started) / 1000)} s] ${step}`),
  );
  const path = join(ROOT, 'bench', standard ? 'results.json' : 'results.local.json');
  writeResults(path, result);
  console.log(
    `\n${formatTable(result)}\n\nFor the README's Measurements:\n\n${formatMarkdown(result)}\n\nWritten to ${path}\n`,
  );
});
