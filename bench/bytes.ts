/**
 * What each page and the worker make the browser load, from the built files: the HTML's script
 * and link tags, the chunks those scripts import (static and dynamic), the files the CSS pulls in,
 * and data files (the locale catalog every extension context reads, images, JSON). Raw and gzip
 * (level 9, per file, as each file is read on its own).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { gzipLength } from './module-sizes';
import { type Part, partsOf, readChunkModules } from './parts';

export interface Bytes {
  raw: number;
  gzip: number;
  files: string[];
  /** Gzip size of each file, in the order of `files`. */
  fileGzip: number[];
}

export interface FileBytes {
  html: Bytes;
  js: Bytes;
  css: Bytes;
  data: Bytes;
  /** What the scripts are made of, largest first; empty when the build recorded no module sizes. */
  parts: Part[];
}

type Kind = 'html' | 'js' | 'css' | 'data';

const emptyBytes = (): Bytes => ({ raw: 0, gzip: 0, files: [], fileGzip: [] });

const HTML_REFS = /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']+)["']/gi;
const JS_IMPORTS = /(?:\bimport\s*\(?|\bfrom)\s*["'`]((?:\.{1,2})?\/[^"'`]+\.m?js)["'`]/g;
const CSS_REFS = /(?:@import\s+|url\()\s*["']?([^"')\s]+)["']?/g;
/** Vite's preload list for dynamic imports: paths relative to the build root, CSS included. */
const VITE_DEPS = /m\.f\s*=\s*\[([^\]]*)\]/g;
const QUOTED = /["'`]([^"'`]+)["'`]/g;
/** A quoted path to a data file, as a script names an icon or a JSON file. */
const DATA_REFS = /["'`(]((?:\.{1,2})?\/[\w./-]+\.(?:json|png|svg|webp|jpe?g|gif|ico|woff2?|txt))["'`)]/g;

function kindOf(path: string): Kind {
  const ext = extname(path);
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  return 'data';
}

/** Every file `entry` makes the browser load, entry included; `extra` are loaded besides. */
export function bytesOf(build: string, entry: string, extra: readonly string[] = []): Omit<FileBytes, 'parts'> {
  const root = resolve(build);
  const seen = new Set<string>();
  const pending = [entry, ...extra].map((file) => join(root, file));
  const resolveRef = (from: string, ref: string) => {
    const path = ref.split(/[?#]/)[0] as string;
    return path.startsWith('/') ? join(root, path) : resolve(dirname(from), path);
  };

  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const kind = kindOf(file);
    if (kind === 'data') continue;
    const text = readFileSync(file, 'utf8');
    const patterns = kind === 'html' ? [HTML_REFS] : kind === 'js' ? [JS_IMPORTS, DATA_REFS] : [CSS_REFS];
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const ref = match[1] as string;
        if (!/^[a-z][\w+.-]*:/i.test(ref)) pending.push(resolveRef(file, ref));
      }
    }
    if (kind === 'js') {
      for (const list of text.matchAll(VITE_DEPS)) {
        for (const dep of (list[1] as string).matchAll(QUOTED)) pending.push(join(root, dep[1] as string));
      }
    }
  }

  const totals = { html: emptyBytes(), js: emptyBytes(), css: emptyBytes(), data: emptyBytes() };
  for (const file of [...seen].sort()) {
    const content = readFileSync(file);
    const bucket = totals[kindOf(file)];
    const gzip = gzipLength(content);
    bucket.raw += content.length;
    bucket.gzip += gzip;
    bucket.files.push(relative(root, file));
    bucket.fileGzip.push(gzip);
  }
  return totals;
}

/** The locale catalog of the manifest's default locale: every page and the worker read it. */
export function localeCatalog(build: string): string[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { default_locale?: string };
  return manifest.default_locale ? [`_locales/${manifest.default_locale}/messages.json`] : [];
}

export const PAGE_NAMES = ['popup', 'newtab', 'options'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export interface BuildBytes {
  pages: Record<PageName, FileBytes>;
  worker: FileBytes;
}

export function buildBytes(build: string, modules: string): BuildBytes {
  const catalog = localeCatalog(build);
  const chunks = readChunkModules(modules);
  const withParts = (entry: string): FileBytes => {
    const bytes = bytesOf(build, entry, catalog);
    const files = new Map(bytes.js.files.map((file, i) => [file, bytes.js.fileGzip[i] ?? 0]));
    return { ...bytes, parts: chunks ? partsOf(files, chunks) : [] };
  };
  const pages = Object.fromEntries(PAGE_NAMES.map((name) => [name, withParts(`${name}.html`)]));
  return { pages: pages as Record<PageName, FileBytes>, worker: withParts('background.js') };
}
