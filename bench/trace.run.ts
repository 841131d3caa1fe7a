/**
 * `npm run bench:trace`: where a cold load's time goes before the first paint. Builds as the bench
 * does, opens the new tab and the popup once (their first-paint copies written, their code cached,
 * as for anyone who has opened them before), then loads the blank page, the new tab and the popup
 * cold (bench/cold-protocol.ts), each TRACE_LOADS times (5 unless told) in a Chromium trace, and
 * prints medians: milestones, the main thread's time by kind, each file's fetch and compile, the
 * browser APIs called before the paint, and, from as many loads again with V8's sampler on (which
 * slows script down, so those loads give only the split), script time by module. Each page's last
 * trace is kept in .output-bench/traces/ for DevTools' Performance panel. Nothing is downloaded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { DATA_SHOWN_MARK } from '@/components/kit/marks';
import { type Harness, launch } from '@/e2e/harness';
import { type ApiCall, apiCallsOf, watchApiCalls } from './api-calls';
import { browserSession, traced } from './browser-session';
import { BENCH_BUILD, BLANK_PAGE, buildForBench, ROOT } from './build';
import { coldProtocol } from './cold-protocol';
import { median } from './figures';
import { builtGzip, POPUP, type Viewport, WIDE } from './page-load';
import type { Protocol } from './page-rounds';
import { findPageLoad, scriptBeforePaint, TRACE_CATEGORIES } from './trace';
import {
  BREAKDOWN_CATEGORIES,
  type FileTiming,
  fileTimings,
  KINDS,
  type Modules,
  mainThreadByKind,
  milestones,
  modulesOfBuild,
  SAMPLER_CATEGORIES,
  type ScriptShare,
  scriptByModule,
  type Time,
} from './trace-breakdown';

interface Target {
  name: string;
  page: string;
  viewport: Viewport;
  /** Whether the page marks its data shown (the blank page has no script). */
  data: boolean;
}

const TARGETS: Target[] = [
  { name: 'Blank', page: BLANK_PAGE, viewport: WIDE, data: false },
  { name: 'New tab', page: 'newtab.html', viewport: WIDE, data: true },
  { name: 'Popup', page: 'popup.html', viewport: POPUP, data: true },
];

const TRACES = join(ROOT, '.output-bench', 'traces');
/** After the data is shown, so what follows the paint is in the trace too. */
const SETTLE_MS = 300;
const TIMEOUT_MS = 5000;

/** One load, read. Times in ms from the navigation's start. */
interface Reading {
  milestones: Record<string, number | null>;
  kinds: Record<string, Time>;
  script: number;
  paint: number;
  files: FileTiming[];
  calls: ApiCall[];
  shares: ScriptShare[];
}

function loadCount(): number {
  const text = process.env.TRACE_LOADS;
  const value = text ? Number(text) : 5;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`TRACE_LOADS must be a whole number of at least 1, not "${text}"`);
  return value;
}

/** Navigates, then waits for the first contentful paint and the data shown, and a little more. */
async function openAndSettle(page: Page, url: string, data: boolean): Promise<void> {
  await page.goto(url);
  await page.evaluate(
    ([mark, timeout, settle]) =>
      new Promise<void>((done) => {
        const names = ['first-contentful-paint', ...(mark ? [mark] : [])];
        const timer = setTimeout(done, timeout);
        const check = () => {
          const seen = names.filter((name) => performance.getEntriesByName(name).length > 0);
          if (seen.length < names.length) return;
          observer.disconnect();
          clearTimeout(timer);
          setTimeout(done, settle);
        };
        const observer = new PerformanceObserver(check);
        observer.observe({ entryTypes: ['paint', 'mark'] });
        check();
      }),
    [data ? DATA_SHOWN_MARK : null, TIMEOUT_MS, SETTLE_MS] as const,
  );
}

async function tracedLoad(
  harness: Harness,
  cold: Protocol,
  target: Target,
  sampled: boolean,
  modules: Modules,
): Promise<{ reading: Reading; trace: string } | null> {
  await cold.beforeLoad();
  const url = `chrome-extension://${harness.extensionId}/${target.page}`;
  const page = await harness.context.newPage();
  try {
    await page.setViewportSize(target.viewport);
    await watchApiCalls(page);
    const categories = [...TRACE_CATEGORIES, ...(sampled ? SAMPLER_CATEGORIES : BREAKDOWN_CATEGORIES)];
    const { events } = await traced(await browserSession(harness), categories, () =>
      openAndSettle(page, url, target.data),
    );
    const load = findPageLoad(events, url);
    await cold.afterLoad(page, load?.pid);
    if (!load) return null;
    const { navigationStart: from, contentPaint: to } = load;
    return {
      trace: JSON.stringify({ traceEvents: events }),
      reading: {
        milestones: milestones(load),
        kinds: mainThreadByKind(load, from, to),
        script: scriptBeforePaint(load),
        paint: (to - from) / 1000,
        files: fileTimings(load),
        calls: await apiCallsOf(page),
        shares: sampled ? scriptByModule(events, load, modules, from, to) : [],
      },
    };
  } finally {
    await page.close();
  }
}

