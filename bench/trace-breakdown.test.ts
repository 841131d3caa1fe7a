/** The cold-load breakdown: main-thread time by kind, and sampled script time by module. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STRETCHES_DIR } from './module-sizes';
import { findPageLoad, type TraceEvent } from './trace';
import { type Modules, mainThreadByKind, modulesOfBuild, scriptByModule } from './trace-breakdown';

const URL = 'chrome-extension://abc/popup.html';
const PID = 5;
const MAIN = 1;
const ms = (value: number) => value * 1000;

const span = (name: string, from: number, to: number, cpu = to - from): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts: ms(from),
  dur: ms(to - from),
  tdur: ms(cpu),
  pid: PID,
  tid: MAIN,
});
const mark = (name: string, time: number, data: Record<string, unknown>): TraceEvent => ({
  name,
  cat: 'loading',
  ph: 'R',
  ts: ms(time),
  pid: PID,
  tid: MAIN,
  args: { data },
});

/** Navigation at 0, content painted at 100. */
const LOAD_EVENTS: TraceEvent[] = [
  mark('navigationStart', 0, { documentLoaderURL: URL, navigationId: 'n' }),
  span('RunTask', 10, 40, 20),
  span('v8.evaluateModule', 10, 30, 12),
  // A synchronous call inside the script: its own kind, not script.
  span('StorageArea::GetAll', 20, 28, 1),
  // Named for nothing in particular: takes its parent's kind.
  span('V8.CompileCode', 29, 30),
  span('RunTask', 50, 60),
  span('UpdateLayoutTree', 50, 52),
  span('Layout', 52, 56),
  span('Paint', 100, 104),
  mark('PaintTimingVisualizer::LayoutObjectPainted', 101, {}),
  mark('firstContentfulPaint', 120, { navigationId: 'n' }),
];

describe('main thread by kind', () => {
  const load = findPageLoad(LOAD_EVENTS, URL);
  if (!load) throw new Error('no load');
  const kinds = mainThreadByKind(load, load.navigationStart, load.contentPaint);

  it('gives each event its own time, of its own kind or its parent’s, wall and on a CPU', () => {
    expect(kinds.script).toEqual({ wall: 12, cpu: 11 });
    expect(kinds['localStorage first read (synchronous call to the browser)']).toEqual({ wall: 8, cpu: 1 });
    expect(kinds.style.wall).toBe(2);
    expect(kinds.layout.wall).toBe(4);
    // The tasks' own time outside what runs in them.
    expect(kinds.other.wall).toBe(10 + 4);
  });

  it('counts the rest of the window as idle', () => {
    expect(kinds.idle.wall).toBe(100 - 30 - 10);
  });
});

describe('script by module, from the sampler', () => {
  const file = 'chunks/popup.js';
  const frame = (id: number, functionName: string, column: number, parent?: number) => ({
    id,
    parent,
    callFrame: { functionName, url: `chrome-extension://abc/${file}`, lineNumber: 0, columnNumber: column },
  });
  const native = { id: 4, parent: 3, callFrame: { functionName: 'getItem' } };
  const profile: TraceEvent = { ...mark('Profile', 0, { startTime: ms(5) }), ph: 'P', id: '0x1' };
  const chunk: TraceEvent = {
    ...mark('ProfileChunk', 0, {
      cpuProfile: {
        nodes: [frame(1, '', 0), frame(2, 'render', 10, 1), frame(3, 'read', 50, 2), native],
        // At 10, 20, 30, 40, 150 ms: the top level, render, the native call read makes, render, past the paint.
        samples: [1, 2, 4, 2, 2, 1],
      },
      timeDeltas: [ms(5), ms(10), ms(10), ms(10), ms(110), ms(1)],
    }),
    ph: 'P',
    id: '0x1',
  };
  const modules: Modules = { moduleAt: (_file, _line, column) => (column < 40 ? 'preact' : 'utils/units.ts') };

  it('puts each sample down to the innermost function of the page’s own code, a top level to its chunk', () => {
    const load = findPageLoad([...LOAD_EVENTS, profile, chunk], URL);
    if (!load) throw new Error('no load');
    const shares = scriptByModule([...LOAD_EVENTS, profile, chunk], load, modules, 0, ms(100));
    expect(shares.map(({ label, ms: time }) => [label, time])).toEqual([
      [`preact (${file})`, 10 + 60],
      [`top-level code of ${file}`, 10],
      [`utils/units.ts (${file})`, 10],
    ]);
  });
});

describe('modules of a build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glow-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the module at a line and column of a built file', () => {
    mkdirSync(join(dir, 'build', 'chunks'), { recursive: true });
    mkdirSync(join(dir, 'record', STRETCHES_DIR), { recursive: true });
    writeFileSync(join(dir, 'build', 'chunks', 'a.js'), 'import"x";\nAAAABBBB');
    const stretches = [
      { module: '(bundler output)', start: 0, end: 11 },
      { module: 'a', start: 11, end: 15 },
      { module: 'b', start: 15, end: 19 },
    ];
    writeFileSync(join(dir, 'record', STRETCHES_DIR, 'a.json'), JSON.stringify({ 'chunks/a.js': stretches }));
    const modules = modulesOfBuild(join(dir, 'build'), join(dir, 'record'));
    expect(modules.moduleAt('chunks/a.js', 1, 2)).toBe('a');
    expect(modules.moduleAt('chunks/a.js', 1, 5)).toBe('b');
    expect(modules.moduleAt('chunks/b.js', 0, 0)).toBeNull();
  });
});
