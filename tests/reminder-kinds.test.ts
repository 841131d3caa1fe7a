/**
 * A reminder kind is one entry in utils/reminder-kinds.ts. This file adds a fifth, test-only kind
 * there and nowhere else, and follows it through the settings, the planner, the worker's alarms,
 * its notification and the pages' snapshot.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { KINDS, type KindDescriptor, REMINDER_KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { freshPlan, nextPrompts } from '@/utils/schedule/planner';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { validateSettings } from '@/utils/settings/schema';
import { alarms, at, bootWorker, fire, outcomes, shownNotifications, useClock, withSettings } from './worker/boot';

vi.mock('@/utils/reminder-kinds', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/reminder-kinds')>();
  const { range, weekOf } = await import('@/utils/schedule/week');
  const posture: KindDescriptor = {
    letter: 'p',
    name: 'kindPosture' as KindDescriptor['name'],
    title: 'titlePosture' as KindDescriptor['name'],
    action: 'btnStoodUp' as KindDescriptor['name'],
    enable: 'optionsEnablePosture' as KindDescriptor['name'],
    wordings: [{ text: 'wordPosture1' as KindDescriptor['name'] }],
    answer: { opens: 'breathe' },
    defaults: {
      enabled: true,
      schedule: {
        mode: 'interval',
        interval: { everyMinutes: 45, week: weekOf(range('09:00', '18:00'), []) },
        fixed: { times: [], days: [] },
      },
      snoozeMinutes: 10,
      style: 'quiet',
      message: '',
    },
  };
  return { ...real, KINDS: { ...real.KINDS, posture }, REMINDER_KINDS: [...real.REMINDER_KINDS, 'posture'] };
});

const posture = 'posture' as ReminderKind;

afterEach(() => {
  vi.useRealTimers();
});

describe('a fifth kind, added to the descriptors alone', () => {
  it('is in the kinds, the defaults and the settings schema', () => {
    expect(REMINDER_KINDS).toContain(posture);
    expect(KINDS[posture].letter).toBe('p');
    expect(DEFAULT_SETTINGS[posture].schedule.interval.everyMinutes).toBe(45);
    expect(validateSettings(DEFAULT_SETTINGS).ok).toBe(true);
    const { [posture]: _dropped, ...withoutIt } = DEFAULT_SETTINGS;
    expect(validateSettings(withoutIt).ok).toBe(false);
  });

  it('flows through the planner, the alarms, the notification text and the snapshot', async () => {
    useClock(at('09:00'));
    const only = structuredClone(DEFAULT_SETTINGS);
    for (const kind of REMINDER_KINDS) only[kind].enabled = kind === posture;
    await withSettings(only);
    expect(nextPrompts(only, freshPlan(), at('09:00'))[posture]?.at).toBe(at('09:45'));

    const worker = bootWorker();
    await worker.reconcile();
    expect(await alarms()).toEqual({ 'glow:due:posture': at('09:45') });
    const snapshot = await createHandlers(worker).getSnapshot(undefined);
    expect(snapshot.next[posture]).toEqual({ state: 'due', at: at('09:45') });
    expect(snapshot.plan.kinds[posture]).toEqual({ anchor: null, armedFor: at('09:45'), snoozeUntil: null });

    await fire(worker, 'glow:due:posture');
    const [[id, notification] = ['', {}]] = Object.entries(shownNotifications());
    expect(id).toMatch(/^p-/);
    // The fake catalog has no words for it, so the keys show through: its own title and action.
    expect(notification.title).toBe('titlePosture');
    expect(notification.buttons?.[0]?.title).toBe('btnStoodUp');
    expect(await outcomes()).toEqual(['posture:shown']);
    expect(await alarms()).toEqual({ 'glow:due:posture': at('10:30') });
  });
});
