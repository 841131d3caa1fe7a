/**
 * The figures: one measured number each, what it is compared to and its target. Timings are medians
 * over many loads; a ratio divides by the median of a baseline measured in the same rounds.
 */
import type { Bundle, BundleName } from './bytes';
import type { PageSamples, Protocol } from './page-rounds';
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

export type ProtocolName = Protocol['name'];

export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  /** Page figures: the protocol of the loads (bench/page-rounds.ts). */
  protocol?: ProtocolName;
  /** Median ms, heap or gzip bytes, or layout-shift score; null when no load produced one. */
  value: number | null;
  baseline?: { label: string; value: number | null };
  ratio?: number | null;
  /** Bytes: the size before gzip. */
  raw?: number;
  /** Bytes loaded before the first paint: how many scripts and stylesheets (medians). */
  files?: { js: number; css: number };
  /** Loads measured (0 for sizes, which come from the files). */
  samples: number;
  missing: number;
  target: Target | null;
  met: boolean | null;
}

const ratioAtMost = (max: number, of: string): Target => ({ on: 'ratio', max, text: `≤ ${max}× ${of}` });
const gzipAtMost = (kB: number): Target => ({ on: 'value', max: kB * 1000, text: `≤ ${kB} kB gzip` });
const msAtMost = (ms: number): Target => ({ on: 'value', max: ms, text: `≤ ${ms} ms` });
const NO_SHIFT: Target = { on: 'value', max: 0, text: '0' };

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

/** The targets for each protocol (issue 16); null: none. */
const PAGE_TARGETS: Record<ProtocolName, { newtabPaint: number; popupData: number; newtabScriptMs: number | null }> = {
  warm: { newtabPaint: 1.15, popupData: 1.3, newtabScriptMs: null },
  cold: { newtabPaint: 1.4, popupData: 1.5, newtabScriptMs: 25 },
};

/** Tabliss 2.6's cold first paint, ×blank, measured as the issue says; the new tab should beat it by a third. */
const TABLISS_COLD = 2.08;

/** The figures of one protocol's page rounds; ids as before for warm, `cold.…` for cold. */
function protocolFigures(protocol: ProtocolName, { series: s }: PageSamples): Figure[] {
  const targets = PAGE_TARGETS[protocol];
  const id = (name: string) => (protocol === 'warm' ? name : `${protocol}.${name}`);
  const blank = (series: Series): Baseline => ({ label: 'blank', series });
  const blankFrame = (series: Series): Baseline => ({ label: 'blank first frame', series });

  /** Shifts, script, heap and the files before the first paint, from the page's traced loads. */
  const traced = (key: string, name: string, page: PageSamples['series']['newtab'], blankHeap: Series) => [
    timing(id(`${key}.layoutShift`), `${name}: cumulative layout shift`, page.layoutShift, null, NO_SHIFT, 'score'),
    timing(
      id(`${key}.script`),
      `${name}: main-thread script before first paint`,
      page.script,
      null,
      key === 'newtab' && targets.newtabScriptMs !== null ? msAtMost(targets.newtabScriptMs) : null,
    ),
    timing(id(`${key}.heap`), `${name}: JS heap after GC`, page.heap, blank(blankHeap), null, 'bytes'),
    judged({
      id: id(`${key}.beforePaint`),
      label: `${name}: JS + CSS loaded before first paint`,
      unit: 'bytes',
      value: median(page.paintGzip.values),
      files: { js: median(page.jsFiles.values) ?? 0, css: median(page.cssFiles.values) ?? 0 },
      samples: page.paintGzip.values.length + page.paintGzip.missing,
      missing: page.paintGzip.missing,
      target: null,
    }),
  ];

  const popup = (key: 'empty' | 'year', history: string, page: PageSamples['series']['popupEmpty']) => {
    const name = `Popup, ${history}, ${protocol}`;
    return [
      timing(id(`popup.${key}.fcp`), `${name}: first contentful paint`, page.fcp, blank(s.blankPopup.fcp)),
      timing(
        id(`popup.${key}.dataShown`),
        `${name}: data shown`,
        page.dataShown,
        blankFrame(s.blankPopup.firstFrame),
        ratioAtMost(targets.popupData, 'blank'),
      ),
      ...traced(`popup.${key}`, name, page, s.blankPopup.heap),
    ];
  };

  const newtab = `New tab, ${protocol}`;
  const figures = [
    timing(
      id('newtab.fcp'),
      `${newtab}: first contentful paint`,
      s.newtab.fcp,
      blank(s.blankWide.fcp),
      ratioAtMost(targets.newtabPaint, 'blank'),
    ),
    ...(protocol === 'cold'
      ? [
          timing(
            id('newtab.aheadOfTabliss'),
            `${newtab}: ahead of Tabliss 2.6 cold (${TABLISS_COLD}×) by at least a third`,
            s.newtab.fcp,
            blank(s.blankWide.fcp),
            ratioAtMost(Math.round(((TABLISS_COLD * 2) / 3) * 100) / 100, 'blank'),
          ),
        ]
      : []),
    timing(
      id('newtab.dataShown'),
      `${newtab}: personal data shown`,
      s.newtab.dataShown,
      blankFrame(s.blankWide.firstFrame),
    ),
    ...traced('newtab', newtab, s.newtab, s.blankWide.heap),
    ...popup('empty', 'empty history', s.popupEmpty),
    ...popup('year', 'a year of history', s.popupYear),
    timing(
      id('popup.yearVsEmpty'),
      `Popup data shown, ${protocol}: a year of history vs empty`,
      s.popupYear.dataShown,
      { label: 'empty', series: s.popupEmpty.dataShown },
      ratioAtMost(1.2, 'empty'),
    ),
    timing(
      id('popup.checkin.dataShown'),
      `Popup check-in view, ${protocol}: data shown`,
      s.popupCheckin.dataShown,
      blankFrame(s.blankPopup.firstFrame),
      ratioAtMost(targets.popupData, 'blank'),
    ),
    ...traced('popup.checkin', `Popup check-in view, ${protocol}`, s.popupCheckin, s.blankPopup.heap),
    // The journal loads under the warm protocol alone (bench/page-rounds.ts).
    ...(protocol === 'warm' ? journalFigures(s) : []),
  ];
  return figures.map((figure) => ({ ...figure, protocol }));
}

/** Every protocol's page figures, each figure's protocols side by side (warm, then cold). */
export function pageFigures(runs: Partial<Record<ProtocolName, PageSamples>>): Figure[] {
  const perProtocol = Object.entries(runs).map(([protocol, samples]) =>
    protocolFigures(protocol as ProtocolName, samples),
  );
  const kind = (figure: Figure) => figure.id.replace(/^cold\./, '');
  // In the order of the protocol with the most figures (the cold one has a row of its own).
  const longest = [...perProtocol].sort((a, b) => b.length - a.length);
  const kinds = [...new Set(longest.flat().map(kind))];
  return kinds.flatMap((k) => perProtocol.flatMap((figures) => figures.filter((f) => kind(f) === k)));
}

/** The journal page in its 12-month view: every chart shown, a year of data against a week, and against blank. */
function journalFigures(s: PageSamples['series']): Figure[] {
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
