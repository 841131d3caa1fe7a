import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOUR, MINUTE } from '@/utils/time/clock';
import { makeSettings } from '../factories';
import { makeEnv, renderPopup } from './env';
import { makeSnapshot, NOW } from './fixtures';

const originalTZ = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/London';
});
afterEach(() => {
  process.env.TZ = originalTZ;
});

describe('today, rendered from a snapshot', () => {
  it('shows the frame at once and the numbers when the snapshot arrives', async () => {
    const { env, snapshot } = await makeEnv({ snapshot: null });
    const { container } = renderPopup(env);
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeTruthy();
    expect(container.querySelector('.today-content.reserve')).toBeTruthy();
    expect(screen.queryByText(/loading/i)).toBeNull();
    act(() => {
      snapshot.value = makeSnapshot({ today: { waterMl: 750, drinks: 3 } });
    });
    expect(container.querySelector('.reserve')).toBeNull();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('750 ml of 2,000 ml');
  });

  it('before the welcome page is done: says reminders wait for it, opens it, or starts with the defaults', async () => {
    const { env, actions } = await makeEnv({
      snapshot: makeSnapshot({ setupPending: true, next: { hydration: { state: 'setup' } } }),
    });
    renderPopup(env);
    const banner = screen.getByRole('region', { name: 'Reminders start once you finish setting up.' });
    expect(screen.getByText('after you finish setting up')).toBeTruthy();
    fireEvent.click(within(banner).getByRole('button', { name: 'Finish setting up' }));
    expect(actions.openWelcome).toHaveBeenCalled();
    fireEvent.click(within(banner).getByRole('button', { name: 'Start with the defaults' }));
    await waitFor(() => expect(actions.finishSetup).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Reminders are on, with the defaults.'));
  });

  it('shows water against the goal: amount, cups, percent, as one progressbar', async () => {
    const { env } = await makeEnv({ snapshot: makeSnapshot({ today: { waterMl: 750, drinks: 3 } }) });
    renderPopup(env);
    const ring = screen.getByRole('progressbar', { name: 'Water today' });
    expect(ring.getAttribute('aria-valuenow')).toBe('37');
    expect(ring.getAttribute('aria-valuetext')).toBe('750 ml of 2,000 ml');
    expect(screen.getByText('37%')).toBeTruthy();
    expect(screen.getByText('of 2,000 ml')).toBeTruthy();
    expect(screen.getByText('3 of 8 cups')).toBeTruthy();
    expect(document.querySelector('.goal-met')).toBeNull();
  });

  it('uses the person’s unit', async () => {
    const settings = makeSettings({ water: { unit: 'oz', goalMl: 1893, cupMl: 237 } });
    const { env } = await makeEnv({ snapshot: makeSnapshot({ settings, today: { waterMl: 1900 } }) });
    renderPopup(env);
    expect(screen.getByText('64 oz')).toBeTruthy();
    expect(screen.getByText('of 64 oz')).toBeTruthy();
    expect(document.querySelector('.goal-met')?.textContent).toBe(' · ✓ Goal met');
    expect(screen.getByRole('button', { name: '+1 cup 8 oz' })).toBeTruthy();
    expect(screen.getByLabelText('Other amount (oz)')).toBeTruthy();
  });

  it('counts today’s breaks and meals, each with the way to start one', async () => {
    const { env } = await makeEnv({ snapshot: makeSnapshot({ today: { breaks: 2, meals: 1 } }) });
    renderPopup(env);
    const breaks = screen.getByRole('region', { name: 'Breathing breaks' });
    expect(within(breaks).getByText('2')).toBeTruthy();
    expect(within(breaks).getByRole('link', { name: 'Breathe' }).getAttribute('href')).toBe('#breathe');
    const meals = screen.getByRole('region', { name: 'Mindful meals' });
    expect(within(meals).getByText('1')).toBeTruthy();
    expect(within(meals).getByRole('link', { name: 'Meal check' }).getAttribute('href')).toBe('#meal');
  });

  it('says when each kind is next due, and keeps it current as time passes', async () => {
    const { env, setNow } = await makeEnv({
      snapshot: makeSnapshot({
        next: {
          hydration: { state: 'due', at: NOW + 23 * MINUTE },
          stress: { state: 'due', at: NOW + 2 * HOUR + 30 * MINUTE },
          meal: { state: 'off' },
        },
      }),
    });
    renderPopup(env);
    const next = screen.getByRole('region', { name: 'Next up' });
    expect(within(next).getByText('Hydration').nextElementSibling?.textContent).toBe('in 23 min');
    expect(within(next).getByText('Stress break').nextElementSibling?.textContent).toBe('at 12:30');
    expect(within(next).getByText('Mindful eating').nextElementSibling?.textContent).toBe('off');
    await setNow(NOW + 20 * MINUTE);
    expect(within(next).getByText('Hydration').nextElementSibling?.textContent).toBe('in 3 min');
  });

  it('draws the last seven days as a table: water bars, breaks and meals', async () => {
    const { env } = await makeEnv({
      snapshot: makeSnapshot({
        earlier: [{ waterMl: 2100, breaks: 3, meals: 2 }, { waterMl: 500 }],
        today: { waterMl: 250, meals: 1 },
      }),
    });
    renderPopup(env);
    const table = screen.getByRole('table', { name: 'Last 7 days' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers).toHaveLength(7);
    expect(headers.at(-1)?.textContent).toContain('Today');
    const [water, breaks, meals] = within(table).getAllByRole('row').slice(1);
    const waterCells = within(water as HTMLElement).getAllByRole('cell');
    expect(waterCells.map((c) => c.textContent)).toEqual([
      '0 ml',
      '0 ml',
      '0 ml',
      '0 ml',
      '✓2,100 ml, goal met',
      '500 ml',
      '250 ml',
    ]);
    expect(
      within(breaks as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '0', '0', '3', '0', '0']);
    expect(
      within(meals as HTMLElement)
        .getAllByRole('cell')
        .at(-1)?.textContent,
    ).toBe('1');
    // Bars: full at the goal, none for no water.
    const bars = [...table.querySelectorAll('.week-chart-bar')].map((bar) => bar.getAttribute('height'));
    expect(bars).toEqual(['0', '0', '0', '0', '30', '8', '4']);
  });

  it('keeps the week chart’s time running left to right in a right-to-left page: today still at the right', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const { env } = await makeEnv({ snapshot: makeSnapshot() });
      renderPopup(env);
      const table = screen.getByRole('table', { name: 'Last 7 days' });
      const heads = within(table).getAllByRole('columnheader');
      // The columns run right to left there, so the DOM holds today first, at the right.
      expect(heads[0]?.textContent).toContain('Today');
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });

  it('applies the theme setting', async () => {
    const settings = makeSettings({ general: { theme: 'dark' } });
    const { env, snapshot } = await makeEnv({ snapshot: makeSnapshot({ settings }) });
    renderPopup(env);
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    act(() => {
      snapshot.value = makeSnapshot({ settings: makeSettings({ general: { theme: 'system' } }) });
    });
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('tells the person when the background cannot be reached, with a retry', async () => {
    const { env } = await makeEnv({ snapshot: null });
    env.error.value = 'Could not establish connection';
    renderPopup(env);
    expect(screen.getByRole('alert').textContent).toContain('did not answer');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(env.refresh).toHaveBeenCalled();
  });
});

describe('quick logging', () => {
  it('+1 cup logs the configured cup and says so', async () => {
    const { env, actions } = await makeEnv();
    renderPopup(env);
    fireEvent.click(screen.getByRole('button', { name: '+1 cup 250 ml' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Logged 250 ml of water.'));
    expect(actions.logWater).toHaveBeenCalledExactlyOnceWith(undefined);
    expect(env.refresh).toHaveBeenCalled();
  });

  it('a custom amount is read in the person’s unit and stored in ml', async () => {
    const settings = makeSettings({ water: { unit: 'oz' } });
    const { env, actions } = await makeEnv({ snapshot: makeSnapshot({ settings }) });
    renderPopup(env);
    const field = screen.getByLabelText('Other amount (oz)') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log' }));
    await waitFor(() => expect(actions.logWater).toHaveBeenCalledExactlyOnceWith(355));
    await waitFor(() => expect(field.value).toBe(''));
  });

  it('an amount out of range is explained at the field and not logged', async () => {
    const { env, actions } = await makeEnv();
    renderPopup(env);
    const field = screen.getByLabelText('Other amount (ml)');
    fireEvent.input(field, { target: { value: '9000' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Enter an amount from 10 to 5,000 ml.',
    );
    expect(document.activeElement).toBe(field);
    expect(actions.logWater).not.toHaveBeenCalled();
  });

  it('undo is offered only when there is a drink to undo', async () => {
    const { env, actions, snapshot } = await makeEnv();
    renderPopup(env);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    act(() => {
      snapshot.value = makeSnapshot({ today: { waterMl: 330 }, lastDrink: { id: 'd1', amountMl: 330 } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo 330 ml' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Removed the last drink (330 ml).'));
    expect(actions.undoWater).toHaveBeenCalledOnce();
  });

  it('a failed action is reported, not swallowed', async () => {
    const { env, actions } = await makeEnv();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    actions.logWater.mockRejectedValueOnce(new Error('no worker'));
    renderPopup(env);
    fireEvent.click(screen.getByRole('button', { name: '+1 cup 250 ml' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('could not do that'));
    expect(warn).toHaveBeenCalled();
  });
});

describe('pause', () => {
  it('the menu offers five lengths and pauses for the one chosen', async () => {
    const { env, actions } = await makeEnv();
    actions.pause.mockResolvedValueOnce({ pause: NOW + HOUR });
    renderPopup(env);
    const toggle = screen.getByRole('button', { name: 'Pause' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('list', { name: 'Pause reminders for' });
    expect(
      within(menu)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['30 minutes', '1 hour', '2 hours', 'Rest of today', 'Until I resume']);
    fireEvent.click(within(menu).getByRole('button', { name: '1 hour' }));
    expect(actions.pause).toHaveBeenCalledExactlyOnceWith('1h');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Paused, back at 11:00'));
  });

  it('Escape closes the menu and returns focus to it', async () => {
    const { env } = await makeEnv();
    renderPopup(env);
    const toggle = screen.getByRole('button', { name: 'Pause' });
    fireEvent.click(toggle);
    const first = screen.getByRole('button', { name: '30 minutes' });
    first.focus();
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it.each([
    [NOW + 45 * MINUTE, 'Paused, back in 45 min'],
    [NOW + 5 * HOUR, 'Paused, back at 15:00'],
    [new Date(2026, 2, 11, 0, 0).getTime(), 'Paused for the rest of today'],
    ['forever', 'Paused until you resume'],
  ] as const)('paused until %s reads "%s", with Resume', async (until, text) => {
    const { env, actions } = await makeEnv({ snapshot: makeSnapshot({ pause: until }) });
    renderPopup(env);
    expect(screen.getByText(text)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(actions.resume).toHaveBeenCalledOnce();
    expect(document.activeElement?.id).toBe('pause-toggle');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Reminders are back on.'));
  });

  it('while paused, Next up is left out (the banner says when reminders come back) unless one waits', async () => {
    const until = NOW + 5 * HOUR;
    const paused = { state: 'paused' as const, until };
    const next = { hydration: paused, stress: paused, meal: { state: 'off' as const } };
    const { env } = await makeEnv({ snapshot: makeSnapshot({ pause: until, next }) });
    renderPopup(env);
    expect(screen.queryByRole('heading', { name: 'Next up' })).toBeNull();
    cleanup();
    const waiting = [{ occurrence: 'h-1', kinds: ['hydration' as const], scheduledAt: NOW - 20 * MINUTE }];
    const withWaiting = await makeEnv({ snapshot: makeSnapshot({ pause: until, next, pending: waiting }) });
    renderPopup(withWaiting.env);
    expect(screen.getByRole('heading', { name: 'Next up' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Waiting for you' }).textContent).toContain('Hydration');
    expect(document.querySelector('.next-grid')).toBeNull();
  });

  it('shows no paused state once a pause has run out', async () => {
    const { env } = await makeEnv({ snapshot: makeSnapshot({ pause: NOW - MINUTE }) });
    renderPopup(env);
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });
});

describe('pending reminders in Next up', () => {
  const pending = [
    { occurrence: 'h-1', kinds: ['hydration' as const], scheduledAt: NOW - 20 * MINUTE },
    { occurrence: 's-1', kinds: ['stress' as const], scheduledAt: NOW - 5 * MINUTE },
  ];

  it('lists each with the actions of its notification', async () => {
    const { env } = await makeEnv({ snapshot: makeSnapshot({ pending }) });
    renderPopup(env);
    const list = screen.getByRole('list', { name: 'Waiting for you' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Hydration since 09:40',
      'Stress break since 09:55',
    ]);
    expect(
      within(items[0] as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Drank a glass', 'Snooze']);
    expect(
      within(items[1] as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Breathe now', 'Snooze']);
  });

  it('Drank a glass answers it as done; focus stays in Next up', async () => {
    const { env, actions } = await makeEnv({ snapshot: makeSnapshot({ pending }) });
    renderPopup(env);
    fireEvent.click(screen.getByRole('button', { name: 'Drank a glass' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Logged 250 ml of water.'));
    expect(actions.act).toHaveBeenCalledExactlyOnceWith('h-1', { type: 'done', kind: 'hydration' });
    expect(document.activeElement?.id).toBe('next-title');
  });

  it('Breathe now answers it and opens the breathing break', async () => {
    const { env, actions, route } = await makeEnv({ snapshot: makeSnapshot({ pending }) });
    actions.act.mockResolvedValueOnce({ recorded: true, opens: { name: 'breathe' } });
    renderPopup(env);
    fireEvent.click(screen.getByRole('button', { name: 'Breathe now' }));
    await waitFor(() => expect(route.value).toEqual({ name: 'breathe' }));
    expect(actions.act).toHaveBeenCalledExactlyOnceWith('s-1', { type: 'done', kind: 'stress' });
  });

  it('Snooze snoozes for the kind’s snooze length', async () => {
    const { env, actions } = await makeEnv({ snapshot: makeSnapshot({ pending }) });
    renderPopup(env);
    fireEvent.click(screen.getAllByRole('button', { name: 'Snooze' })[0] as HTMLElement);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Snoozed for 10 min.'));
    expect(actions.act).toHaveBeenCalledExactlyOnceWith('h-1', { type: 'snooze' });
  });
});
