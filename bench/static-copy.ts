/**
 * A page's content with no script: the page as a person sees it once its data is shown, saved as
 * plain HTML with the same stylesheets. Its first paint is the floor for the real page's: what the
 * content's text, styles and layout cost before any script runs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_SHOWN_MARK } from '@/components/snapshot-model';
import type { Harness } from '@/e2e/harness';
import type { Viewport } from './page-load';

export const staticName = (page: string): string => `static-${page}`;

/** The serialized DOM without scripts or module preloads. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '');
}

/** Renders `page` in the bench build, waits for its data, and writes `static-<page>` beside it. */
export async function saveStaticCopy(harness: Harness, buildDir: string, page: string, viewport: Viewport) {
  const tab = await harness.context.newPage();
  try {
    await tab.setViewportSize(viewport);
    await tab.goto(`chrome-extension://${harness.extensionId}/${page}`);
    await tab.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DATA_SHOWN_MARK);
    writeFileSync(join(buildDir, staticName(page)), withoutScripts(await tab.content()));
  } finally {
    await tab.close();
  }
}
