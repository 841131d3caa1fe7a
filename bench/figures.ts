/**
 * Figures: one measured number each, with what it is compared to and its target. Timings are
 * medians in ms, judged as a ratio to a baseline measured interleaved in the same run.
 */
import type { BuildBytes, FileBytes } from './bytes';
import { median, ratio, type Series } from './stats';

export type Unit = 'ms' | 'bytes' | 'score';

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
  /** Median ms, gzip bytes or layout-shift score; null when no load produced one. */
  value: number | null;
  /** Timings and heap: the median the value is divided by, and the result. */
  baseline?: { label: string; value: number | null };
  ratio?: number | null;
  /** Bytes: the size before gzip. */
  raw?: number;
  samples: number;
  missing: number;
  target: Target | null;
  met: boolean | null;
}

function judge(target: Target | null, value: number | null, ratioValue: number | null | undefined): boolean | null {
  if (target === null) return null;
  const judged = target.on === 'ratio' ? ratioValue : value;
  return judged === null || judged === undefined ? false : judged <= target.max;
}

/** A median, compared to the median of a baseline series. */
export function compared(
  id: string,
  label: string,
  series: Series,
  baseline: { label: string; series: Series },
  target: Target | null = null,
  unit: Unit = 'ms',
): Figure {
  const value = median(series.values);
  const base = median(baseline.series.values);
  const r = ratio(value, base);
  return {
    id,
    label,
    unit,
    value,
    baseline: { label: baseline.label, value: base },
    ratio: r,
    samples: series.values.length + series.missing,
    missing: series.missing,
    target,
    met: judge(target, value, r),
  };
}

/** A median on its own (no sensible baseline, e.g. a layout-shift score). */
export function plain(id: string, label: string, series: Series, unit: Unit, target: Target | null = null): Figure {
  const value = median(series.values);
  return {
    id,
    label,
    unit,
    value,
    samples: series.values.length + series.missing,
    missing: series.missing,
    target,
    met: judge(target, value, null),
  };
}

export const KB = 1000;

const atMostRatio = (max: number, of: string): Target => ({ on: 'ratio', max, text: `≤ ${max}× ${of}` });
const atMostGzip = (kb: number): Target => ({ on: 'value', max: kb * KB, text: `≤ ${kb} kB gzip` });

export const TARGETS = {
  newtabFcp: atMostRatio(1.15, 'blank'),
  popupDataShown: atMostRatio(1.3, 'blank'),
  yearVsEmpty: atMostRatio(1.2, 'empty history'),
  newtabBytes: atMostGzip(20),
  popupBytes: atMostGzip(30),
  workerBytes: atMostGzip(15),
} as const;

function bytesFigure(id: string, label: string, raw: number, gzip: number, target: Target | null = null): Figure {
  return { id, label, unit: 'bytes', value: gzip, raw, samples: 1, missing: 0, target, met: judge(target, gzip, null) };
}

function bundleFigures(id: string, label: string, bytes: FileBytes, target: Target | null): Figure[] {
  return [
    bytesFigure(`${id}.js`, `${label}: JavaScript`, bytes.js.raw, bytes.js.gzip),
    // The worker has no CSS: no row for a size that cannot exist.
    ...(bytes.css.files.length ? [bytesFigure(`${id}.css`, `${label}: CSS`, bytes.css.raw, bytes.css.gzip)] : []),
    bytesFigure(`${id}.data`, `${label}: data (locale catalog, images)`, bytes.data.raw, bytes.data.gzip),
    bytesFigure(
      `${id}.scriptAndStyle`,
      `${label}: JS + CSS`,
      bytes.js.raw + bytes.css.raw,
      bytes.js.gzip + bytes.css.gzip,
      target,
    ),
  ];
}

export function byteFigures(bytes: BuildBytes): Figure[] {
  return [
    ...bundleFigures('bytes.newtab', 'New tab', bytes.pages.newtab, TARGETS.newtabBytes),
    ...bundleFigures('bytes.popup', 'Popup', bytes.pages.popup, TARGETS.popupBytes),
    ...bundleFigures('bytes.options', 'Options', bytes.pages.options, null),
    ...bundleFigures('bytes.worker', 'Worker', bytes.worker, TARGETS.workerBytes),
  ];
}
