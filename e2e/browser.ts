/** Finding a Chromium to drive; a clear message, never a silent skip, when there is none. */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_BROWSER_HELP = [
  'No Chromium or Chrome was found for the browser tests.',
  'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or point CHROME_PATH at its binary,',
  'e.g. CHROME_PATH=/usr/bin/chromium npm test',
].join('\n');

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}
