import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { PendingReminder } from '@/utils/messaging/snapshot';
import { MINUTE } from '@/utils/time/clock';
import { makeEnv, renderPopup } from './env';
import { makeSnapshot, NOW } from './fixtures';

const reminder = (occurrence: string, kinds: PendingReminder['kinds']): PendingReminder => ({
  occurrence,
  kinds,
  scheduledAt: NOW - 5 * MINUTE,
});

async function openReminder(pending: PendingReminder[], occurrence: string) {
  const setup = await makeEnv({ route: { name: 'reminder', occurrence }, snapshot: makeSnapshot({ pending }) });
  renderPopup(setup.env);
  return setup;
}

describe('a pending reminder on its own (#reminder/<occurrence>)', () => {
  it.each([
    ['h-1', 'hydration', 'Drank a glass', 'Time for some water'],
    ['s-1', 'stress', 'Breathe now', 'A short breathing break'],
    ['m-1', 'meal', 'Start mindful meal', 'A mindful meal'],
  ] as const)('%s offers the notification’s actions: %s, %s and Snooze', async (occurrence, kind, primary, title) => {
    await openReminder([reminder(occurrence, [kind])], occurrence);
    expect(screen.getByRole('heading', { level: 1, name: 'Reminder' })).toBeTruthy();
    expect(screen.getByText(title)).toBeTruthy();
    expect(screen.getByText('since 09:55')).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([primary, 'Snooze']);
  });

  it('Drank a glass answers it (the worker logs the cup) and says so', async () => {
    const { actions, env } = await openReminder([reminder('h-1', ['hydration'])], 'h-1');
    fireEvent.click(screen.getByRole('button', { name: 'Drank a glass' }));
    await waitFor(() => expect(env.status.message.value).toBe('Logged 250 ml of water.'));
    expect(actions.act).toHaveBeenCalledExactlyOnceWith('h-1', { type: 'done', kind: 'hydration' });
    expect(document.activeElement?.id).toBe('view-title');
  });

  it.each([
    ['s-1', 'stress', 'Breathe now', 'breathe'],
    ['m-1', 'meal', 'Start mindful meal', 'meal'],
  ] as const)('%s: %s answers it, then opens its flow', async (occurrence, kind, primary, name) => {
    const { actions, route } = await openReminder([reminder(occurrence, [kind])], occurrence);
    actions.act.mockResolvedValueOnce({ recorded: true, opens: { name } });
    fireEvent.click(screen.getByRole('button', { name: primary }));
    await waitFor(() => expect(route.value).toEqual({ name }));
    expect(actions.act).toHaveBeenCalledExactlyOnceWith(occurrence, { type: 'done', kind });
  });

  it('Snooze snoozes it for its snooze length', async () => {
    const { actions, env } = await openReminder([reminder('m-1', ['meal'])], 'm-1');
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(env.status.message.value).toBe('Snoozed for 15 min.'));
    expect(actions.act).toHaveBeenCalledExactlyOnceWith('m-1', { type: 'snooze' });
  });

  it('case 30: a merged prompt offers each kind’s own action, then Snooze; each answers its kind alone', async () => {
    const { actions, env } = await openReminder([reminder('hsm-1', ['hydration', 'stress', 'meal'])], 'hsm-1');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Hydration, Stress break and Mindful eating');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Drank a glass',
      'Breathe now',
      'Start mindful meal',
      'Snooze',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Drank a glass' }));
    await waitFor(() => expect(env.status.message.value).toBe('Logged 250 ml of water.'));
    expect(actions.act).toHaveBeenCalledExactlyOnceWith('hsm-1', { type: 'done', kind: 'hydration' });
  });

  it('says so when it was answered elsewhere already', async () => {
    const { actions, env } = await openReminder([reminder('h-1', ['hydration'])], 'h-1');
    actions.act.mockResolvedValueOnce({ recorded: false, opens: null });
    fireEvent.click(screen.getByRole('button', { name: 'Drank a glass' }));
    await waitFor(() => expect(env.status.message.value).toBe('That reminder was already answered.'));
  });

  it('explains when there is nothing waiting under that id', async () => {
    await openReminder([], 'h-gone');
    expect(screen.getByText(/Nothing is waiting here/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to today' }).getAttribute('href')).toBe('#');
  });
});
