/** One home for browser differences (utils/platform.ts), and nothing that goes around it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME, FIREFOX, PLATFORM } from '@/utils/platform';

const ROOT = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = ['entrypoints', 'components', 'utils']
  .flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('browser differences', () => {
  it('this project is the Chrome build: Chrome’s facts', () => {
    expect(PLATFORM).toBe(CHROME);
  });

  it('every difference is a fact that Firefox and Chrome answer differently', () => {
    for (const fact of Object.keys(CHROME) as (keyof typeof CHROME)[])
      expect(FIREFOX[fact], fact).not.toBe(CHROME[fact]);
  });

  it('no code but utils/platform.ts asks which browser it is built for', () => {
    const asks = /import\.meta\.env\.(BROWSER|CHROME|FIREFOX|SAFARI|EDGE|OPERA|MANIFEST_VERSION)\b|\bbrowserAction\b/;
    expect(
      sources.filter(({ path, text }) => path !== join('utils', 'platform.ts') && asks.test(text)).map((s) => s.path),
    ).toEqual([]);
  });

  it('getPermissionLevel, which Firefox lacks, is only called behind its fact', () => {
    const callers = sources.filter(({ text }) => /\.getPermissionLevel\(/.test(text));
    expect(callers.length).toBeGreaterThan(0);
    for (const { path, text } of callers) expect(text, path).toMatch(/notificationPermissionLevel/);
  });
});
