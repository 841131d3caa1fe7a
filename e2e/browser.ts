/** Finding a Chromium to drive; a clear message, never a silent skip, when there is none. */
import { findChromium, INSTALL_HELP } from '../scripts/find-chromium.mjs';

export { findChromium };

export const NO_BROWSER_HELP = `No Chromium or Chrome was found for the browser tests.\n${INSTALL_HELP} npm test`;
