// `npm run dev`: open a browser with the extension loaded and reloading on save, where there is
// a display and a Chromium; otherwise build it and say plainly where it is and how to load it.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HELP } from './find-chromium.mjs';

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = findChromium();

if (hasDisplay && chromium) {
  console.log(`Starting Glow Within in ${chromium} (changes reload automatically; Ctrl+C to stop).`);
  const child = spawn('wxt', [], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, CHROME_PATH: chromium },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const reason = !hasDisplay ? 'There is no display here' : 'No Chromium or Chrome was found';
  console.log(`${reason}, so the extension is built instead of opened.\n`);
  const build = spawnSync(process.execPath, ['scripts/wxt.mjs', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('\nThe build failed; the messages above say why.');
    process.exit(build.status ?? 1);
  }
  const folder = resolve('.output', 'chrome-mv3');
  console.log(`
Glow Within is built at:
  ${folder}

To load it in Chrome or Chromium:
  1. open chrome://extensions
  2. turn on "Developer mode" (top right)
  3. click "Load unpacked" and choose the folder above

For Firefox: npm run build:firefox, then about:debugging → This Firefox →
"Load Temporary Add-on…" → .output/firefox-mv3/manifest.json
${chromium ? '' : `\nTo have \`npm run dev\` open a browser for you: ${INSTALL_HELP} npm run dev\n`}`);
}
