/**
 * One load of one extension page in a fresh tab, and what it measured: times in ms from the start
 * of the page's navigation, the heap in bytes. A load that asks for a figure only a trace gives is
 * recorded in a Chromium trace from its navigation to its settling (tracing slows a page down, so
 * the timed loads are never traced).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHARTS_SHOWN_MARK, DATA_SHOWN_MARK, PATTERNS_SHOWN_MARK } from '@/components/kit/marks';
import type { Harness } from '@/e2e/harness';
import { browserSession, traced } from './browser-session';
import { BENCH_BUILD } from './build';
import { gzipLength } from './module-sizes';
import { filesBeforePaint, findPageLoad, scriptBeforePaint, TRACE_CATEGORIES } from './trace';

export interface Viewport {
  width: number;
  height: number;
}

export const WIDE: Viewport = { width: 1280, height: 720 };
/** The popup's largest size in Chrome is 800x600; the popup is designed for 360 wide. */
export const POPUP: Viewport = { width: 360, height: 600 };

/**
 * fcp: first contentful paint. firstFrame: the first frame after DOMContentLoaded (marked for the
 * blank page, which has no script). dataShown: the frame after the page's first snapshot arrived
 * (its own mark: personal data on screen). layoutShift: every shift until half a second after
 * that. heap: the live JS heap after a garbage collection. chartsShown, patternsShown: the journal
 * page's own marks, the frame after every chart, and after the patterns, are on screen.
 * From a trace of the load: script: the main thread's script time (compile, evaluate, callbacks,
 * microtasks) from the navigation's start to the paint of the first content. jsFiles, cssFiles:
 * the page's scripts and stylesheets requested before that paint; paintGzip: their gzip size.
 */
export const METRICS = [
  'fcp',
  'firstFrame',
  'dataShown',
  'layoutShift',
  'heap',
  'chartsShown',
  'patternsShown',
  'script',
  'jsFiles',
  'cssFiles',
  'paintGzip',
] as const;
export type Metric = (typeof METRICS)[number];

const FROM_TRACE: readonly Metric[] = ['script', 'jsFiles', 'cssFiles', 'paintGzip'];

export interface Load {
  page: string;
  viewport: Viewport;
  metrics: readonly Metric[];
}

export type Values = Partial<Record<Metric, number | null>>;

export interface Measured {
  values: Values;
  /** Traced loads: the files requested before the first content was painted. */
  beforePaint?: string[];
  /** Traced loads: the renderer process that ran the page. */
  renderer?: number;
}

const FIRST_FRAME_MARK = 'bench:first-frame';
/** How long a load waits for a paint or a mark before counting it missing. */
const TIMEOUT_MS = 5000;
const SETTLE_MS = 500;

interface InPage {
  dataShown: string | null;
  firstFrame: string | null;
  chartsShown: string | null;
  patternsShown: string | null;
  layoutShift: boolean;
  timeoutMs: number;
  settleMs: number;
}

/** Runs inside the page: waits for the paint and marks through buffered observers (no polling). */
async function inPage(o: InPage): Promise<Values> {
  const first = (type: 'paint' | 'mark', name: string | null) =>
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
      }, o.timeoutMs);
      observer.observe({ type, buffered: true });
    });
  const [fcp, dataShown, firstFrame, chartsShown, patternsShown] = await Promise.all([
    first('paint', 'first-contentful-paint'),
    first('mark', o.dataShown),
    first('mark', o.firstFrame),
    first('mark', o.chartsShown),
    first('mark', o.patternsShown),
  ]);
  if (!o.layoutShift) return { fcp, dataShown, firstFrame, chartsShown, patternsShown };
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
  return { fcp, dataShown, firstFrame, layoutShift: shifts.reduce((sum, s) => sum + s.value, 0) };
}

const gzipSizes = new Map<string, number>();
/** Gzip level 9 of a file of the bench's build, as bench/bytes.ts counts every file. */
export function builtGzip(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipLength(readFileSync(join(BENCH_BUILD, file)));
    gzipSizes.set(file, size);
  }
  return size;
}

/**
 * Loads `load` in a fresh tab and measures it; `loaded` runs while the page is still open (the
 * protocol's check of the load), then the tab is closed.
 */
export async function loadOnce(
  harness: Harness,
  load: Load,
  loaded: (page: Page, measured: Measured) => Promise<void>,
): Promise<Measured> {
  const wants = (metric: Metric) => load.metrics.includes(metric);
  const page = await harness.context.newPage();
  try {
    await page.setViewportSize(load.viewport);
    if (wants('firstFrame')) {
      await page.addInitScript((mark: string) => {
        addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => performance.mark(mark)));
      }, FIRST_FRAME_MARK);
    }
    const url = `chrome-extension://${harness.extensionId}/${load.page}`;
    const run = async () => {
      await page.goto(url);
      return page.evaluate(inPage, {
        // Shifts count until half a second after the data is shown.
        dataShown: wants('dataShown') || wants('layoutShift') ? DATA_SHOWN_MARK : null,
        firstFrame: wants('firstFrame') ? FIRST_FRAME_MARK : null,
        chartsShown: wants('chartsShown') ? CHARTS_SHOWN_MARK : null,
        patternsShown: wants('patternsShown') ? PATTERNS_SHOWN_MARK : null,
        layoutShift: wants('layoutShift'),
        timeoutMs: TIMEOUT_MS,
        settleMs: SETTLE_MS,
      });
    };
    const measured: Measured = { values: {} };
    if (FROM_TRACE.some(wants)) {
      const { result, events } = await traced(await browserSession(harness), TRACE_CATEGORIES, run);
      measured.values = result;
      const pageLoad = findPageLoad(events, url);
      if (pageLoad) {
        const files = filesBeforePaint(pageLoad);
        measured.beforePaint = files;
        measured.renderer = pageLoad.pid;
        Object.assign(measured.values, {
          script: scriptBeforePaint(pageLoad),
          jsFiles: files.filter((f) => f.endsWith('.js')).length,
          cssFiles: files.filter((f) => f.endsWith('.css')).length,
          paintGzip: files.reduce((sum, file) => sum + builtGzip(file), 0),
        });
      }
    } else {
      measured.values = await run();
    }
    if (wants('heap')) {
      const cdp = await harness.context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      measured.values.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      await cdp.detach();
    }
    await loaded(page, measured);
    return measured;
  } finally {
    await page.close();
  }
}
