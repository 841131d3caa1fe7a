/**
 * The figures: one measured number each, what it is compared to and its target. Timings are medians
 * over many loads; a ratio divides by the median of a baseline measured in the same rounds.
 */
import type { Bundle, BundleName } from './bytes';
import type { PageSamples } from './page-rounds';
import type { WorkerSamples } from './worker';

/** One quantity over many loads; `missing` counts loads that produced none. */
export interface Series {
  values: number[];
  missing: number;
}

export const emptySeries = (): Series => ({ values: [], missing: 0 });

export function record(series: Series, value: number | null | undefined): void {
  if (value === null || value === undefined || !Number.isFinite(value)) series.missing++;
  else series.values.push(value);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** bytes: heap or file sizes; stored: bytes in storage.local. */
export type Unit = 'ms' | 'bytes' | 'score' | 'stored';

export interface Target {
  /** Whether the limit applies to the figure's ratio or to its value. */
  on: 'ratio' | 'value';
  max: number;
  text: string;
}

export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  /** Median ms, heap or gzip bytes, or layout-shift score; null when no load produced one. */
  value: number | null;
  baseline?: { label: string; value: number | null };
  ratio?: number | null;
  /** Bytes: the size before gzip. */
  raw?: number;
  /** Loads measured (0 for sizes, which come from the files). */
  samples: number;
  missing: number;
  target: Target | null;
  met: boolean | null;
}

const ratioAtMost = (max: number, of: string): Target => ({ on: 'ratio', max, text: `≤ ${max}× ${of}` });
const gzipAtMost = (kB: number): Target => ({ on: 'value', max: kB * 1000, text: `≤ ${kB} kB gzip` });

function judged(figure: Omit<Figure, 'met'>): Figure {
  const { target } = figure;
  const measured = target?.on === 'ratio' ? figure.ratio : figure.value;
  return { ...figure, met: target ? measured !== null && measured !== undefined && measured <= target.max : null };
}

interface Baseline {
  label: string;
  series: Series;
}

/** The median of `series`, over the median of `baseline` when there is one. */
function timing(
  id: string,
  label: string,
  series: Series,
  baseline: Baseline | null,
  target: Target | null = null,
  unit: Unit = 'ms',
): Figure {
  const value = median(series.values);
  const base = baseline && median(baseline.series.values);
  return judged({
    id,
    label,
    unit,
    value,
    ...(baseline && {
      baseline: { label: baseline.label, value: base },
      ratio: value !== null && base ? value / base : null,
    }),
    samples: series.values.length + series.missing,
    missing: series.missing,
    target,
  });
}

export function pageFigures(s: PageSamples): Figure[] {
  const blank = (series: Series): Baseline => ({ label: 'blank', series });
  const blankFrame = (series: Series): Baseline => ({ label: 'blank first frame', series });
  const popup = (id: string, history: string, page: PageSamples['popupEmpty']) => [
    timing(`popup.${id}.fcp`, `Popup, ${history}: first contentful paint`, page.fcp, blank(s.blankPopup.fcp)),
    timing(
      `popup.${id}.dataShown`,
      `Popup, ${history}: data shown`,
      page.dataShown,
      blankFrame(s.blankPopup.firstFrame),
      ratioAtMost(1.3, 'blank'),
    ),
  ];
  const { newtab } = s;
  return [
    timing(
      'newtab.fcp',
      'New tab: first contentful paint',
      newtab.fcp,
      blank(s.blankWide.fcp),
      ratioAtMost(1.15, 'blank'),
    ),
    timing('newtab.dataShown', 'New tab: personal data shown', newtab.dataShown, blankFrame(s.blankWide.firstFrame)),
    timing('newtab.layoutShift', 'New tab: cumulative layout shift', newtab.layoutShift, null, null, 'score'),
    timing('newtab.heap', 'New tab: JS heap after GC', newtab.heap, blank(s.blankWide.heap), null, 'bytes'),
    ...popup('empty', 'empty history', s.popupEmpty),
    ...popup('year', 'a year of history', s.popupYear),
    timing(
      'popup.yearVsEmpty',
      'Popup data shown: a year of history vs empty',
      s.popupYear.dataShown,
      { label: 'empty', series: s.popupEmpty.dataShown },
      ratioAtMost(1.2, 'empty'),
    ),
    timing(
      'popup.checkin.dataShown',
      'Popup check-in view: data shown',
      s.popupCheckin.dataShown,
      blankFrame(s.blankPopup.firstFrame),
      ratioAtMost(1.3, 'blank'),
    ),
    ...journalFigures(s),
  ];
}

/** The journal page in its 12-month view: every chart shown, a year of data against a week, and against blank. */
function journalFigures(s: PageSamples): Figure[] {
  const blankFrame: Baseline = { label: 'blank first frame', series: s.blankJournal.firstFrame };
  return [
    timing('journal.week.charts', 'Journal, a week: every chart shown', s.journalWeek.chartsShown, blankFrame),
    timing('journal.year.charts', 'Journal, a year: every chart shown', s.journalYear.chartsShown, blankFrame),
    timing(
      'journal.yearVsWeek',
      'Journal charts shown: a year vs a week',
      s.journalYear.chartsShown,
      { label: 'a week', series: s.journalWeek.chartsShown },
      ratioAtMost(1.3, 'a week'),
    ),
    timing('journal.year.patterns', 'Journal, a year: patterns shown', s.journalYear.patternsShown, blankFrame),
  ];
}

/** What a year of daily check-ins takes in storage.local (key plus JSON value, as Chrome counts). */
export function storageFigure(bytes: number): Figure {
  return judged({
    id: 'storage.journalYear',
    label: 'A year of daily check-ins in storage.local',
    unit: 'stored',
    value: bytes,
    samples: 0,
    missing: 0,
    target: null,
  });
}

export function workerFigures(s: WorkerSamples): Figure[] {
  const running = (series: Series): Baseline => ({ label: 'running', series });
  return [
    timing(
      'worker.coldStart',
      'Worker: stopped → first message answered',
      s.message.stopped,
      running(s.message.running),
    ),
    timing('alarm.stopped', 'Alarm → notification shown, worker stopped', s.alarm.stopped, running(s.alarm.running)),
  ];
}

const BYTES: Record<BundleName, [label: string, target: Target | null]> = {
  newtab: ['New tab: JS + CSS', gzipAtMost(20)],
  popup: ['Popup: JS + CSS', gzipAtMost(30)],
  options: ['Options: JS + CSS', null],
  worker: ['Worker: JS', gzipAtMost(15)],
  journal: ['Journal: JS + CSS', gzipAtMost(40)],
};

export function byteFigures(bundles: Record<BundleName, Bundle>): Figure[] {
  return Object.entries(BYTES).map(([name, [label, target]]) => {
    const { js, css } = bundles[name as BundleName];
    return judged({
      id: `bytes.${name}`,
      label,
      unit: 'bytes',
      value: js.gzip + css.gzip,
      raw: js.raw + css.raw,
      samples: 0,
      missing: 0,
      target,
    });
  });
}
