import { defineConfig } from 'vitest/config';

// `npm run bench`: the benchmark in headless Chromium against the release build (scripts/bench).
// `--mode smoke` runs the same code with 2 loads and writes to a temporary file.
export default defineConfig(({ mode }) => ({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    include: ['scripts/bench/bench.run.ts'],
    env: { BENCH_SMOKE: mode === 'smoke' ? '1' : '0' },
    fileParallelism: false,
    disableConsoleIntercept: true,
    testTimeout: 60 * 60_000,
    hookTimeout: 60_000,
  },
}));
