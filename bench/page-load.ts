/**
 * One load of one extension page in a fresh tab, and what it measured: first contentful paint,
 * the first frame (baseline pages only), when the personal data was shown, layout shift and the
 * JS heap. Every time is in ms from the start of that page's navigation.
 */
import type { BrowserContext } from 'playwright-core';
import { DATA_SHOWN_MARK } from '@/components/snapshot-model';

export interface Viewport {
  width: number;
  height: number;
}

export const WIDE: Viewport = { width: 1280, height: 720 };
/** The popup's largest size in Chrome is 800x600; the popup is designed for 360 wide. */
export const POPUP: Viewport = { width: 360, height: 600 };

const FIRST_FRAME_MARK = 'bench:first-frame';

export interface LoadPlan {
  page: string;
  viewport: Viewport;
  /** Wait this long for the page's data-shown mark (pages that render a snapshot). */
  dataShownTimeoutMs?: number;
  /** Mark the first frame after DOMContentLoaded (the blank page has no script of its own). */
  firstFrame?: boolean;
  /** Sum the layout shifts up to SETTLE_MS after the data is shown. */
  layoutShift?: boolean;
  /** The live JS heap after a garbage collection. */
  heap?: boolean;
  /** How long to wait for the first paint before calling it missing. */
  timeoutMs: number;
}

export interface LoadResult {
  fcp: number | null;
  /** From the end of HTML parsing to DOMContentLoaded: the page's module scripts load and run. */
  scripts: number | null;
  firstFrame: number | null;
  dataShown: number | null;
  layoutShift: number | null;
  heapBytes: number | null;
}

/** Shifts that follow the load settle within this time after the data is shown. */
const SETTLE_MS = 500;

interface InPage {
  fcp: string;
  dataShown: string | null;
  firstFrame: string | null;
  layoutShift: boolean;
  timeoutMs: number;
  markTimeoutMs: number;
  settleMs: number;
}

type InPageResult = Omit<LoadResult, 'heapBytes'>;

/** Runs inside the page: waits for the paint and marks through buffered observers (no polling). */
async function collectInPage(o: InPage): Promise<InPageResult> {
  const firstEntry = (type: 'paint' | 'mark', name: string | null, timeoutMs = o.timeoutMs) =>
    new Promise<number | null>((done) => {
      if (name === null) return done(null);
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntriesByName(name)[0];
        if (!entry) return;
        clearTimeout(timer);
        observer.disconnect();
        done(entry.startTime);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        done(null);
      }, timeoutMs);
      observer.observe({ type, buffered: true });
    });
  const [fcp, dataShown, firstFrame] = await Promise.all([
    firstEntry('paint', o.fcp),
    firstEntry('mark', o.dataShown, o.markTimeoutMs),
    firstEntry('mark', o.firstFrame),
  ]);
  let layoutShift: number | null = null;
  if (o.layoutShift) {
    await new Promise((r) => setTimeout(r, o.settleMs));
    type Shift = PerformanceEntry & { value: number };
    const shifts: Shift[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as Shift[])));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Buffered entries reach the callback on a later task; wait for it, then take any stragglers.
    await new Promise((r) => setTimeout(r, 50));
    shifts.push(...(observer.takeRecords() as Shift[]));
    observer.disconnect();
    // Every shift counts: nobody types in the bench, and Playwright's evaluate is itself a user
    // gesture, which marks shifts of the next 500 ms as "recent input" (they would be skipped).
    layoutShift = shifts.reduce((sum, s) => sum + s.value, 0);
  }
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const scripts =
    nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart - nav.domInteractive : null;
  return { fcp, scripts, dataShown, firstFrame, layoutShift };
}

export async function loadOnce(context: BrowserContext, extensionId: string, plan: LoadPlan): Promise<LoadResult> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(plan.viewport);
    if (plan.firstFrame) {
      await page.addInitScript((mark: string) => {
        addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => performance.mark(mark)));
      }, FIRST_FRAME_MARK);
    }
    await page.goto(`chrome-extension://${extensionId}/${plan.page}`);
    const measured = await page.evaluate(collectInPage, {
      fcp: 'first-contentful-paint',
      dataShown: plan.dataShownTimeoutMs === undefined ? null : DATA_SHOWN_MARK,
      firstFrame: plan.firstFrame ? FIRST_FRAME_MARK : null,
      layoutShift: plan.layoutShift ?? false,
      timeoutMs: plan.timeoutMs,
      markTimeoutMs: plan.dataShownTimeoutMs ?? 0,
      settleMs: SETTLE_MS,
    });
    let heapBytes: number | null = null;
    if (plan.heap) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      await cdp.detach();
    }
    return { ...measured, heapBytes };
  } finally {
    await page.close();
  }
}
