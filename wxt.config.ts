import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { EntrypointGroup, ResolvedPublicFile } from 'wxt';
import { defineConfig } from 'wxt';
import { manifestCommands } from './utils/commands';
import { shippedCatalog } from './utils/tips/messages';

// Chromium used by `npm run dev`; scripts/dev.mjs resolves and exports it.
const chromeBinary = process.env.CHROME_PATH;
// Set only by the bench's build (bench/build.ts): record what each chunk is made of in this folder.
const moduleSizesDir = process.env.GLOW_MODULE_SIZES;

/**
 * Each language's catalog as shipped (utils/tips/messages.ts): its tips (assets/tips/<lang>.json)
 * join it, so a page reads only its own language's tips and no tip text is in any script, and
 * translators' descriptions stay behind. A language without a tip file falls back to English, as
 * the browser does for any missing message.
 */
function shipCatalogs(files: ResolvedPublicFile[]): void {
  for (const [index, file] of files.entries()) {
    const lang = /^_locales\/([^/]+)\/messages\.json$/.exec(file.relativeDest)?.[1];
    if (!lang || !('absoluteSrc' in file)) continue;
    const tipsFile = resolve('assets/tips', `${lang}.json`);
    const tips = existsSync(tipsFile) ? JSON.parse(readFileSync(tipsFile, 'utf8')) : undefined;
    const catalog = shippedCatalog(JSON.parse(readFileSync(file.absoluteSrc, 'utf8')), tips);
    files[index] = { relativeDest: file.relativeDest, contents: JSON.stringify(catalog) };
  }
}

/**
 * One build per page instead of WXT's one build for them all. Built together, every module two
 * pages share goes into a chunk of its own, so the new tab's first paint waited on nine small files
 * (each a request that takes as long as a large one in a fresh renderer). Built alone, a page's
 * entry holds everything it imports statically and only its dynamic imports are separate files;
 * the shared code is copied into each page, which loads one page's files only anyway.
 */
function buildPagesApart(groups: EntrypointGroup[]): void {
  const apart = groups.flatMap((group): EntrypointGroup[] =>
    Array.isArray(group) ? group.map((page) => [page]) : [group],
  );
  groups.splice(0, groups.length, ...apart);
}

export default defineConfig({
  // Separate output folders let several test builds exist side by side (GLOW_OUT_DIR=.output-x).
  outDir: process.env.GLOW_OUT_DIR ?? '.output',
  // Manifest V3 for Firefox too (.output/firefox-mv3): one `action` API and one manifest shape for
  // both browsers (Firefox MV3 runs the background as an event page). See "Firefox" in the README.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:publicAssets': (_wxt, files) => shipCatalogs(files),
    'entrypoints:grouped': (_wxt, groups) => buildPagesApart(groups),
  },
  // The sources archive Firefox review asks for: code and config, not screenshots or bench output.
  zip: { excludeSources: ['docs/**', 'bench/**', '.ci/**'] },
  vite: async () => ({
    // Imported only then: every other build, and the sources archive, go without bench/.
    plugins: [
      preact(),
      ...(moduleSizesDir ? [(await import('./bench/module-sizes')).moduleSizes(moduleSizesDir)] : []),
    ],
    build: {
      // Extension pages load only their own files; Vite's modulepreload polyfill would add a fetch.
      modulePreload: { polyfill: false },
    },
  }),
  webExt: {
    ...(chromeBinary ? { binaries: { chrome: chromeBinary } } : {}),
    // Chromium refuses to start as root without this (containers, CI machines).
    ...(process.getuid?.() === 0 ? { chromiumArgs: ['--no-sandbox'] } : {}),
    startUrls: ['chrome://newtab/'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission and why: README, "Privacy". `search` hands the new tab's search box to the
    // browser's default engine; most-visited sites are asked for only when the person turns them on.
    permissions: ['alarms', 'notifications', 'storage', 'idle', 'search'],
    optional_permissions: ['topSites'],
    action: { default_title: '__MSG_extName__' },
    // Keyboard shortcuts (utils/commands.ts); no permission needed.
    commands: manifestCommands(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'glow-within@glowwithin.app',
              // 140 (the current ESR) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
