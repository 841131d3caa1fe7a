/**
 * The whole bench: copy the release build with a blank baseline page, load it in headless
 * Chromium, measure pages, worker and bytes, and return every figure. It measures; it does not
 * gate: a target not met is reported as such.
 */
import type { Page } from 'playwright-core';
import { type Harness, launch } from '@/e2e/harness';
import { dateKeyOf } from '@/utils/time/clock';
import { BLANK_PAGE, buildForBench } from './build';
import { buildBytes } from './bytes';
import { byteFigures, compared, type Figure, plain, TARGETS } from './figures';
import type { BenchOptions } from './options';
import { POPUP, WIDE } from './page-load';
import { blankLoad, measurePages, type PageSeries } from './page-rounds';
import { reasons } from './reasons';
import { type BenchResult, machine } from './report';
import { saveStaticCopy } from './static-copy';
import { emptySeries, record, type Series } from './stats';
import { type AlarmDelays, measureAlarmDelay, measureColdStart, type WarmCold } from './worker';
import { yearOfHistory } from './year-of-history';

function pageFigures(s: PageSeries): Figure[] {
  const blankFcp = { label: 'blank FCP', series: s.blankWide.fcp };
  const blankFrame = { label: 'blank first frame', series: s.blankWide.firstFrame };
  const popupBlankFcp = { label: 'blank FCP', series: s.blankPopup.fcp };
  const popupBlankFrame = { label: 'blank first frame', series: s.blankPopup.firstFrame };
  return [
    compared('newtab.fcp', 'New tab: first contentful paint', s.newtab.fcp, blankFcp, TARGETS.newtabFcp),
    compared(
      'newtab.static.fcp',
      'New tab, its content once shown, as static HTML: first paint',
      s.newtabStatic,
      blankFcp,
    ),
    plain('newtab.scripts', 'New tab: HTML parsed → modules loaded and run', s.newtab.scripts, 'ms'),
    compared('newtab.dataShown', 'New tab: personal data shown', s.newtab.dataShown, blankFrame),
    plain('newtab.layoutShift', 'New tab: cumulative layout shift', s.newtab.layoutShift, 'score'),
    compared(
      'newtab.heap',
      'New tab: JS heap after GC',
      s.newtab.heap,
      { label: 'blank', series: s.blankWide.heap },
      null,
      'bytes',
    ),
    compared('popup.empty.fcp', 'Popup, empty history: first contentful paint', s.popupEmpty.fcp, popupBlankFcp),
    compared(
      'popup.static.fcp',
      'Popup, its content once shown, as static HTML: first paint',
      s.popupStatic,
      popupBlankFcp,
    ),
    plain(
      'popup.empty.scripts',
      'Popup, empty history: HTML parsed → modules loaded and run',
      s.popupEmpty.scripts,
      'ms',
    ),
    compared(
      'popup.empty.dataShown',
      'Popup, empty history: data shown',
      s.popupEmpty.dataShown,
      popupBlankFrame,
      TARGETS.popupDataShown,
    ),
    compared('popup.year.fcp', 'Popup, a year of history: first contentful paint', s.popupYear.fcp, popupBlankFcp),
    plain(
      'popup.year.scripts',
      'Popup, a year of history: HTML parsed → modules loaded and run',
      s.popupYear.scripts,
      'ms',
    ),
    compared(
      'popup.year.dataShown',
      'Popup, a year of history: data shown',
      s.popupYear.dataShown,
      popupBlankFrame,
      TARGETS.popupDataShown,
    ),
    compared(
      'popup.year.vsEmpty',
      'Popup data shown: a year of history vs empty',
      s.popupYear.dataShown,
      { label: 'empty', series: s.popupEmpty.dataShown },
      TARGETS.yearVsEmpty,
    ),
  ];
}

