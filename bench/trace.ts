/**
 * Reading a Chromium trace (CDP Tracing, devtools.timeline categories) of one extension page load:
 * which renderer process and thread ran the page, when its navigation started, when the main
 * thread painted the first frame with content, how much of the main thread's time before that
 * paint was script, and which files the page requested before it. Pure: events in, figures out.
 */

/** One trace event as Chromium reports it (times in µs on the trace clock). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  /** Complete events ('X'): how long, and how much of it the thread was on a CPU. */
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

/** What the bench's traced loads record: enough for script time, files and the paint. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  // EvaluateScript (classic scripts), the requests' details.
  'disabled-by-default-devtools.timeline',
  // RunMicrotasks.
  'v8.execute',
  // navigationStart, marks.
  'blink.user_timing',
  // firstContentfulPaint, and the text and images each Paint records (PaintTimingVisualizer).
  'loading',
];

/**
 * Main-thread events that run JavaScript, as DevTools counts "Scripting": compile, evaluate,
 * callbacks, timers, microtasks, code caching. Nested ones overlap; their union is what counts.
 */
export const SCRIPT_EVENTS: ReadonlySet<string> = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
]);

/** Where one page load happened in a trace; times in µs on the trace clock. */
export interface PageLoad {
  url: string;
  /** The navigation's id: also the request id of the page's HTML. */
  navigationId: string;
  /** The renderer process, and its main thread. */
  pid: number;
  tid: number;
  navigationStart: number;
  /**
   * When the main thread started painting the first frame with text or an image: work after it
   * cannot have delayed the first contentful paint.
   */
  contentPaint: number;
  /** The first contentful paint as presented (the page's own `first-contentful-paint`). */
  firstContentfulPaint: number;
  /** The main thread's events, in time order. */
  main: TraceEvent[];
  /** Every event of the renderer process, in time order. */
  process: TraceEvent[];
}

export const dataOf = (event: TraceEvent): Record<string, unknown> => event.args?.data ?? {};
export const endOf = (event: TraceEvent): number => event.ts + (event.dur ?? 0);

/** The load of `url` that reached a first contentful paint, or null when the trace has none. */
export function findPageLoad(events: readonly TraceEvent[], url: string): PageLoad | null {
  const starts = events.filter((e) => e.name === 'navigationStart' && dataOf(e).documentLoaderURL === url);
  for (const start of starts) {
    const navigation = dataOf(start).navigationId;
    const fcp = events.find(
      (e) => e.name === 'firstContentfulPaint' && e.pid === start.pid && dataOf(e).navigationId === navigation,
    );
    if (!fcp) continue;
    const byTime = (a: TraceEvent, b: TraceEvent) => a.ts - b.ts;
    const process = events.filter((e) => e.pid === start.pid && e.ph !== 'M').sort(byTime);
    const main = process.filter((e) => e.tid === start.tid);
    return {
      url,
      navigationId: String(navigation),
      pid: start.pid,
      tid: start.tid,
      navigationStart: start.ts,
      contentPaint: contentPaintOf(main, start.ts, fcp.ts),
      firstContentfulPaint: fcp.ts,
      main,
      process,
    };
  }
  return null;
}

/**
 * The start of the Paint that recorded the first text or image (PaintTimingVisualizer events are
 * emitted while painting content); failing that, the last Paint before the first contentful paint.
 */
function contentPaintOf(main: readonly TraceEvent[], from: number, fcp: number): number {
  const painted = main.find((e) => e.name === 'PaintTimingVisualizer::LayoutObjectPainted' && e.ts >= from);
  const paints = main.filter((e) => e.name === 'Paint' && e.ts >= from && e.ts <= fcp);
  if (painted) return paints.find((p) => p.ts <= painted.ts && painted.ts <= endOf(p))?.ts ?? painted.ts;
  return paints.at(-1)?.ts ?? fcp;
}

/** Total length of the union of intervals, in the intervals' unit. */
export function unionLength(intervals: readonly (readonly [number, number])[]): number {
  const sorted = intervals.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [start, end] of sorted) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** The main thread's events whose names are in `names`, clipped to [from, to): their union in ms. */
export function busyMs(load: PageLoad, names: ReadonlySet<string>, from: number, to: number): number {
  const intervals = load.main
    .filter((e) => e.ph === 'X' && names.has(e.name))
    .map((e) => [Math.max(e.ts, from), Math.min(endOf(e), to)] as const);
  return unionLength(intervals) / 1000;
}

/** Main-thread script time from the navigation's start to the paint of the first content, in ms. */
export const scriptBeforePaint = (load: PageLoad): number =>
  busyMs(load, SCRIPT_EVENTS, load.navigationStart, load.contentPaint);

/** A file the page requested, as a path from the extension's root, and when (µs, trace clock). */
export interface Request {
  file: string;
  sent: number;
  /** When the response was complete, or null when the trace ends first. */
  finished: number | null;
}

/** `chrome-extension://id`: URL's `origin` is "null" for schemes it does not know. */
export const originOf = (url: string): string => {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
};

/** Every file of the page's own extension the renderer requested after its navigation started. */
export function requestsOf(load: PageLoad): Request[] {
  const origin = originOf(load.url);
  const finished = new Map<unknown, number>();
  for (const e of load.process) {
    if (e.name === 'ResourceFinish') finished.set(dataOf(e).requestId, e.ts);
  }
  const requests: Request[] = [];
  for (const e of load.process) {
    const { url, requestId } = dataOf(e);
    if (e.name !== 'ResourceSendRequest' || e.ts < load.navigationStart || typeof url !== 'string') continue;
    const address = new URL(url);
    if (originOf(url) !== origin || address.href === load.url) continue;
    const file = address.pathname.slice(1);
    if (requests.some((r) => r.file === file)) continue;
    requests.push({ file, sent: e.ts, finished: finished.get(requestId) ?? null });
  }
  return requests;
}

/** The scripts and stylesheets requested before the first content was painted, in request order. */
export const filesBeforePaint = (load: PageLoad): string[] =>
  requestsOf(load)
    .filter((r) => r.sent < load.contentPaint && /\.(js|css)$/.test(r.file))
    .map((r) => r.file);
