import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

// `npm run bench`: the benchmark builds the extension and measures it in headless Chromium. `--mode smoke` runs the smoke run (2 loads)
// that `npm test` includes; `--mode trace` the cold-load breakdown (`npm run bench:trace`).
export default defineConfig(({ mode }) => ({
  root,
  resolve: { alias: { '@': root } },
  test: {
    environment: 'node',
    include: [{ smoke: 'bench/smoke.run.ts', trace: 'bench/trace.run.ts' }[mode] ?? 'bench/bench.run.ts'],
    fileParallelism: false,
    disableConsoleIntercept: true,
    testTimeout: 60 * 60_000,
    hookTimeout: 60_000,
  },
}));
