/** Reading a page load out of a Chromium trace: its renderer, its content paint, its script and files. */
import { describe, expect, it } from 'vitest';
import { filesBeforePaint, findPageLoad, scriptBeforePaint, type TraceEvent, unionLength } from './trace';

const ORIGIN = 'chrome-extension://abc';
const URL = `${ORIGIN}/newtab.html`;
const PID = 7;
const MAIN = 1;
const ms = (value: number) => value * 1000;

const at = (name: string, time: number, data: Record<string, unknown> = {}, pid = PID, tid = MAIN): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'I',
  ts: ms(time),
  pid,
  tid,
  args: { data },
});
const span = (name: string, from: number, to: number, tid = MAIN): TraceEvent => ({
  ...at(name, from, {}, PID, tid),
  ph: 'X',
  dur: ms(to - from),
});
const request = (path: string, time: number, requestId: string) =>
  at('ResourceSendRequest', time, { url: `${ORIGIN}/${path}`, requestId });

/** A load: navigation at 100 ms; a blank frame painted at 150; the content frame painted at 200, presented at 230. */
const EVENTS: TraceEvent[] = [
  // The about:blank the tab started with, in another renderer.
  at('navigationStart', 10, { documentLoaderURL: '', navigationId: 'blank' }, 3),
  at('navigationStart', 100, { documentLoaderURL: URL, navigationId: 'nav' }),
  request('newtab.html', 100, 'nav'),
  request('chunks/newtab.js', 120, 'r1'),
  request('assets/newtab.css', 121, 'r2'),
  at('ResourceFinish', 140, { requestId: 'r1' }),
  at('ResourceSendRequest', 122, { url: 'https://example.com/x.js', requestId: 'r3' }),
  at('ResourceSendRequest', 123, { url: 'chrome-extension://other/y.js', requestId: 'r5' }),
  span('Paint', 150, 151),
  span('v8.compileModule', 140, 142),
  span('v8.evaluateModule', 160, 180),
  span('FunctionCall', 170, 175),
  span('RunMicrotasks', 190, 205),
  // The worker's thread, in the same process: not the page's main thread.
  span('v8.evaluateModule', 150, 190, 9),
  span('Paint', 200, 210),
  at('PaintTimingVisualizer::LayoutObjectPainted', 205),
  request('chunks/live.js', 220, 'r4'),
  span('TimerFire', 215, 218),
  at('firstContentfulPaint', 230, { navigationId: 'nav' }),
];

describe('page loads in a trace', () => {
  const load = findPageLoad(EVENTS, URL);

  it('finds the renderer and the paint of the first content', () => {
    expect(load).toMatchObject({ pid: PID, tid: MAIN, navigationStart: ms(100), contentPaint: ms(200) });
    expect(load?.firstContentfulPaint).toBe(ms(230));
    expect(findPageLoad(EVENTS, `${ORIGIN}/popup.html`)).toBeNull();
  });

  it('counts the main thread’s script before that paint once, however events nest', () => {
    // compile 2 + evaluate 20 (the call inside it counted once) + microtasks up to the paint 10.
    expect(load && scriptBeforePaint(load)).toBe(32);
  });

  it('lists the page’s own scripts and stylesheets requested before that paint', () => {
    expect(load && filesBeforePaint(load)).toEqual(['chunks/newtab.js', 'assets/newtab.css']);
  });

  it('measures a union of intervals', () => {
    expect(
      unionLength([
        [0, 10],
        [5, 15],
        [20, 25],
        [21, 22],
        [30, 30],
      ]),
    ).toBe(20);
  });
});
