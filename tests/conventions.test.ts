/** Tests that enforce the project's conventions where a rule matters. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { pickWording } from '@/entrypoints/background/notification';
import catalog from '../public/_locales/en/messages.json';
import { bootWorker } from './worker/boot';

const ROOT = join(import.meta.dirname, '..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

describe('conventions', () => {
  it('every message in the protocol has a handler in the worker', () => {
    const protocol = readFileSync(join(ROOT, 'utils/messaging/protocol.ts'), 'utf8');
    const body = protocol.slice(protocol.indexOf('export interface Protocol {'));
    const declared = [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]).sort();
    expect(Object.keys(createHandlers(bootWorker())).sort()).toEqual(declared);
  });

  it('every locale key used in code is defined, and every defined key is used', () => {
    const defined = new Set(Object.keys(catalog));
    const used = new Set<string>();
    for (const { text } of sources) {
      for (const match of text.matchAll(/['"]([a-z][A-Za-z0-9]+)['"]/g)) {
        if (defined.has(match[1] as string)) used.add(match[1] as string);
      }
      // t('key') and MessageKey literals must name defined keys.
      for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) expect(defined, `t('${match[1]}')`).toContain(match[1]);
    }
    const manifestKeys = ['extName', 'extDescription'];
    const unused = [...defined].filter((key) => !used.has(key) && !manifestKeys.includes(key));
    expect(unused).toEqual([]);
  });

  it('each thing is said under one key: no two catalog messages say the same', () => {
    const byText = new Map<string, string[]>();
    for (const [key, { message }] of Object.entries(catalog))
      byText.set(message, [...(byText.get(message) ?? []), key]);
    expect([...byText.values()].filter((keys) => keys.length > 1)).toEqual([]);
  });

  it('no HTML injection anywhere: no innerHTML or dangerouslySetInnerHTML in source (case 12)', () => {
    const offenders = sources.filter(({ text }) =>
      /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/.test(text),
    );
    expect(offenders.map((s) => s.path)).toEqual([]);
  });

  it('pages never arm alarms or write history themselves', () => {
    const pages = sources.filter(({ path }) => /entrypoints\/(popup|options|newtab)\/|components\//.test(path));
    // A page may read history through the store, never call its writing methods.
    const writesHistory = (text: string) =>
      [...text.matchAll(/createHistoryStore\(\)(\.\w+)?/g)].some(
        (m) => !/^\.(readAll|readDays|totals)$/.test(m[1] ?? ''),
      );
    const offenders = pages.filter(({ text }) => /alarms\.create/.test(text) || writesHistory(text));
    expect(offenders.map((s) => s.path)).toEqual([]);
  });

  it('wording choice never repeats the last one and covers every wording', () => {
    const seen = new Set<number>();
    let last: number | undefined;
    for (let i = 0; i < 40; i++) {
      const next = pickWording(4, last, (i * 0.37) % 1);
      expect(next).not.toBe(last);
      seen.add(next);
      last = next;
    }
    expect(seen).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe('what refreshes the pages', () => {
  it('every key the snapshot is built from refreshes it; page preferences do not', async () => {
    const items = await import('@/utils/storage/items');
    const { dayKey, ROLLUP_KEY } = await import('@/utils/history/keys');
    let refreshes = 0;
    const stop = items.watchSnapshotSources(() => {
      refreshes += 1;
    });
    const sources: [string, string][] = [
      ['sync', 'settings'],
      ['local', 'worker'],
      ['local', 'pause'],
      ['local', dayKey('2026-11-24')],
      ['local', ROLLUP_KEY],
    ];
    for (const [area, key] of sources) {
      const before = refreshes;
      await fakeBrowser.storage[area as 'sync' | 'local'].set({ [key]: { changed: Math.random() } });
      expect(refreshes, `${area}:${key}`).toBeGreaterThan(before);
    }
    const before = refreshes;
    await fakeBrowser.storage.local.set({ breathingPrefs: { a: 1 }, optionsUndo: { b: 2 } });
    await fakeBrowser.storage.sync.set({ tipPrefs: { saved: ['x'] } });
    expect(refreshes).toBe(before);
    stop();
  });
});

describe('stored data', () => {
  const registry = join(ROOT, 'utils/storage/items.ts');

  it('every stored item is declared in the registry, and nothing else touches browser.storage', () => {
    const elsewhere = sources.filter(({ path }) => path !== registry);
    expect(
      elsewhere.filter(({ text }) => /\bbrowser\.storage\b|\bchrome\.storage\b/.test(text)).map((s) => s.path),
    ).toEqual([]);
    expect(elsewhere.filter(({ text }) => /\bdefineItem\s*[<(]/.test(text)).map((s) => s.path)).toEqual([]);
  });

  it('no code writes an item’s version meta by hand', () => {
    const offenders = sources.filter(({ text }) => /['"`]\w+\$['"`]|\[\s*\w*META\w*\s*\]/.test(text));
    expect(offenders.map((s) => s.path)).toEqual([]);
  });
});
