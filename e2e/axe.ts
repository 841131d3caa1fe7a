/** axe-core in a page of the real browser: the serious and critical violations, as readable lines. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

declare const axe: { run(context?: unknown, options?: unknown): Promise<{ violations: AxeViolation[] }> };
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '..', 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe violations on the page as it is now; given a colour scheme, in it, with
 * reduced motion (no colour transition is mid-way when axe measures contrast).
 */
export async function seriousViolations(page: Page, colorScheme?: 'light' | 'dark'): Promise<string[]> {
  if (colorScheme) await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  // The page's CSP (script-src 'self') refuses an injected <script>; evaluating the source over
  // the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
