/**
 * The whole bench: build, load the build in headless Chromium, measure the pages, the worker and
 * the bytes, and return every figure. It measures; it does not gate: a target not met is reported
 * as such.
 */
import { launch } from '@/e2e/harness';
import { addDays, dateKeyOf } from '@/utils/time/clock';
import { BENCH_BUILD, BLANK_PAGE, buildForBench } from './build';
import { buildBytes } from './bytes';
import { byteFigures, pageFigures, storageFigure, workerFigures } from './figures';
import { measurePages, WARM } from './page-rounds';
import { type BenchResult, machine } from './report';
import { measureWorker } from './worker';
import { YEAR_DAYS, yearOfHistory } from './year-of-history';
import { journalDays, storedBytes } from './year-of-journal';

/** How many times: page rounds (each loads every page once), worker stops, alarms each way. */
export type Runs = BenchResult['runs'];

export const FULL: Runs = { pageRounds: 30, workerMessages: 30, alarms: 10 };
export const SMOKE: Runs = { pageRounds: 2, workerMessages: 2, alarms: 1 };

export async function runBench(runs: Runs, progress: (step: string) => void = () => {}): Promise<BenchResult> {
  progress('build');
  const { modules } = buildForBench();
  const bytes = buildBytes(BENCH_BUILD, modules);
  const harness = await launch({ build: BENCH_BUILD });
  try {
    const control = await harness.context.newPage();
    await control.goto(`chrome-extension://${harness.extensionId}/${BLANK_PAGE}`);
    progress(
      `pages, ${WARM.name}: ${runs.pageRounds} rounds of blank, new tab, blank, popup, check-in, blank, journal (a week), blank, popup (a year), blank, journal (a year)`,
    );
    const today = dateKeyOf(Date.now());
    const history = yearOfHistory(today);
    const week = Object.fromEntries(
      Object.entries(history).filter(([key]) => key.startsWith('day:') && key >= `day:${addDays(today, -6)}`),
    );
    const seeded = {
      week: { ...week, ...journalDays(today, 7, 7) },
      year: { ...history, ...journalDays(today, YEAR_DAYS, 7) },
    };
    const pages = await measurePages(harness, control, runs.pageRounds, WARM, seeded);
    progress(`worker: ${runs.workerMessages} stops, then ${runs.alarms} alarms with it running and stopped`);
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
      notes: worker.notes,
      errors: [...harness.errors],
    };
  } finally {
    await harness.close();
  }
}
