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

/** What storage.local holds for a step: nothing, a week or a year of history and check-ins. */
export type Data = 'empty' | 'week' | 'year';

const blankWide: Load = { page: BLANK_PAGE, viewport: WIDE, metrics: ['fcp', 'firstFrame', 'heap'] };
const blankPopup: Load = { page: BLANK_PAGE, viewport: POPUP, metrics: ['fcp', 'firstFrame'] };
const blankJournal: Load = { page: BLANK_PAGE, viewport: WIDE, metrics: ['fcp', 'firstFrame'] };
const newtab: Load = { page: 'newtab.html', viewport: WIDE, metrics: ['fcp', 'dataShown', 'layoutShift', 'heap'] };
const popup: Load = { page: 'popup.html', viewport: POPUP, metrics: ['fcp', 'dataShown'] };
const checkin: Load = { page: 'popup.html#checkin', viewport: POPUP, metrics: ['fcp', 'dataShown'] };
/** The 12-month view, the most the page draws. */
const journal: Load = { page: 'journal.html#12m', viewport: WIDE, metrics: ['fcp', 'chartsShown', 'patternsShown'] };

/** One round, in order; steps of the same name add to the same samples. */
const ROUND = [
  { name: 'blankWide', load: blankWide, data: 'empty' },
  { name: 'newtab', load: newtab, data: 'empty' },
  { name: 'blankPopup', load: blankPopup, data: 'empty' },
  { name: 'popupEmpty', load: popup, data: 'empty' },
  { name: 'popupCheckin', load: checkin, data: 'empty' },
  { name: 'blankJournal', load: blankJournal, data: 'week' },
  { name: 'journalWeek', load: journal, data: 'week' },
  { name: 'blankPopup', load: blankPopup, data: 'year' },
  { name: 'popupYear', load: popup, data: 'year' },
  { name: 'blankJournal', load: blankJournal, data: 'year' },
  { name: 'journalYear', load: journal, data: 'year' },
] as const satisfies readonly { name: string; load: Load; data: Data }[];

export type PageSamples = Record<(typeof ROUND)[number]['name'], Record<Metric, Series>>;

/**
 * Writing or removing half a megabyte of history hands the whole change to the worker's storage
 * listener and keeps storage busy for a while. A person opens the popup long after such a write, so
 * the next load waits until the worker answers again and then a little longer.
 */
const AFTER_HISTORY_WRITE_MS = 300;

async function setData(control: Page, data: Data, keys: string[]): Promise<void> {
  await control.evaluate(
    async ([which, all]) => {
      await chrome.storage.local.remove(all);
      const sets = (globalThis as { benchData?: Record<string, object> }).benchData;
      if (which !== 'empty') await chrome.storage.local.set(sets?.[which] ?? {});
    },
    [data, keys] as const,
  );
  await sendFromPage(control, 'getSnapshot');
  await new Promise((r) => setTimeout(r, AFTER_HISTORY_WRITE_MS));
}

export async function measurePages(
  harness: Harness,
  control: Page,
  rounds: number,
  protocol: Protocol,
  seeded: Record<Exclude<Data, 'empty'>, Record<string, unknown>>,
): Promise<PageSamples> {
  const samples = Object.fromEntries(
    ROUND.map(({ name }) => [name, Object.fromEntries(METRICS.map((metric) => [metric, emptySeries()]))]),
  ) as PageSamples;
  // Handed to the control page once: sending half a megabyte over the protocol every round is slow.
  await control.evaluate((items) => {
    Object.assign(globalThis, { benchData: items });
  }, seeded);
  const keys = [...new Set([...Object.keys(seeded.week), ...Object.keys(seeded.year)])];
  let data: Data = 'empty';
  for (let round = 0; round < rounds; round++) {
    for (const step of ROUND) {
      if (step.data !== data) {
        data = step.data;
        await setData(control, data, keys);
      }
      await protocol.beforeLoad(harness);
      const measured = await loadOnce(harness, step.load);
      for (const metric of step.load.metrics) record(samples[step.name][metric], measured[metric]);
    }
  }
  if (data !== 'empty') await setData(control, 'empty', keys);
  return samples;
}
