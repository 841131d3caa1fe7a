/**
 * Where a page's script bytes go: the modules of its chunks (recorded at build time by
 * bench/module-sizes.ts) grouped into parts a reader can act on: each library with what it pulls
 * in, the tip texts, our own code, the bundler's glue.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLER, type ChunkModules } from './module-sizes';

export interface Part {
  name: string;
  raw: number;
  /** The part's share of its files' gzip sizes (split by what each module's code adds in place). */
  gzip: number;
}

/** Every chunk's modules from the record in `dir`, or null when the build recorded none. */
export function readChunkModules(dir: string): ChunkModules | null {
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

/** Code between modules and the runtime helpers the bundler writes, and WXT's thin wrappers. */
const GLUE_MODULES = new Set([BUNDLER, 'wxt', '@wxt-dev/browser', '@wxt-dev/webextension-polyfill']);

export function partOf(module: string): string {
  if (module === 'utils/tips/library.ts') return TIP_TEXTS;
  if (GLUE_MODULES.has(module)) return GLUE;
  if (/^(components|entrypoints|utils)\//.test(module)) return OWN_CODE;
  return PULLED_IN_BY[module] ?? module;
}

/** A built file the build left no record for (its bytes are counted, not split). */
export const NOT_RECORDED = 'files with no record';

/** The parts of the given built files (with their gzip sizes), largest first. */
export function partsOf(files: ReadonlyMap<string, number>, chunks: ChunkModules): Part[] {
  const parts = new Map<string, Part>();
  const add = (name: string, raw: number, gzip: number) => {
    const part = parts.get(name) ?? { name, raw: 0, gzip: 0 };
    part.raw += raw;
    part.gzip += gzip;
    parts.set(name, part);
  };
  for (const [file, fileGzip] of files) {
    const modules = chunks[file] ?? [];
    const inPlace = modules.reduce((sum, m) => sum + m.gzip, 0);
    if (inPlace === 0) add(NOT_RECORDED, 0, fileGzip);
    for (const m of modules) add(partOf(m.module), m.raw, inPlace > 0 ? (fileGzip * m.gzip) / inPlace : 0);
  }
  return [...parts.values()].map((p) => ({ ...p, gzip: Math.round(p.gzip) })).sort((a, b) => b.gzip - a.gzip);
}
