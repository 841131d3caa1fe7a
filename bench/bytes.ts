/**
 * What each page and the worker make the browser load, JS and CSS, from the built files: the
 * HTML's script and stylesheet tags and the chunks the scripts import, statically or dynamically;
 * gzip level 9 per file, as each file is read on its own. And what the scripts are made of: the
 * modules bench/module-sizes.ts recorded for each chunk, grouped into parts a reader can act on
 * (each library with what it pulls in, the tips' sources, our own code, the bundler's glue).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { BUNDLER, type ChunkModules, gzipLength } from './module-sizes';

export interface Size {
  raw: number;
  gzip: number;
}

export interface Part extends Size {
  name: string;
}

export interface Bundle {
  js: Size;
  css: Size;
  files: string[];
  /** What the scripts are made of, largest first. */
  parts: Part[];
}

export const ENTRIES = {
  newtab: 'newtab.html',
  popup: 'popup.html',
  options: 'options.html',
  worker: 'background.js',
  journal: 'journal.html',
} as const;
export type BundleName = keyof typeof ENTRIES;

const HTML_REFS = /<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']+\.(?:js|css))["']/gi;
const JS_IMPORTS = /(?:\bimport\s*\(?|\bfrom)\s*["'`]((?:\.{1,2})?\/[^"'`]+\.js)["'`]/g;
/** Vite's preload list for dynamic imports: paths from the build root, CSS included. */
const VITE_DEPS = /m\.f\s*=\s*\[([^\]]*)\]/g;
const QUOTED = /["'`]([^"'`]+)["'`]/g;

/** Every JS and CSS file `entry` makes the browser load, relative to the build. */
export function filesOf(build: string, entry: string): string[] {
  const seen = new Set<string>();
  const pending = [join(build, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (file.endsWith('.css')) continue;
    const text = readFileSync(file, 'utf8');
    for (const [, ref = ''] of text.matchAll(file.endsWith('.html') ? HTML_REFS : JS_IMPORTS)) {
      pending.push(ref.startsWith('/') ? join(build, ref) : resolve(dirname(file), ref));
    }
    for (const [, list = ''] of text.matchAll(VITE_DEPS)) {
      for (const [, dep = ''] of list.matchAll(QUOTED)) pending.push(join(build, dep));
    }
  }
  return [...seen].filter((file) => /\.(js|css)$/.test(file)).map((file) => relative(build, file));
}

/** Packages that come only as another's dependency are counted with it. */
const PULLED_IN_BY: Record<string, string> = {
  superlock: '@wxt-dev/storage',
  '@aklinker1/zero-serialize-error': '@webext-core/messaging',
  '@preact/signals-core': '@preact/signals',
};

export const OWN_CODE = 'our code';
/** The tips' facts and sources; their words are in the locale catalog, not in any script. */
export const TIP_SOURCES = 'tip sources';
const GLUE = 'bundler and WXT glue';
/** Code between modules and the runtime helpers the bundler writes, and WXT's thin wrappers. */
const GLUE_MODULES = new Set([BUNDLER, 'wxt', '@wxt-dev/browser', '@wxt-dev/webextension-polyfill']);
/** A built file the build left no record for (its bytes are counted, not split). */
export const NOT_RECORDED = 'files with no record';

export function partOf(module: string): string {
  if (module === 'utils/tips/library.ts') return TIP_SOURCES;
  if (GLUE_MODULES.has(module)) return GLUE;
  if (/^(components|entrypoints|utils)\//.test(module)) return OWN_CODE;
  return PULLED_IN_BY[module] ?? module;
}

/** The parts of the given script files (with their gzip sizes), largest first. */
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
    // Each module's share of the file's own gzip size, so the parts add up to the files.
    for (const m of modules) add(partOf(m.module), m.raw, inPlace > 0 ? (fileGzip * m.gzip) / inPlace : 0);
  }
  return [...parts.values()].map((p) => ({ ...p, gzip: Math.round(p.gzip) })).sort((a, b) => b.gzip - a.gzip);
}

function readChunkModules(dir: string): ChunkModules {
  const chunks: ChunkModules = {};
  if (!existsSync(dir)) return chunks;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    Object.assign(chunks, JSON.parse(readFileSync(join(dir, file), 'utf8')) as ChunkModules);
  }
  return chunks;
}

/** Every bundle of the build in `build`, split by the module record in `modulesDir`. */
export function buildBytes(build: string, modulesDir: string): Record<BundleName, Bundle> {
  const chunks = readChunkModules(modulesDir);
  const bundleOf = (entry: string): Bundle => {
    const files = filesOf(build, entry).sort();
    const js = { raw: 0, gzip: 0 };
    const css = { raw: 0, gzip: 0 };
    const scripts = new Map<string, number>();
    for (const file of files) {
      const content = readFileSync(join(build, file));
      const gzip = gzipLength(content);
      const size = file.endsWith('.css') ? css : js;
      size.raw += content.length;
      size.gzip += gzip;
      if (file.endsWith('.js')) scripts.set(file, gzip);
    }
    return { js, css, files, parts: partsOf(scripts, chunks) };
  };
  return Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, bundleOf(entry)])) as Record<
    BundleName,
    Bundle
  >;
}
