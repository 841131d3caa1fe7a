/**
 * The build under test: a temporary copy of the release build with a blank extension page added
 * as the baseline. The real build never contains blank.html.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** The release build `wxt build` writes (GLOW_OUT_DIR moves it, as in wxt.config.ts). */
export const RELEASE_BUILD = join(ROOT, process.env.GLOW_OUT_DIR ?? '.output', 'chrome-mv3');

export const BLANK_PAGE = 'blank.html';

/**
 * An extension page with no script and no style. It holds one word because a page with an empty
 * body never has a first contentful paint, and the paint is what the other pages are compared to.
 */
export const BLANK_HTML =
  '<!doctype html><html><head><meta charset=utf-8><title>blank</title></head><body>blank</body></html>';

export interface BenchBuild {
  dir: string;
  remove(): void;
}

export function prepareBuild(release: string = RELEASE_BUILD): BenchBuild {
  if (!existsSync(join(release, 'manifest.json'))) {
    throw new Error(`No release build at ${release}: run \`npx wxt build\` first.`);
  }
  const parent = mkdtempSync(join(tmpdir(), 'glow-within-bench-'));
  const dir = join(parent, 'chrome-mv3');
  cpSync(release, dir, { recursive: true });
  writeFileSync(join(dir, BLANK_PAGE), BLANK_HTML);
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
