/**
 * The bench's browser-wide CDP session (one per harness): Chromium traces of page loads, and the
 * browser's live renderer processes.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from '@/e2e/harness';
import type { TraceEvent } from './trace';

const sessions = new WeakMap<Harness, Promise<CDPSession>>();

export function browserSession(harness: Harness): Promise<CDPSession> {
  let session = sessions.get(harness);
  if (!session) {
    const browser = harness.context.browser();
    if (!browser) throw new Error('The bench needs the browser behind the harness’s context for its CDP session.');
    session = browser.newBrowserCDPSession();
    sessions.set(harness, session);
  }
  return session;
}

/** Runs `during` with tracing on (every process of the browser) and returns its result and the events. */
export async function traced<T>(
  session: CDPSession,
  categories: readonly string[],
  during: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  try {
    await session.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: [...categories], recordMode: 'recordAsMuchAsPossible' },
    });
    let result: T;
    try {
      result = await during();
    } finally {
      const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
      await session.send('Tracing.end');
      await complete;
    }
    return { result, events };
  } finally {
    session.off('Tracing.dataCollected', collect);
  }
}

/** The process ids of the browser's live renderers (on Linux and macOS, the operating system's pids). */
export async function liveRenderers(session: CDPSession): Promise<Set<number>> {
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  return new Set(processInfo.filter((p) => p.type === 'renderer').map((p) => p.id));
}

const PROBE_MARK = 'bench:renderer';

/**
 * The renderer process running `page`: CDP names no process for a page, but every trace event
 * carries the id of the process it came from, so a mark the page sets while tracing names it.
 */
export async function rendererOf(session: CDPSession, page: Page): Promise<number> {
  const { events } = await traced(session, ['blink.user_timing'], () =>
    page.evaluate((mark) => void performance.mark(mark), PROBE_MARK),
  );
  const mark = events.find((e) => e.name === PROBE_MARK);
  if (!mark) throw new Error(`No trace event named the renderer of ${page.url()}`);
  return mark.pid;
}