const ms = (value: number | null | undefined) => (value === null || value === undefined ? '–' : value.toFixed(1));
const mid = (values: (number | null | undefined)[]) => median(values.filter((v): v is number => typeof v === 'number'));

function table(head: string[], rows: string[][]): string[] {
  const all = [head, ...rows];
  const widths = head.map((_, col) => Math.max(...all.map((row) => row[col]?.length ?? 0)));
  const line = (row: string[]) => `| ${row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}

type Readings = Record<string, Reading[]>;

/** Milestones and the main thread's time by kind, one column per page. */
function pageTables(plain: Readings): string[] {
  const names = Object.keys(plain);
  const column = (pick: (r: Reading) => number | null | undefined) =>
    names.map((name) => ms(mid((plain[name] ?? []).map(pick))));
  const keys = Object.keys(plain[names[0] ?? '']?.[0]?.milestones ?? {});
  return [
    'Milestones (ms from the navigation’s start):',
    ...table(
      ['', ...names],
      keys.map((key) => [key, ...column((r) => r.milestones[key])]),
    ),
    '',
    'Main thread from the navigation’s start to the content paint, by kind: each event’s own time, wall / on a CPU (ms):',
    ...table(
      ['', ...names],
      [
        ...[...KINDS, 'idle'].map((kind) => [
          kind,
          ...names.map((name) => {
            const readings = plain[name] ?? [];
            const wall = mid(readings.map((r) => r.kinds[kind]?.wall));
            const cpu = mid(readings.map((r) => r.kinds[kind]?.cpu));
            return kind === 'idle' ? ms(wall) : `${ms(wall)} / ${ms(cpu)}`;
          }),
        ]),
        ['all (to the content paint)', ...column((r) => r.paint)],
        ['script, as the bench counts it (wall)', ...column((r) => r.script)],
      ],
    ),
  ];
}

function fileTable(name: string, plain: Reading[], sampled: Reading[]): string[] {
  const files = [...new Set(plain.flatMap((r) => r.files.map((f) => f.file)))];
  const of = (file: string, pick: (f: FileTiming) => number | null) =>
    mid(plain.map((r) => r.files.find((f) => f.file === file)).map((f) => (f ? pick(f) : null)));
  const evaluate = (file: string) =>
    mid(sampled.map((r) => r.shares.filter((s) => s.file === file).reduce((sum, s) => sum + s.ms, 0)));
  return [
    `${name}: files requested before the content paint (ms from the navigation’s start):`,
    ...table(
      ['file', 'gzip kB', 'requested', 'received', 'compile (main thread)', 'script in it (sampled)'],
      files.map((file) => [
        file,
        /\.(js|css)$/.test(file) ? (builtGzip(file) / 1000).toFixed(1) : '',
        ms(of(file, (f) => f.sent)),
        ms(of(file, (f) => f.received)),
        file.endsWith('.js') ? ms(of(file, (f) => f.compile)) : '',
        file.endsWith('.js') ? ms(evaluate(file)) : '',
      ]),
    ),
  ];
}

function callTable(name: string, plain: Reading[]): string[] {
  const perLoad = plain.map((r) => {
    const apis = new Map<string, ApiCall[]>();
    for (const call of r.calls.filter((c) => c.start < r.paint))
      apis.set(call.api, [...(apis.get(call.api) ?? []), call]);
    return { apis, paint: r.paint };
  });
  const apis = [...new Set(perLoad.flatMap((l) => [...l.apis.keys()]))];
  if (apis.length === 0) return [`${name}: no browser API called before the content paint.`];
  const rows = apis.map((api) => {
    const calls = perLoad.map((l) => ({ list: l.apis.get(api) ?? [], paint: l.paint }));
    const async = calls.some(({ list }) => list.some((c) => c.async));
    const lastAnswer = ({ list }: { list: ApiCall[] }) =>
      list.some((c) => c.end === null) ? null : Math.max(...list.map((c) => c.end ?? 0));
    return [
      api,
      ms(mid(calls.map(({ list }) => list.length))),
      ms(mid(calls.map(({ list }) => list[0]?.start))),
      async ? ms(mid(calls.map(lastAnswer))) : 'at once',
      async
        ? `${calls.filter((c) => (lastAnswer(c) ?? Number.POSITIVE_INFINITY) < c.paint).length} of ${calls.length}`
        : '',
      async ? '' : ms(mid(calls.map(({ list }) => list.reduce((sum, c) => sum + ((c.end ?? c.start) - c.start), 0)))),
    ];
  });
  return [
    `${name}: browser APIs called before the content paint (ms from the navigation’s start; the paint at ${ms(mid(plain.map((r) => r.paint)))}):`,
    ...table(['API', 'calls', 'first call', 'last answered', 'answered before the paint', 'time in the calls'], rows),
  ];
}

function shareTable(name: string, plain: Reading[], sampled: Reading[]): string[] {
  const labels = [...new Set(sampled.flatMap((r) => r.shares.map((s) => s.label)))];
  const rows = labels
    .map((label) => {
      const values = sampled.map((r) => r.shares.find((s) => s.label === label)?.ms ?? 0);
      const part = sampled.flatMap((r) => r.shares).find((s) => s.label === label)?.part ?? '';
      return { label, part, ms: mid(values) ?? 0 };
    })
    .filter((row) => row.ms >= 0.05)
    .sort((a, b) => b.ms - a.ms);
  const slower = (mid(sampled.map((r) => r.script)) ?? 0) / (mid(plain.map((r) => r.script)) || 1);
  return [
    `${name}: script before the content paint by module, V8 sampler on (script ran ${slower.toFixed(2)}× as long as without it; a chunk's top-level code is where all its modules' statements run):`,
    ...table(
      ['where', 'part', 'ms'],
      rows.map((row) => [row.label, row.part, ms(row.ms)]),
    ),
  ];
}

it('bench:trace', async () => {
  const loads = loadCount();
  const started = Date.now();
  const progress = (step: string) => console.log(`[trace ${Math.round((Date.now() - started) / 1000)} s] ${step}`);
  progress('build');
  const { modules: record } = buildForBench();
  const modules = modulesOfBuild(BENCH_BUILD, record);
  const harness = await launch({ build: BENCH_BUILD });
  try {
    for (const target of TARGETS) {
      const page = await harness.context.newPage();
      await page.setViewportSize(target.viewport);
      await openAndSettle(page, `chrome-extension://${harness.extensionId}/${target.page}`, target.data);
      await page.close();
    }
    const cold = await coldProtocol(harness);
    const plain: Readings = {};
    const sampled: Readings = {};
    mkdirSync(TRACES, { recursive: true });
    for (let round = 0; round < loads; round++) {
      progress(`cold loads, round ${round + 1} of ${loads}`);
      for (const target of TARGETS) {
        for (const withSampler of target.data ? [false, true] : [false]) {
          const result = await tracedLoad(harness, cold, target, withSampler, modules);
          if (!result) throw new Error(`No first contentful paint in the trace of ${target.name}`);
          const into = withSampler ? sampled : plain;
          into[target.name] = [...(into[target.name] ?? []), result.reading];
          const name = `${target.page.replace('.html', '')}${withSampler ? '-sampled' : ''}.json`;
          if (round === loads - 1) writeFileSync(join(TRACES, name), result.trace);
        }
      }
    }
    const version = harness.context.browser()?.version() ?? 'unknown';
    const pages = TARGETS.filter((t) => t.data).map((t) => t.name);
    console.log(
      [
        '',
        `Cold loads (bench/cold-protocol.ts), medians of ${loads} traced loads per page; Chromium ${version} headless.`,
        'The content paint is when the main thread painted the first frame with text; the first contentful paint is when that frame was presented.',
        '',
        ...pageTables(plain),
        ...pages.flatMap((name) => [
          '',
          ...fileTable(name, plain[name] ?? [], sampled[name] ?? []),
          '',
          ...callTable(name, plain[name] ?? []),
          '',
          ...shareTable(name, plain[name] ?? [], sampled[name] ?? []),
        ]),
        '',
        `Traces of the last round: ${TRACES}`,
        ...harness.errors.map((error) => `Console error: ${error}`),
        '',
      ].join('\n'),
    );
  } finally {
    await harness.close();
  }
});
