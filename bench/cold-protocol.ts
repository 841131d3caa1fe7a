/**
 * The cold protocol: every load, measured page and blank page alike, starts with the extension
 * asleep, as a new tab opened a while after the last one is: no page of the extension open, its
 * worker stopped (as after 30 s idle) and the renderer process that ran them exited, so the page
 * starts in a renderer that has run none of the extension's code (Chromium may hand it one it
 * started in advance, as it does for people).
 *
 * How the exit is known: Chromium runs every page and the worker of one extension in one renderer
 * process (one process per extension's origin). CDP names no process for a page, but each trace
 * event carries its process id, so the bench learns the renderer of every extension page it opens
 * from a trace (bench/browser-session.ts). Before a load, each renderer so learnt must be gone
 * from the browser's live renderers (`SystemInfo.getProcessInfo`) and, where the system shows its
 * processes in /proc (Linux), from the system too. After a load, the page's renderer must be one
 * the bench has never seen, or the load throws.
 */
import { existsSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { type Harness, until } from '@/e2e/harness';
import { browserSession, liveRenderers, rendererOf } from './browser-session';
import type { Protocol } from './page-rounds';

/** How long a stopped worker's renderer may take to exit before the run gives up. */
const EXIT_TIMEOUT_MS = 15_000;

const PROC = '/proc';

export async function coldProtocol(harness: Harness): Promise<Protocol> {
  const session = await browserSession(harness);
  const workers = await workerWatch(harness);
  const origin = `chrome-extension://${harness.extensionId}/`;
  /** Every renderer that has run an extension page in this run. */
  const seen = new Set<number>();

  const gone = async (): Promise<boolean> => {
    const live = await liveRenderers(session);
    const watchOs = existsSync(PROC);
    return [...seen].every((pid) => !live.has(pid) && !(watchOs && existsSync(`${PROC}/${pid}`)));
  };

  return {
    name: 'cold',
    async beforeLoad() {
      // The bench's own pages (the one it sets storage through) keep the renderer alive too.
      for (const page of harness.context.pages()) {
        if (!page.url().startsWith(origin)) continue;
        seen.add(await rendererOf(session, page));
        await page.close();
      }
      await workers.stop();
      try {
        await until(gone, EXIT_TIMEOUT_MS);
      } catch {
        throw new Error(
          `The extension's renderer did not exit within ${EXIT_TIMEOUT_MS / 1000} s of its last page and worker`,
        );
      }
    },
    async afterLoad(page, renderer) {
      const pid = renderer ?? (await rendererOf(session, page));
      if (seen.has(pid))
        throw new Error(`A cold load of ${page.url()} ran in a renderer that had run the extension before`);
      seen.add(pid);
    },
  };
}

/**
 * Stops the extension's worker through the ServiceWorker domain of a page outside the extension
 * (an extension page would keep the renderer alive), and waits until every version says stopped.
 */
async function workerWatch(harness: Harness): Promise<{ stop(): Promise<void> }> {
  const outside = await harness.context.newPage();
  const cdp: CDPSession = await harness.context.newCDPSession(outside);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  // Enabling reports the extension's worker as it is.
  await until(async () => status.size > 0);
  return {
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until(async () => [...status.values()].every((s) => s === 'stopped'));
    },
  };
}
