/**
 * Where a page load's time goes before its first paint, from its trace (bench/trace.ts): the
 * milestones from the navigation's start, the main thread's time by kind of work, each file's
 * fetch and compile, and, when the trace has the V8 sampler's profile, script time by module.
 * Times in ms from the navigation's start. Pure: events (and the build's module record) in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partOf } from './bytes';
import { BUNDLER, type ChunkStretches, STRETCHES_DIR, type Stretch } from './module-sizes';
import {
  dataOf,
  endOf,
  originOf,
  type PageLoad,
  requestsOf,
  SCRIPT_EVENTS,
  type TraceEvent,
  unionLength,
} from './trace';

/** The V8 sampler's categories: added to a trace, they give script time by function. */
export const SAMPLER_CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'];

/**
 * Added to the bench's own categories for the breakdown: V8 context creation ('v8'), Blink's
 * synchronous calls to the browser ('mojom': localStorage, the extension's message catalog) and
 * the navigation's commit ('navigation').
 */
export const BREAKDOWN_CATEGORIES = ['v8', 'mojom', 'navigation'];

export const KINDS = [
  'script',
  'localStorage first read (synchronous call to the browser)',
  'message catalog for i18n and CSS (synchronous call to the browser)',
  'V8 context and extension API set-up',
  'document commit and loading',
  'HTML parsing',
  'style',
  'layout',
  'paint and compositing',
  'garbage collection',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

const STYLE = new Set(['UpdateLayoutTree', 'ParseAuthorStyleSheet', 'RecalculateStyles', 'Document::updateStyle']);
const PAINT = new Set(['Paint', 'PrePaint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage', 'Decode Image']);
const CONTEXT =
  /^(LocalWindowProxy|V8PerIsolateData|V8\.DeserializeContext|RenderFrameImpl::DidCreateScriptContext|ContextCreatedNotification|Dispatcher::)/;
const LOADING =
  /^(DocumentLoader|NavigationBodyLoader|FrameLoader|ResourceRequestSender|URLLoader|ThrottlingURLLoader|MojoURLLoaderClient|DecodedDataDocumentParser|RenderFrameImpl|AgentSchedulingGroup|CommitLoad|ResourceFetcher)/;

/** The kind an event's name says, or null for one that takes its parent's (a task, a V8 compile). */
function kindOf(name: string): Kind | null {
  if (name === 'StorageArea::GetAll') return 'localStorage first read (synchronous call to the browser)';
  if (name === 'RendererHost::GetMessageBundle')
    return 'message catalog for i18n and CSS (synchronous call to the browser)';
  if (SCRIPT_EVENTS.has(name) || name === 'EventDispatch') return 'script';
  if (/^(MinorGC|MajorGC|V8\.GC|BlinkGC)/.test(name)) return 'garbage collection';
  if (CONTEXT.test(name)) return 'V8 context and extension API set-up';
  if (name === 'ParseHTML' || name.startsWith('HTMLDocumentParser')) return 'HTML parsing';
  if (STYLE.has(name)) return 'style';
  if (name === 'Layout') return 'layout';
  if (PAINT.has(name)) return 'paint and compositing';
  if (LOADING.test(name)) return 'document commit and loading';
  return null;
}

const clip = (event: TraceEvent, from: number, to: number): number =>
  Math.max(0, Math.min(endOf(event), to) - Math.max(event.ts, from));

/** Wall and CPU ms. */
export interface Time {
  wall: number;
  cpu: number;
}

/**
 * The main thread's time in [from, to) by kind: each event's own time (its length less what runs
 * nested in it), of the kind its name says or else its parent's, so the kinds add up to the busy
 * time; `cpu` is the part of it the thread spent on a CPU (the rest it was blocked or waiting to be
 * scheduled). Idle: the rest of the window.
 */
export function mainThreadByKind(load: PageLoad, from: number, to: number): Record<Kind | 'idle', Time> {
  const spans = load.main
    .filter((e) => e.ph === 'X' && e.dur !== undefined && clip(e, from, to) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const own = new Map<TraceEvent, Time>();
  const kinds = new Map<TraceEvent, Kind>();
  const stack: TraceEvent[] = [];
  for (const span of spans) {
    while (stack.length > 0 && endOf(stack.at(-1) as TraceEvent) <= span.ts) stack.pop();
    const parent = stack.at(-1);
    const wall = clip(span, from, to);
    const cpu = ((span.tdur ?? 0) * wall) / (span.dur || 1);
    own.set(span, { wall, cpu });
    kinds.set(span, kindOf(span.name) ?? (parent && kinds.get(parent)) ?? 'other');
    const outer = parent && own.get(parent);
    if (outer) {
      outer.wall = Math.max(0, outer.wall - wall);
      outer.cpu = Math.max(0, outer.cpu - cpu);
    }
    stack.push(span);
  }
  const byKind = Object.fromEntries([...KINDS, 'idle'].map((k) => [k, { wall: 0, cpu: 0 }])) as Record<
    Kind | 'idle',
    Time
  >;
  for (const [span, time] of own) {
    const total = byKind[kinds.get(span) ?? 'other'];
    total.wall += time.wall / 1000;
    total.cpu += time.cpu / 1000;
  }
  const busy = unionLength(spans.map((e) => [Math.max(e.ts, from), Math.min(endOf(e), to)] as const));
  byKind.idle = { wall: (to - from - busy) / 1000, cpu: 0 };
  return byKind;
}

/** Milestones of the load, ms from its navigation's start; null when the load has none. */
export function milestones(load: PageLoad): Record<string, number | null> {
  const after = (ts: number | undefined) => (ts === undefined ? null : (ts - load.navigationStart) / 1000);
  const from = load.navigationStart;
  const beforePaint = (e: TraceEvent) => e.ts >= from && e.ts < load.contentPaint;
  const requests = requestsOf(load).filter((r) => r.sent < load.contentPaint && /\.(js|css)$/.test(r.file));
  const lastOf = (name: string) => load.main.filter((e) => e.name === name && beforePaint(e)).at(-1);
  return {
    'first task in the renderer': after(load.main.find((e) => e.ph === 'X' && e.ts >= from)?.ts),
    'navigation committed': after(load.process.find((e) => e.name === 'commitNavigationEnd' && e.ts >= from)?.ts),
    'HTML received': after(
      load.process.find((e) => e.name === 'ResourceReceivedData' && dataOf(e).requestId === load.navigationId)?.ts,
    ),
    'first file requested': after(requests[0]?.sent),
    'last file before paint received': after(
      requests.length === 0 ? undefined : Math.max(...requests.map((r) => r.finished ?? load.contentPaint)),
    ),
    'HTML parsed': after(((e) => e && endOf(e))(lastOf('ParseHTML'))),
    'scripts evaluated': after(((e) => e && endOf(e))(lastOf('v8.evaluateModule'))),
    'first paint (background)': after(load.main.find((e) => e.name === 'firstPaint' && e.ts >= from)?.ts),
    'content painted (main thread)': after(load.contentPaint),
    'first contentful paint (presented)': after(load.firstContentfulPaint),
  };
}

export interface FileTiming {
  file: string;
  sent: number;
  received: number | null;
  /** Compile on the main thread (streamed compiles happen off it). */
  compile: number;
}

/** The page's own files requested before its content paint, each with its fetch and compile times. */
export function fileTimings(load: PageLoad): FileTiming[] {
  const since = (ts: number) => (ts - load.navigationStart) / 1000;
  return requestsOf(load)
    .filter((r) => r.sent < load.contentPaint)
    .map((r) => {
      const compiles = load.main.filter(
        (e) =>
          (e.name === 'v8.compileModule' || e.name === 'v8.compile') &&
          typeof dataOf(e).url === 'string' &&
          (dataOf(e).url as string).endsWith(`/${r.file}`),
      );
      return {
        file: r.file,
        sent: since(r.sent),
        received: r.finished === null ? null : since(r.finished),
        compile: compiles.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
      };
    });
}

/** As the sampler writes it: fields it has nothing for are left out. */
interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface ProfileChunk {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** Where code of the build comes from: a built file and position → the module the bundler took it from. */
export interface Modules {
  moduleAt(file: string, line: number, column: number): string | null;
}

/** Reads the stretches bench/module-sizes.ts recorded for the build in `build`. */
export function modulesOfBuild(build: string, record: string): Modules {
  const dir = join(record, STRETCHES_DIR);
  const stretches: ChunkStretches = {};
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) Object.assign(stretches, JSON.parse(readFileSync(join(dir, name), 'utf8')));
  }
  const lineStarts = new Map<string, number[]>();
  const startsOf = (file: string): number[] => {
    let starts = lineStarts.get(file);
    if (!starts) {
      const text = readFileSync(join(build, file), 'utf8');
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      lineStarts.set(file, starts);
    }
    return starts;
  };
  return {
    moduleAt(file, line, column) {
      const list: Stretch[] | undefined = stretches[file];
      const lineStart = list && startsOf(file)[line];
      if (!list || lineStart === undefined) return null;
      const offset = lineStart + column;
      let low = 0;
      let high = list.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const stretch = list[middle] as Stretch;
        if (offset < stretch.start) high = middle - 1;
        else if (offset >= stretch.end) low = middle + 1;
        else return stretch.module;
      }
      return null;
    },
  };
}

