/**
 * The whole bench: build, load the build in headless Chromium, measure the pages under each
 * protocol, the worker and the bytes, and return every figure. It measures; it does not gate: a
 * target not met is reported as such.
 */
import { launch } from '@/e2e/harness';
import { DAY_KEY, TOTALS_KEY } from '@/utils/history/keys';
import { addDays, dateKeyOf } from '@/utils/time/clock';
import { BENCH_BUILD, BLANK_PAGE, buildForBench } from './build';
import { buildBytes } from './bytes';
import { coldProtocol } from './cold-protocol';
import { byteFigures, pageFigures, storageFigure, workerFigures } from './figures';
import { builtGzip } from './page-load';
import { measurePages, type PageSamples, type Protocol, WARM } from './page-rounds';
import { type BeforePaint, type BenchResult, machine } from './report';
import { measureWorker } from './worker';
import { YEAR_DAYS, yearOfHistory } from './year-of-history';
import { journalDays, storedBytes } from './year-of-journal';

/** How many times: page rounds (each loads every page once), worker stops, alarms each way. */
export type Runs = BenchResult['runs'];

export const FULL: Runs = { pageRounds: 30, workerMessages: 30, alarms: 10 };
export const SMOKE: Runs = { pageRounds: 2, workerMessages: 2, alarms: 1 };

const PAGES = {
  newtab: 'New tab',
  popupEmpty: 'Popup, empty history',
  popupCheckin: 'Popup check-in view',
  popupYear: 'Popup, a year of history',
} as const;

function beforePaintOf(protocol: Protocol['name'], samples: PageSamples): BeforePaint[] {
  return Object.entries(PAGES).map(([step, page]) => ({
    protocol,
    page,
    files: (samples.beforePaint[step as keyof typeof PAGES] ?? []).map((file) => ({
      file,
      gzip: builtGzip(file),
    })),
  }));
}

export async function runBench(runs: Runs, progress: (step: string) => void = () => {}): Promise<BenchResult> {
  progress('build');
  const { modules } = buildForBench();
  const bytes = buildBytes(BENCH_BUILD, modules);
  const harness = await launch({ build: BENCH_BUILD });
  try {
    const today = dateKeyOf(Date.now());
    const history = yearOfHistory(today);
    // The last seven days' events, and the totals kept beside the finished ones.
    const dateOf = (key: string) => (DAY_KEY.exec(key) ?? TOTALS_KEY.exec(key))?.[1];
    const week = Object.fromEntries(
      Object.entries(history).filter(([key]) => (dateOf(key) ?? '') >= addDays(today, -6)),
    );
    const seeded = {
      week: { ...week, ...journalDays(today, 7, 7) },
      year: { ...history, ...journalDays(today, YEAR_DAYS, 7) },
    };
    const pages: Partial<Record<Protocol['name'], PageSamples>> = {};
    // The cold protocol sets itself up (a page outside the extension) only once the warm rounds are done.
    for (const start of [async () => WARM, () => coldProtocol(harness)]) {
      const protocol = await start();
      const journal = protocol.name === 'warm' ? ', blank, journal (a week), blank, journal (a year)' : '';
      progress(
        `pages, ${protocol.name}: ${runs.pageRounds} rounds of blank, new tab (timed, traced), blank, popup and check-in (timed, traced), blank, popup with a year (timed, traced)${journal}`,
      );
      pages[protocol.name] = await measurePages(harness, runs.pageRounds, protocol, seeded);
    }
    progress(`worker: ${runs.workerMessages} stops, then ${runs.alarms} alarms with it running and stopped`);
    const control = await harness.context.newPage();
    await control.goto(`chrome-extension://${harness.extensionId}/${BLANK_PAGE}`);
    const worker = await measureWorker(harness, control, { messages: runs.workerMessages, alarms: runs.alarms });
    return {
      date: new Date().toISOString(),
      browser: {
        name: 'Chromium',
        version: harness.context.browser()?.version() ?? 'unknown',
        userAgent: await control.evaluate(() => navigator.userAgent),
      },
      machine: machine(),
      runs,
      figures: [
        ...pageFigures(pages),
        ...workerFigures(worker),
        ...byteFigures(bytes),
        storageFigure(storedBytes(journalDays(today, YEAR_DAYS))),
      ],
      bytes,
      beforePaint: Object.entries(pages).flatMap(([protocol, samples]) =>
        beforePaintOf(protocol as Protocol['name'], samples),
      ),
      notes: worker.notes,
      errors: [...harness.errors],
    };
  } finally {
    await harness.close();
  }
}
