/**
 * The page figures, interleaved: each round loads a blank page before every measured page
 * (blank, new tab, the new tab's static copy, blank, popup, the popup's static copy, blank, popup
 * with a year of history), so slow spells of a shared machine hit both sides of each ratio alike.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '@/e2e/harness';
import { BLANK_PAGE } from './build';
import type { BenchOptions } from './options';
import { type LoadPlan, loadOnce, POPUP, type Viewport, WIDE } from './page-load';
import { staticName } from './static-copy';
import { emptySeries, record, type Series } from './stats';
import { timedSnapshot } from './worker';

export interface PageSeries {
  blankWide: { fcp: Series; firstFrame: Series; heap: Series };
  newtab: { fcp: Series; scripts: Series; dataShown: Series; layoutShift: Series; heap: Series };
  /** First paint of the pages' static copies (their content, no script). */
  newtabStatic: Series;
  blankPopup: { fcp: Series; firstFrame: Series };
  popupEmpty: { fcp: Series; scripts: Series; dataShown: Series };
  popupStatic: Series;
  popupYear: { fcp: Series; scripts: Series; dataShown: Series };
}

/** After this many loads without the data-shown mark, stop waiting the full timeout for it. */
const MISSES_BEFORE_GIVING_UP = 3;
const GIVEN_UP_TIMEOUT_MS = 500;

/**
 * Writing or removing half a megabyte of history hands the whole change to the worker's storage
 * listener and keeps storage busy for a while. A person opens the popup long after such a write, so
 * each load waits until the worker answers again and then a little longer.
 */
const AFTER_HISTORY_WRITE_MS = 300;

async function settle(control: Page): Promise<void> {
  await timedSnapshot(control);
  await new Promise((r) => setTimeout(r, AFTER_HISTORY_WRITE_MS));
}

const markTimeout = (series: Series, options: BenchOptions): number =>
  series.values.length === 0 && series.missing >= MISSES_BEFORE_GIVING_UP ? GIVEN_UP_TIMEOUT_MS : options.markTimeoutMs;

export function blankLoad(harness: Harness, options: BenchOptions, viewport: Viewport) {
  const plan: LoadPlan = { page: BLANK_PAGE, viewport, firstFrame: true, timeoutMs: options.markTimeoutMs };
  return (extra: Partial<LoadPlan> = {}) => loadOnce(harness.context, harness.extensionId, { ...plan, ...extra });
}

export async function measurePages(
  harness: Harness,
  control: Page,
  options: BenchOptions,
  yearOfHistory: Record<string, unknown>,
): Promise<PageSeries> {
  const s: PageSeries = {
    blankWide: { fcp: emptySeries(), firstFrame: emptySeries(), heap: emptySeries() },
    newtab: {
      fcp: emptySeries(),
      scripts: emptySeries(),
      dataShown: emptySeries(),
      layoutShift: emptySeries(),
      heap: emptySeries(),
    },
    newtabStatic: emptySeries(),
    blankPopup: { fcp: emptySeries(), firstFrame: emptySeries() },
    popupEmpty: { fcp: emptySeries(), scripts: emptySeries(), dataShown: emptySeries() },
    popupStatic: emptySeries(),
    popupYear: { fcp: emptySeries(), scripts: emptySeries(), dataShown: emptySeries() },
  };
  const load = (plan: Omit<LoadPlan, 'timeoutMs'>) =>
    loadOnce(harness.context, harness.extensionId, { ...plan, timeoutMs: options.markTimeoutMs });
  const blankWide = blankLoad(harness, options, WIDE);
  const blankPopup = blankLoad(harness, options, POPUP);
  const popup = async (into: PageSeries['popupYear']) => {
    const blank = await blankPopup();
    record(s.blankPopup.fcp, blank.fcp);
    record(s.blankPopup.firstFrame, blank.firstFrame);
    const r = await load({
      page: 'popup.html',
      viewport: POPUP,
      dataShownTimeoutMs: markTimeout(into.dataShown, options),
    });
    record(into.fcp, r.fcp);
    record(into.scripts, r.scripts);
    record(into.dataShown, r.dataShown);
  };
  const staticCopy = async (page: string, viewport: Viewport, into: Series) =>
    record(into, (await load({ page: staticName(page), viewport })).fcp);
  const seeded = Object.keys(yearOfHistory);
  // Sent to the control page once: sending half a megabyte over the protocol every round is slow.
  await control.evaluate((items) => {
    Object.assign(globalThis, { benchYear: items });
  }, yearOfHistory);

  for (let round = 0; round < options.loads; round++) {
    const blank = await blankWide({ heap: true });
    record(s.blankWide.fcp, blank.fcp);
    record(s.blankWide.firstFrame, blank.firstFrame);
    record(s.blankWide.heap, blank.heapBytes);
    const newtab = await load({
      page: 'newtab.html',
      viewport: WIDE,
      dataShownTimeoutMs: markTimeout(s.newtab.dataShown, options),
      layoutShift: true,
      heap: true,
    });
    record(s.newtab.fcp, newtab.fcp);
    record(s.newtab.scripts, newtab.scripts);
    record(s.newtab.dataShown, newtab.dataShown);
    record(s.newtab.layoutShift, newtab.layoutShift);
    record(s.newtab.heap, newtab.heapBytes);
    await staticCopy('newtab.html', WIDE, s.newtabStatic);

    await popup(s.popupEmpty);
    await staticCopy('popup.html', POPUP, s.popupStatic);
    await control.evaluate(() => {
      const items = (globalThis as { benchYear?: Record<string, unknown> }).benchYear;
      if (!items) throw new Error('The year of history was not handed to the control page');
      return chrome.storage.local.set(items);
    });
    await settle(control);
    await popup(s.popupYear);
    await control.evaluate((keys) => chrome.storage.local.remove(keys), seeded);
    await settle(control);
  }
  return s;
}
