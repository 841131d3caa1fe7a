import preact from '@preact/preset-vite';
import type { Plugin, PluginOption } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit tests, in two projects. `chrome`: the code as built for Chrome, against WXT's fake browser.
 * `firefox` (`*.firefox.test.ts`): the code as built for Firefox (WXT's `-b firefox` globals,
 * including the manifest version wxt.config.ts gives Firefox) against the same fake made
 * Firefox-shaped (tests/firefox-fake.ts).
 */
const FIREFOX_TESTS = 'tests/**/*.firefox.test.{ts,tsx}';

// One after the other: WxtVitest registers its configuration globally while it resolves.
const chrome = await WxtVitest();
const firefox = await WxtVitest({ browser: 'firefox' });

/**
 * The `import.meta.env` globals WXT's build defines for these plugins' browser (BROWSER,
 * FIREFOX, MANIFEST_VERSION…). Vitest turns defines into one process-wide env shared by every
 * project, so each project sets its own explicitly (as strings, which is how tests see them).
 */
function buildGlobals(plugins: PluginOption[]): Record<string, string> {
  const globals = plugins.find((p): p is Plugin => !!p && 'name' in p && p.name === 'wxt:globals');
  const { define } = (globals?.config as (() => { define: Record<string, string> }) | undefined)?.() ?? { define: {} };
  if (!define['import.meta.env.BROWSER']) throw new Error('WXT no longer provides its build globals as expected');
  return Object.fromEntries(
    Object.entries(define).map(([key, value]) => [key.replace('import.meta.env.', ''), String(JSON.parse(value))]),
  );
}

function project(name: string, plugins: PluginOption[], files: { include: string[]; exclude?: string[] }) {
  return {
    plugins: [plugins, preact()],
    test: {
      name,
      ...files,
      environment: 'happy-dom',
      restoreMocks: true,
      env: buildGlobals(plugins),
      setupFiles: ['tests/setup.ts', ...(name === 'firefox' ? ['tests/firefox-setup.ts'] : [])],
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      project('chrome', chrome, {
        include: ['tests/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
        exclude: [...configDefaults.exclude, FIREFOX_TESTS],
      }),
      project('firefox', firefox, { include: [FIREFOX_TESTS] }),
    ],
  },
});
