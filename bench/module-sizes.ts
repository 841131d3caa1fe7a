/**
 * A build plugin, added only when the bench builds (wxt.config.ts, GLOW_MODULE_SIZES), that records
 * what each built chunk is made of. It reads the final, minified code of every chunk through the
 * chunk's source map: each stretch of code belongs to the source it maps to (code that maps to none
 * is the bundler's own), and each source gets its minified bytes and the gzip bytes its stretches
 * add in place, so a chunk's modules add up to the chunk. It turns on hidden source maps for this
 * and removes them from the output, so the build is otherwise the release build; the record goes
 * to the folder it is given, one JSON file per Vite build. Each chunk's stretches go beside it, in
 * STRETCHES_DIR, so a position in a built file names its module (bench/trace-breakdown.ts reads
 * them to say which module a sampled function belongs to).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import type { Plugin } from 'vite';

export interface ModuleSize {
  /** A package name for dependencies, the path from the project root for our files, or BUNDLER. */
  module: string;
  /** Minified bytes in the chunk (UTF-16 code units, as the source map counts them). */
  raw: number;
  /** Gzip bytes its code adds to the chunk, in chunk order. */
  gzip: number;
}

/** Chunk file (relative to the build) → its modules. */
export type ChunkModules = Record<string, ModuleSize[]>;

/** Chunk file → its stretches, in code order. */
export type ChunkStretches = Record<string, Stretch[]>;

/** The folder, inside the record's, that holds each build's ChunkStretches. */
export const STRETCHES_DIR = 'stretches';

/** Code no source maps to: imports and exports between chunks, runtime helpers. */
export const BUNDLER = '(bundler output)';

const NODE_MODULES = /^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/;

/** `…/node_modules/@scope/pkg/dist/x.mjs` → `@scope/pkg`; a project file → its relative path. */
export function moduleName(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0] as string;
  const pkg = clean.match(NODE_MODULES)?.[1];
  if (pkg) return pkg;
  return clean.startsWith(root) ? relative(root, clean) : clean;
}

/** A stretch of the final code and the module it came from. */
export interface Stretch {
  module: string;
  start: number;
  end: number;
}

/**
 * The stretches of `code` by source, from the source map's mappings: a mapped segment runs to the
 * next segment or the end of its line; anything before a line's first segment, unmapped segments
 * and line breaks belong to the bundler. Neighbouring stretches of one module are joined.
 */
export function stretchesOf(code: string, mappings: string, moduleOf: (source: number) => string): Stretch[] {
  const stretches: Stretch[] = [];
  const add = (module: string, start: number, end: number) => {
    if (end <= start) return;
    const last = stretches.at(-1);
    if (last && last.module === module && last.end === start) last.end = end;
    else stretches.push({ module, start, end });
  };
  const lines = decode(mappings);
  let lineStart = 0;
  for (let line = 0; lineStart <= code.length; line++) {
    const newline = code.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? code.length : newline;
    const segments = lines[line] ?? [];
    add(BUNDLER, lineStart, lineStart + Math.min(segments[0]?.[0] ?? Number.POSITIVE_INFINITY, lineEnd - lineStart));
    segments.forEach((segment, i) => {
      const start = lineStart + segment[0];
      const end = Math.min(lineStart + (segments[i + 1]?.[0] ?? lineEnd - lineStart), lineEnd);
      add(segment.length > 1 ? moduleOf(segment[1] as number) : BUNDLER, start, end);
    });
    if (newline === -1) break;
    add(BUNDLER, lineEnd, lineEnd + 1);
    lineStart = lineEnd + 1;
  }
  return stretches;
}

/** Gzip size at level 9, as the bench counts every file and module. */
export const gzipLength = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** Each module's bytes and what its stretches add to the gzip of everything before them. */
export function sizesInPlace(code: string, stretches: readonly Stretch[]): ModuleSize[] {
  const sizes = new Map<string, ModuleSize>();
  let before = gzipLength('');
  for (const { module, start, end } of stretches) {
    const after = gzipLength(code.slice(0, end));
    const size = sizes.get(module) ?? { module, raw: 0, gzip: 0 };
    size.raw += end - start;
    size.gzip += after - before;
    sizes.set(module, size);
    before = after;
  }
  return [...sizes.values()];
}

export function moduleSizes(recordDir: string): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'glow-within:module-sizes',
    apply: 'build',
    enforce: 'post',
    config: () => ({ build: { sourcemap: 'hidden' } }),
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks: ChunkModules = {};
      const stretchesByChunk: ChunkStretches = {};
      let entry = '';
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        if (output.isEntry && (entry === '' || output.fileName < entry)) entry = output.fileName;
        const { code, map } = output;
        if (map) {
          const from = resolve(outDir, dirname(output.fileName));
          const sources = map.sources.map((source) => moduleName(resolve(from, source ?? ''), root));
          const stretches = stretchesOf(code, map.mappings, (i) => sources[i] ?? BUNDLER);
          chunks[output.fileName] = sizesInPlace(code, stretches);
          stretchesByChunk[output.fileName] = stretches;
        } else if (Object.keys(output.modules).every((id) => id.startsWith('\0'))) {
          // A chunk of the bundler's own runtime gets no map: all of it is the bundler's.
          const stretches = [{ module: BUNDLER, start: 0, end: code.length }];
          chunks[output.fileName] = sizesInPlace(code, stretches);
          stretchesByChunk[output.fileName] = stretches;
        }
      }
      // The maps were made for the lines above; the build ships none.
      for (const name of Object.keys(bundle)) if (name.endsWith('.map')) delete bundle[name];
      if (entry === '') return;
      // WXT builds the pages and the worker separately: one file per build, named for its first entry.
      const name = `${entry.replace(/[^\w.-]/g, '_')}.json`;
      mkdirSync(join(recordDir, STRETCHES_DIR), { recursive: true });
      writeFileSync(join(recordDir, name), `${JSON.stringify(chunks)}\n`);
      writeFileSync(join(recordDir, STRETCHES_DIR, name), `${JSON.stringify(stretchesByChunk)}\n`);
    },
  };
}