function workerFigures(coldStart: WarmCold & { blank: Series }, alarms: AlarmDelays & { blank: Series }): Figure[] {
  const startBlank = { label: 'blank FCP', series: coldStart.blank };
  const alarmBlank = { label: 'blank FCP', series: alarms.blank };
  return [
    compared('worker.warmMessage', 'Worker running: snapshot message answered', coldStart.warm, startBlank),
    compared('worker.coldStart', 'Worker cold start: stopped → snapshot answered', coldStart.cold, startBlank),
    compared('alarm.warm', 'Alarm → notification shown, worker running', alarms.warm, alarmBlank),
    compared('alarm.cold', 'Alarm → notification shown, worker stopped', alarms.cold, alarmBlank),
  ];
}

/** A baseline blank load that records its FCP into `into`. */
function blankInto(harness: Harness, options: BenchOptions, into: Series) {
  const load = blankLoad(harness, options, POPUP);
  return async () => record(into, (await load()).fcp);
}

async function measureWorker(harness: Harness, control: Page, options: BenchOptions) {
  const startBlank = emptySeries();
  const coldStart = await measureColdStart(harness, control, options.loads, blankInto(harness, options, startBlank));
  const alarmBlank = emptySeries();
  const alarms = await measureAlarmDelay(harness, control, options.alarm, blankInto(harness, options, alarmBlank));
  return { coldStart: { ...coldStart, blank: startBlank }, alarms: { ...alarms, blank: alarmBlank } };
}

/** Says what the bench is doing, for runs long enough to wonder. */
export type Progress = (step: string) => void;

export async function runBench(options: BenchOptions, progress: Progress = () => {}): Promise<BenchResult> {
  progress('build');
  const build = buildForBench();
  const bytes = buildBytes(build.dir, build.modules);
  let harness: Harness | undefined;
  try {
    harness = await launch({ build: build.dir });
    const control = await harness.context.newPage();
    await control.goto(`chrome-extension://${harness.extensionId}/${BLANK_PAGE}`);
    const userAgent = await control.evaluate(() => navigator.userAgent);
    await saveStaticCopy(harness, build.dir, 'newtab.html', WIDE);
    await saveStaticCopy(harness, build.dir, 'popup.html', POPUP);

    progress(
      `pages: ${options.loads} rounds of blank, new tab, its static copy, blank, popup, its static copy, blank, popup with a year of history`,
    );
    const pages = await measurePages(harness, control, options, yearOfHistory(dateKeyOf(Date.now())));
    progress(
      `worker: ${options.loads} cold starts, then ${options.alarm.warm} warm and ${options.alarm.cold} cold alarms`,
    );
    const worker = await measureWorker(harness, control, options);

    const notes: string[] = [
      'Timings are medians; each ratio divides by the median of a blank extension page loaded in the same rounds, just before each real page.',
      'Data shown is the frame after the first snapshot arrives; it is compared to the blank page’s first frame.',
    ];
    if (worker.alarms.late > 0) {
      notes.push(
        `${worker.alarms.late} cold alarm run(s) dropped: the worker had not stopped before the alarm was due.`,
      );
    }
    notes.push(...worker.alarms.failures);
    if (harness.errors.length > 0) {
      notes.push(`${harness.errors.length} console error(s) from the extension during the run (see "errors").`);
    }
    const figures = [...pageFigures(pages), ...workerFigures(worker.coldStart, worker.alarms), ...byteFigures(bytes)];
    return {
      date: new Date().toISOString(),
      browser: {
        name: 'Chromium',
        version: harness.context.browser()?.version() ?? 'unknown',
        userAgent,
        headless: true,
      },
      machine: machine(),
      loads: {
        pages: options.loads,
        coldStart: options.loads,
        alarmWarm: options.alarm.warm,
        alarmCold: options.alarm.cold,
        alarmLeadMs: options.alarm.leadMs,
      },
      figures,
      reasons: Object.fromEntries(reasons(figures, bytes)),
      bytes,
      notes,
      errors: [...harness.errors],
    };
  } finally {
    await harness?.close();
  }
}
