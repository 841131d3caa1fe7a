/**
 * A breathing break kept by the worker: it outlives the popup that started it, is logged once
 * when its time is up (by the page or the worker's alarm, whichever says so first), and never
 * when stopped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { MINUTE } from '@/utils/time/clock';
import { everyDay, intervalSchedule, onlyKinds } from '../factories';
import { alarms, at, bootWorker, fire, history, useClock, withSettings } from './boot';

afterEach(() => {
  vi.useRealTimers();
});

const breaks = async () => (await history()).filter((e) => e.type === 'breathing');
const stress = () => onlyKinds({ stress: intervalSchedule(90, everyDay({ start: '09:00', end: '18:00' })) });

async function started() {
  useClock(at('10:00'));
  await withSettings(stress());
  const worker = bootWorker();
  const handlers = createHandlers(worker);
  const run = await handlers.startBreathing({ pattern: 'coherent', minutes: 1 });
  return { worker, handlers, run };
}

describe('a breathing break under way', () => {
  it('is kept by the worker: in the snapshot, with an alarm at its end', async () => {
    const { handlers, run } = await started();
    expect(run).toMatchObject({ pattern: 'coherent', minutes: 1, startedAt: at('10:00'), endsAt: at('10:01') });
    expect((await alarms())['glow:breathing']).toBe(at('10:01'));
    expect((await handlers.getSnapshot(undefined)).breathing).toEqual(run);
  });

  it('finished by the page: logged once however often it says so; the alarm after it adds nothing', async () => {
    const { worker, handlers, run } = await started();
    vi.setSystemTime(at('10:01'));
    expect(await handlers.finishBreathing({ id: run.id })).toEqual({ logged: true });
    expect(await handlers.finishBreathing({ id: run.id })).toEqual({ logged: true });
    expect(await breaks()).toEqual([expect.objectContaining({ pattern: 'coherent', seconds: 60 })]);
    expect((await alarms())['glow:breathing']).toBeUndefined();
    await worker.onAlarm({ name: 'glow:breathing', scheduledTime: at('10:01') });
    expect(await breaks()).toHaveLength(1);
    // Doing the thing restarts its countdown: the next break reminder 90 minutes after it.
    expect((await alarms())['glow:due:stress']).toBe(at('10:01') + 90 * MINUTE);
  });

  it('finished while no page was open: its alarm logs it once, and the page coming back later is told so', async () => {
    const { worker, handlers, run } = await started();
    await fire(worker, 'glow:breathing');
    expect(await breaks()).toHaveLength(1);
    expect((await handlers.getSnapshot(undefined)).breathing).toBeNull();
    expect(await handlers.finishBreathing({ id: run.id })).toEqual({ logged: true });
    expect(await breaks()).toHaveLength(1);
  });

  it('stopped: never logged, by the page or the alarm', async () => {
    const { worker, handlers, run } = await started();
    vi.setSystemTime(at('10:00') + 20_000);
    expect(await handlers.stopBreathing({ id: run.id })).toEqual({ stopped: true });
    expect((await alarms())['glow:breathing']).toBeUndefined();
    await worker.onAlarm({ name: 'glow:breathing', scheduledTime: at('10:01') });
    expect(await handlers.finishBreathing({ id: run.id })).toEqual({ logged: false });
    expect(await breaks()).toEqual([]);
  });

  it('a new break replaces one under way; only the new one can be finished', async () => {
    const { handlers, run } = await started();
    vi.setSystemTime(at('10:00') + 10_000);
    const again = await handlers.startBreathing({ pattern: 'box', minutes: 2 });
    expect(await handlers.finishBreathing({ id: run.id })).toEqual({ logged: false });
    expect(await handlers.finishBreathing({ id: again.id })).toEqual({ logged: true });
    expect((await breaks()).map((e) => e.type === 'breathing' && e.pattern)).toEqual(['box']);
    expect(await fakeBrowser.alarms.get('glow:breathing')).toBeUndefined();
  });
});
