/**
 * A build plugin that records what each built chunk is made of: for every chunk, its modules with
 * their minified size and their gzip size in place (how much the chunk's gzip grows when the module
 * is added after the ones before it, so the modules add up to the chunk). The bench reads it to say
 * where a page's bytes go. It writes beside the build, in `<outDir>.modules/`, so nothing extra ships.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface ModuleSize {
  /** A package name for dependencies, else the path from the project root. */
  module: string;
  raw: number;
  /** Gzip bytes this module adds to its chunk, in chunk order. */
  gzip: number;
}

/** Chunk file (relative to the build) → its modules. */
export type ChunkModules = Record<string, ModuleSize[]>;

/** Where the plugin writes for a build in `outDir`. */
export const moduleSizesDir = (outDir: string): string => `${outDir}.modules`;

const NODE_MODULES = /^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/;

/** `…/node_modules/@scope/pkg/dist/x.mjs` → `@scope/pkg`; a project file → its relative path. */
export function moduleName(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0] as string;
  const pkg = clean.match(NODE_MODULES)?.[1];
  if (pkg) return pkg;
  return clean.startsWith(root) ? relative(root, clean) : clean;
}

const gzipLength = (text: string) => gzipSync(text, { level: 9 }).length;

/** Each module's minified size and what it adds to the gzip of the modules before it. */
export function sizesInPlace(modules: ReadonlyArray<{ module: string; code: string }>): ModuleSize[] {
  let text = '';
  let before = gzipLength(text);
  return modules.map(({ module, code }) => {
    text += code;
    const after = gzipLength(text);
    const size = { module, raw: code.length, gzip: after - before };
    before = after;
    return size;
  });
}

export function moduleSizes(): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'glow-within:module-sizes',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks: ChunkModules = {};
      const entries: string[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        if (output.isEntry) entries.push(output.name);
        chunks[output.fileName] = sizesInPlace(
          Object.entries(output.modules)
            .filter(([, m]) => m.renderedLength > 0)
            .map(([id, m]) => ({ module: moduleName(id, root), code: m.code ?? '' })),
        );
      }
      // WXT builds the pages and the worker separately: one file per build, named for its entries,
      // so the next build of the same entries replaces it.
      if (entries.length === 0) return;
      const dir = moduleSizesDir(outDir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${entries.sort().join('+')}.json`), `${JSON.stringify(chunks)}\n`);
    },
  };
}
