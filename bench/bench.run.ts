/**
 * `npm run bench` (and `npm run bench:smoke`, with vitest's `--mode smoke`): run the bench, print
 * the table, write the JSON. Run through vitest so the TypeScript sources import as they are.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { FULL, optionsFromEnv, SMOKE } from './options';
import { formatTable, RESULTS_FILE, writeResults } from './report';
import { runBench } from './run';

const smoke = process.env.BENCH_SMOKE === '1';

it(smoke ? 'bench (smoke run: 2 loads)' : 'bench', { timeout: 60 * 60_000 }, async () => {
  const started = Date.now();
  const progress = (step: string) => console.log(`[bench ${Math.round((Date.now() - started) / 1000)} s] ${step}`);
  const result = await runBench(optionsFromEnv(smoke ? SMOKE : FULL), progress);
  const path = smoke ? join(tmpdir(), 'glow-within-bench-smoke.json') : RESULTS_FILE;
  writeResults(path, result);
  console.log(`\n${formatTable(result)}\n\nResults written to ${path}\n`);
});