/** What a sample's time is put down to: a module, a chunk's top-level code, or the browser's own JS. */
export interface ScriptShare {
  label: string;
  /** The built file the code is in; null for the browser's own. */
  file: string | null;
  /** The part of the bundle (bench/bytes.ts), or what else it is. */
  part: string;
  ms: number;
}

/**
 * Script time in [from, to) on the page's main thread by module, from the sampler's profile. A
 * sample counts for the innermost function of the page's own files on its stack (so a browser API
 * or built-in counts for the module that called it); a chunk's top-level code, where every module
 * of the chunk runs its statements, counts as that chunk's. Samples outside JavaScript (the
 * browser's own work, idle) are not script and are left out.
 */
export function scriptByModule(
  events: readonly TraceEvent[],
  load: PageLoad,
  modules: Modules,
  from: number,
  to: number,
): ScriptShare[] {
  const origin = originOf(load.url);
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === load.pid && e.tid === load.tid);
  const shares = new Map<string, ScriptShare>();
  const add = (label: string, part: string, ms: number, file: string | null = null) => {
    const share = shares.get(label) ?? { label, file, part, ms: 0 };
    share.ms += ms;
    shares.set(label, share);
  };
  for (const profile of profiles) {
    const nodes = new Map<number, ProfileNode>();
    let time = Number(dataOf(profile).startTime);
    const samples: { time: number; node: number }[] = [];
    for (const chunk of events.filter(
      (e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id,
    )) {
      const data = dataOf(chunk) as ProfileChunk;
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      (data.cpuProfile?.samples ?? []).forEach((node, i) => {
        time += data.timeDeltas?.[i] ?? 0;
        samples.push({ time, node });
      });
    }
    samples.forEach(({ time: at, node }, i) => {
      const next = samples[i + 1]?.time;
      if (next === undefined || at < from || at >= to) return;
      const ms = (Math.min(next, to) - at) / 1000;
      let frame = nodes.get(node);
      const leaf = frame?.callFrame;
      while (frame && !frame.callFrame.url?.startsWith(origin))
        frame = frame.parent ? nodes.get(frame.parent) : undefined;
      if (!frame) {
        if (leaf?.functionName === '(garbage collector)') add('(garbage collector)', 'garbage collection', ms);
        else if (leaf?.url) add(`${leaf.url.split('/').pop() || leaf.url}`, 'the browser’s own JavaScript', ms);
        return;
      }
      const { url = '', lineNumber = 0, columnNumber = 0, functionName = '' } = frame.callFrame;
      const file = new URL(url).pathname.slice(1);
      if (functionName === '' && lineNumber === 0 && columnNumber === 0) {
        add(`top-level code of ${file}`, 'top-level code', ms, file);
        return;
      }
      const module = modules.moduleAt(file, lineNumber, columnNumber) ?? BUNDLER;
      add(`${module} (${file})`, partOf(module), ms, file);
    });
  }
  return [...shares.values()].sort((a, b) => b.ms - a.ms);
}
