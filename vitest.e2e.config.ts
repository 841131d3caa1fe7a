import { defineConfig } from 'vitest/config';

// Browser tests: the test builds in headless Chromium (e2e/*.e2e.ts) and headless Firefox ESR
// (e2e/firefox/), one browser at a time.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
