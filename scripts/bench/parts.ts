/**
 * Where a page's script bytes go: the modules of its chunks (recorded at build time by
 * scripts/module-sizes.ts) grouped into parts a reader can act on: each library with what it pulls
 * in, the tip texts, our own code, the bundler's glue.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ChunkModules, moduleSizesDir } from '../module-sizes';

export interface Part {
  name: string;
  raw: number;
  /** The part's share of its files' gzip sizes (split by what each module adds in place). */
  gzip: number;
}

/** Every chunk's modules for the build in `build`, or null when the build recorded none. */
export function readChunkModules(build: string): ChunkModules | null {
  const dir = moduleSizesDir(build);
  if (!existsSync(dir)) return null;
  const chunks: ChunkModules = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    Object.assign(chunks, JSON.parse(readFileSync(join(dir, file), 'utf8')) as ChunkModules);
  }
  return chunks;
}

/** Packages that come only as another's dependency are counted with it. */
const PULLED_IN_BY: Record<string, string> = {
  superlock: '@wxt-dev/storage',
  '@aklinker1/zero-serialize-error': '@webext-core/messaging',
  '@preact/signals-core': '@preact/signals',
};

export const OWN_CODE = 'our code';
export const TIP_TEXTS = 'tip texts and sources';
const GLUE = 'bundler and WXT glue';

const GLUE_MODULES = new Set([
  'rolldown/runtime.js',
  'vite/preload-helper.js',
  'wxt',
  '@wxt-dev/browser',
  '@wxt-dev/webextension-polyfill',
]);

export function partOf(module: string): string {
  if (module === 'utils/tips/library.ts') return TIP_TEXTS;
  if (GLUE_MODULES.has(module) || module.startsWith('virtual:')) return GLUE;
  if (/^(components|entrypoints|utils)\//.test(module)) return OWN_CODE;
  return PULLED_IN_BY[module] ?? module;
}

/** The parts of the given built files (with their gzip sizes), largest first. */
export function partsOf(files: ReadonlyMap<string, number>, chunks: ChunkModules): Part[] {
  const parts = new Map<string, Part>();
  for (const [file, fileGzip] of files) {
    const modules = chunks[file] ?? [];
    const alone = modules.reduce((sum, m) => sum + m.gzip, 0);
    for (const m of modules) {
      const name = partOf(m.module);
      const part = parts.get(name) ?? { name, raw: 0, gzip: 0 };
      part.raw += m.raw;
      part.gzip += alone > 0 ? (fileGzip * m.gzip) / alone : 0;
      parts.set(name, part);
    }
  }
  return [...parts.values()].map((p) => ({ ...p, gzip: Math.round(p.gzip) })).sort((a, b) => b.gzip - a.gzip);
}
