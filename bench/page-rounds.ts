/**
 * The page figures' loads, interleaved: each round loads a blank extension page before every
 * measured page, so slow spells of a shared machine hit both sides of each ratio alike. A protocol
 * says what happens before each load: in the warm one, nothing (the browser, the extension's
 * renderer and its worker keep running; each page opens in a fresh tab). Another protocol is
 * another `Protocol` and, for figures of its own, another metric in page-load.ts.
 */
import type { Page } from 'playwright-core';
import { type Harness, sendFromPage } from '@/e2e/harness';
import { BLANK_PAGE } from './build';
import { emptySeries, record, type Series } from './figures';
import { type Load, loadOnce, METRICS, type Metric, POPUP, WIDE } from './page-load';

export interface Protocol {
  name: string;
  beforeLoad(harness: Harness): Promise<void>;
}

export const WARM: Protocol = { name: 'warm', beforeLoad: async () => {} };

type History = 'empty' | 'year';

const blankWide: Load = { page: BLANK_PAGE, viewport: WIDE, metrics: ['fcp', 'firstFrame', 'heap'] };
const blankPopup: Load = { page: BLANK_PAGE, viewport: POPUP, metrics: ['fcp', 'firstFrame'] };
const newtab: Load = { page: 'newtab.html', viewport: WIDE, metrics: ['fcp', 'dataShown', 'layoutShift', 'heap'] };
const popup: Load = { page: 'popup.html', viewport: POPUP, metrics: ['fcp', 'dataShown'] };

/** One round, in order; steps of the same name add to the same samples. */
const ROUND = [
  { name: 'blankWide', load: blankWide, history: 'empty' },
  { name: 'newtab', load: newtab, history: 'empty' },
  { name: 'blankPopup', load: blankPopup, history: 'empty' },
  { name: 'popupEmpty', load: popup, history: 'empty' },
  { name: 'blankPopup', load: blankPopup, history: 'year' },
  { name: 'popupYear', load: popup, history: 'year' },
] as const satisfies readonly { name: string; load: Load; history: History }[];

export type PageSamples = Record<(typeof ROUND)[number]['name'], Record<Metric, Series>>;

/**
 * Writing or removing half a megabyte of history hands the whole change to the worker's storage
 * listener and keeps storage busy for a while. A person opens the popup long after such a write, so
 * the next load waits until the worker answers again and then a little longer.
 */
const AFTER_HISTORY_WRITE_MS = 300;

async function setHistory(control: Page, history: History, yearKeys: string[]): Promise<void> {
  if (history === 'year') {
    await control.evaluate(() => chrome.storage.local.set((globalThis as { benchYear?: object }).benchYear ?? {}));
  } else {
    await control.evaluate((keys) => chrome.storage.local.remove(keys), yearKeys);
  }
  await sendFromPage(control, 'getSnapshot');
  await new Promise((r) => setTimeout(r, AFTER_HISTORY_WRITE_MS));
}

export async function measurePages(
  harness: Harness,
  control: Page,
  rounds: number,
  protocol: Protocol,
  yearOfHistory: Record<string, unknown>,
): Promise<PageSamples> {
  const samples = Object.fromEntries(
    ROUND.map(({ name }) => [name, Object.fromEntries(METRICS.map((metric) => [metric, emptySeries()]))]),
  ) as PageSamples;
  // Handed to the control page once: sending half a megabyte over the protocol every round is slow.
  await control.evaluate((items) => {
    Object.assign(globalThis, { benchYear: items });
  }, yearOfHistory);
  const yearKeys = Object.keys(yearOfHistory);
  let history: History = 'empty';
  for (let round = 0; round < rounds; round++) {
    for (const step of ROUND) {
      if (step.history !== history) {
        history = step.history;
        await setHistory(control, history, yearKeys);
      }
      await protocol.beforeLoad(harness);
      const measured = await loadOnce(harness, step.load);
      for (const metric of step.load.metrics) record(samples[step.name][metric], measured[metric]);
    }
  }
  if (history !== 'empty') await setHistory(control, 'empty', yearKeys);
  return samples;
}
