/**
 * The build under test: `wxt build` as for a release, into its own folder, with the module-size
 * plugin on (GLOW_MODULE_SIZES, see wxt.config.ts), plus a blank extension page as the baseline.
 * Release builds never contain blank.html or make source maps.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const OUT = '.output-bench';
/** The unpacked Chrome extension the bench measures. */
export const BENCH_BUILD = join(ROOT, OUT, 'chrome-mv3');

export const BLANK_PAGE = 'blank.html';

/**
 * An extension page with no script and no style. It holds one word because a page with an empty
 * body never has a first contentful paint, and the paint is what the other pages are compared to.
 */
const BLANK_HTML =
  '<!doctype html><html><head><meta charset=utf-8><title>blank</title></head><body>blank</body></html>';

/** Builds, and returns where the record of what each chunk is made of is (bench/module-sizes.ts). */
export function buildForBench(): { modules: string } {
  const out = join(ROOT, OUT);
  const modules = join(out, 'modules');
  rmSync(out, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], {
      cwd: ROOT,
      // NODE_ENV as `wxt build` has it: vitest sets it to "test", which keeps libraries' debug code.
      env: { ...process.env, NODE_ENV: 'production', GLOW_OUT_DIR: OUT, GLOW_MODULE_SIZES: modules },
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`The bench's build failed:\n${stdout}${stderr}`);
  }
  writeFileSync(join(BENCH_BUILD, BLANK_PAGE), BLANK_HTML);
  return { modules };
}
