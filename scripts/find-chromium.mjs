// Where a Chromium or Chrome binary may be; shared by `npm run dev` and the browser tests.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HELP = [
  'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or point CHROME_PATH at its binary,',
  'e.g. CHROME_PATH=/usr/bin/chromium',
].join('\n');

/** CHROME_PATH when set (and present), else the first installed candidate, else null. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}
