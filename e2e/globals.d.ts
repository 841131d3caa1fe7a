// Code passed to page.evaluate / worker.evaluate runs inside the extension, where `chrome` exists.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: Browser;
}
