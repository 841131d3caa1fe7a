/**
 * The page figures' loads, interleaved: each round loads a blank extension page before every
 * measured page, so slow spells of a shared machine hit both sides of each ratio alike. After each
 * timed load of a page comes a traced one (script before the first paint, files, layout shift,
 * heap), as tracing slows the page it watches. A protocol says what happens before each load and
 * checks each load: in the warm one, nothing (the browser, the extension's renderer and its worker
 * keep running; each page opens in a fresh tab); the cold one is in cold-protocol.ts. Another
 * protocol is another `Protocol` and, for figures of its own, another metric in page-load.ts.
 */
import type { Page } from 'playwright-core';
import { type Harness, sendFromPage } from '@/e2e/harness';
import { BLANK_PAGE } from './build';
import { emptySeries, record, type Series } from './figures';
import { type Load, loadOnce, METRICS, type Metric, POPUP, WIDE } from './page-load';

export interface Protocol {
  name: 'warm' | 'cold';
  beforeLoad(): Promise<void>;
  /** After each load, its page still open; `renderer`: its process when the load was traced. */
  afterLoad(page: Page, renderer: number | undefined): Promise<void>;
}

export const WARM: Protocol = { name: 'warm', beforeLoad: async () => {}, afterLoad: async () => {} };

/** What storage.local holds for a step: nothing, a week or a year of history and check-ins. */
export type Data = 'empty' | 'week' | 'year';

const blankWide: Load = { page: BLANK_PAGE, viewport: WIDE, metrics: ['fcp', 'firstFrame', 'heap'] };
const blankPopup: Load = { page: BLANK_PAGE, viewport: POPUP, metrics: ['fcp', 'firstFrame', 'heap'] };
const blankJournal: Load = { page: BLANK_PAGE, viewport: WIDE, metrics: ['fcp', 'firstFrame'] };
const TRACED: readonly Metric[] = ['script', 'jsFiles', 'cssFiles', 'paintGzip', 'layoutShift', 'heap'];
const newtab: Load = { page: 'newtab.html', viewport: WIDE, metrics: ['fcp', 'dataShown'] };
const newtabTraced: Load = { ...newtab, metrics: TRACED };
const popup: Load = { page: 'popup.html', viewport: POPUP, metrics: ['fcp', 'dataShown'] };
const popupTraced: Load = { ...popup, metrics: TRACED };
const checkin: Load = { page: 'popup.html#checkin', viewport: POPUP, metrics: ['fcp', 'dataShown'] };
const checkinTraced: Load = { ...checkin, metrics: TRACED };
/** The 12-month view, the most the page draws. */
const journal: Load = { page: 'journal.html#12m', viewport: WIDE, metrics: ['fcp', 'chartsShown', 'patternsShown'] };

const BOTH: readonly Protocol['name'][] = ['warm', 'cold'];
/**
 * The journal's figures compare a year of data with a week: what differs is the worker reading
 * storage, which a cold start would only blur with the same renderer start on both sides, so its
 * pages load under the warm protocol alone.
 */
const WARM_ONLY: readonly Protocol['name'][] = ['warm'];

/** One round, in order; steps of the same name add to the same samples. */
const ROUND = [
  { name: 'blankWide', load: blankWide, data: 'empty', protocols: BOTH },
  { name: 'newtab', load: newtab, data: 'empty', protocols: BOTH },
  { name: 'newtab', load: newtabTraced, data: 'empty', protocols: BOTH },
  { name: 'blankPopup', load: blankPopup, data: 'empty', protocols: BOTH },
  { name: 'popupEmpty', load: popup, data: 'empty', protocols: BOTH },
  { name: 'popupEmpty', load: popupTraced, data: 'empty', protocols: BOTH },
  { name: 'popupCheckin', load: checkin, data: 'empty', protocols: BOTH },
  { name: 'popupCheckin', load: checkinTraced, data: 'empty', protocols: BOTH },
  { name: 'blankJournal', load: blankJournal, data: 'week', protocols: WARM_ONLY },
  { name: 'journalWeek', load: journal, data: 'week', protocols: WARM_ONLY },
  { name: 'blankPopup', load: blankPopup, data: 'year', protocols: BOTH },
  { name: 'popupYear', load: popup, data: 'year', protocols: BOTH },
  { name: 'popupYear', load: popupTraced, data: 'year', protocols: BOTH },
  { name: 'blankJournal', load: blankJournal, data: 'year', protocols: WARM_ONLY },
  { name: 'journalYear', load: journal, data: 'year', protocols: WARM_ONLY },
] as const satisfies readonly { name: string; load: Load; data: Data; protocols: readonly Protocol['name'][] }[];

export type StepName = (typeof ROUND)[number]['name'];

export interface PageSamples {
  series: Record<StepName, Record<Metric, Series>>;
  /** Each page's files requested before its first paint, as most traced loads found them. */
  beforePaint: Partial<Record<StepName, string[]>>;
}

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

/** The most frequent of the lists. */
function mostCommon(lists: readonly string[][]): string[] | undefined {
  const counts = new Map<string, { list: string[]; count: number }>();
  for (const list of lists) {
    const key = list.join('\n');
    const entry = counts.get(key) ?? { list, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.list;
}

export async function measurePages(
  harness: Harness,
  rounds: number,
  protocol: Protocol,
  seeded: Record<Exclude<Data, 'empty'>, Record<string, unknown>>,
): Promise<PageSamples> {
  const series = Object.fromEntries(
    ROUND.map(({ name }) => [name, Object.fromEntries(METRICS.map((metric) => [metric, emptySeries()]))]),
  ) as PageSamples['series'];
  const fileLists = new Map<StepName, string[][]>();
  // The page storage is set through. The cold protocol closes it before each load: it is opened
  // again when needed, and handed the seeded data once each time, as sending half a megabyte
  // over the protocol for every write is slow.
  let control: Page | undefined;
  const controlPage = async (): Promise<Page> => {
    if (control && !control.isClosed()) return control;
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/${BLANK_PAGE}`);
    await page.evaluate((items) => {
      Object.assign(globalThis, { benchData: items });
    }, seeded);
    control = page;
    return page;
  };
  // Open from the start, as it always was in the warm protocol.
  await controlPage();
  const keys = [...new Set([...Object.keys(seeded.week), ...Object.keys(seeded.year)])];
  let data: Data = 'empty';
  for (let round = 0; round < rounds; round++) {
    for (const step of ROUND) {
      if (!step.protocols.includes(protocol.name)) continue;
      if (step.data !== data) {
        data = step.data;
        await setData(await controlPage(), data, keys);
      }
      await protocol.beforeLoad();
      const measured = await loadOnce(harness, step.load, (page, { renderer }) => protocol.afterLoad(page, renderer));
      for (const metric of step.load.metrics) record(series[step.name][metric], measured.values[metric]);
      if (measured.beforePaint) fileLists.set(step.name, [...(fileLists.get(step.name) ?? []), measured.beforePaint]);
    }
  }
  if (data !== 'empty') await setData(await controlPage(), 'empty', keys);
  await control?.close();
  const beforePaint = Object.fromEntries([...fileLists].map(([name, lists]) => [name, mostCommon(lists)]));
  return { series, beforePaint };
}
