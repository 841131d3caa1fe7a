import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OptionsModel } from '@/components/options/model/options-model';
import { errorId, fieldId } from '@/components/options/model/paths';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { SETTINGS_VERSION } from '@/utils/settings/migrate';
import { localInstant } from '@/utils/time/clock';
import { everyDay, fixedSchedule, intervalSchedule, onlyKinds } from '../factories';
import { translate } from '../fakes';
import { TZ } from '../worker/boot';
import { renderPage, storedSettings } from './support';

process.env.TZ = TZ;
let model: OptionsModel;
afterEach(() => model?.close());

async function page(stored = DEFAULT_SETTINGS) {
  await fakeBrowser.storage.sync.set({ settings: stored, settings$: { v: SETTINGS_VERSION } });
  const view = await renderPage();
  model = view.model;
  await screen.findByRole('heading', { level: 2, name: 'Hydration' });
  return view;
}

const byPath = (path: string) => document.getElementById(fieldId(path)) as HTMLInputElement;

function type(path: string, value: string) {
  fireEvent.input(byPath(path), { target: { value } });
}

/** The inline message tied to a field: its aria-describedby names the error, which says `text`. */
async function expectInlineError(control: HTMLElement, path: string, text: string) {
  await waitFor(() => expect(control.getAttribute('aria-describedby') ?? '').toContain(errorId(path)));
  expect(control.getAttribute('aria-invalid')).toBe('true');
  expect(document.getElementById(errorId(path))?.textContent).toContain(text);
}

describe('keyboard shortcuts', () => {
  it('lists each with its keys as the browser has them, and where to change them in Chrome', async () => {
    await page();
    const section = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    const rows = within(section)
      .getAllByRole('term')
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      'Log a cup of water: Alt+Shift+W',
      'Start a breathing break: Not set',
      'Pause reminders for an hour, or resume them: Alt+Shift+P',
    ]);
    expect(within(section).getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    const open = vi.spyOn(model, 'openShortcutSettings');
    fireEvent.click(within(section).getByRole('button', { name: 'Open shortcut settings' }));
    expect(open).toHaveBeenCalled();
  });
});

describe('options page', () => {
  it('shows every section, with the page heading and a navigation landmark', async () => {
    await page();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Glow Within settings');
    for (const name of [
      'Hydration',
      'Stress break',
      'Mindful eating',
      'General',
      'Notifications',
      'Your data',
      'About',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    expect(screen.getByRole('navigation', { name: 'Settings sections' })).toBeTruthy();
    expect(screen.getByText('All changes saved')).toBeTruthy();
    expect(screen.getByText('Version 0.1.0')).toBeTruthy();
  });

  it.each([
    ['interval', 'hydration.schedule.interval.everyMinutes', '4', 'errIntervalRange'],
    ['snooze', 'stress.snoozeMinutes', '121', 'errSnoozeRange'],
    ['cup size', 'water.cupMl', '20', 'optionsCupRange'],
    ['away threshold', 'general.away.idleMinutes', '0', 'errIdleRange'],
    ['merge window', 'general.mergeMinutes', '31', 'errMergeRange'],
    ['message length', 'meal.message', 'x'.repeat(141), 'errMessageLength'],
    ['message markup', 'meal.message', 'Eat <b>slowly</b>', 'errNoHtml'],
    ['time format', 'hydration.schedule.interval.week.1.0.start', '', 'errTimeFormat'],
  ])('validator: %s — an inline message tied to the field, nothing written', async (_, path, value, key) => {
    await page();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    type(path, value);
    const text = key === 'optionsCupRange' ? translate(key, ['50', '1,000', 'ml']) : translate(key);
    await expectInlineError(byPath(path), path, text);
    expect(screen.getByText(/1 field needs attention/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(set).not.toHaveBeenCalled();
  });

  it('case 24: interval below the minimum (0, 10 s) from the UI is refused with a message; storage unchanged', async () => {
    await page();
    const before = await storedSettings();
    const path = 'stress.schedule.interval.everyMinutes';
    for (const value of ['0', String(10 / 60)]) {
      type(path, value);
      await expectInlineError(byPath(path), path, 'Interval must be between 5 and 480 minutes');
      await new Promise((r) => setTimeout(r, 50));
      expect(await storedSettings()).toEqual(before);
    }
    expect(screen.getByText(/Fix the fields marked/)).toBeTruthy();
  });

  it('validator: windows — same start and end, overlapping ranges; "ends next day" when a range crosses midnight', async () => {
    await page();
    const monday = 'hydration.schedule.interval.week.1';
    type(`${monday}.0.end`, '09:00');
    await expectInlineError(byPath(`${monday}.0.end`), `${monday}.0`, 'Start and end must be different times');
    type(`${monday}.0.end`, '02:00');
    await waitFor(() => expect(byPath(`${monday}.0.end`).getAttribute('aria-describedby')).toContain('next-day'));
    expect(within(byPath(`${monday}.0.end`).closest('li') as HTMLElement).getByText('ends next day')).toBeTruthy();
    const hydration = screen.getByRole('region', { name: 'Hydration' });
    fireEvent.click(within(hydration).getByRole('button', { name: 'Add range on Monday' }));
    await waitFor(() => expect(byPath(`${monday}.1.start`)).toBeTruthy());
    type(`${monday}.1.start`, '23:00');
    type(`${monday}.1.end`, '23:30');
    const group = byPath(`${monday}.0.start`).closest('fieldset') as HTMLElement;
    await waitFor(() => expect(group.getAttribute('aria-describedby')).toBe(errorId(monday)));
    expect(document.getElementById(errorId(monday))?.textContent).toContain('must not overlap');
  });

  it('validator: active hours — a reminder on every few minutes needs at least one range', async () => {
    await page(onlyKinds({ stress: intervalSchedule(60, everyDay({ start: '09:00', end: '10:00' })) }));
    const stress = screen.getByRole('region', { name: 'Stress break' });
    for (let i = 0; i < 7; i++) {
      const [remove] = within(stress).getAllByRole('button', { name: /^Remove range 1 on/ });
      fireEvent.click(remove as HTMLElement);
      await waitFor(() =>
        expect(within(stress).queryAllByRole('button', { name: /^Remove range 1 on/ })).toHaveLength(6 - i),
      );
    }
    await waitFor(() =>
      expect(document.getElementById(errorId('stress.schedule.interval.week'))?.textContent).toContain(
        'Add at least one active time range',
      ),
    );
  });

  it('validator: fixed times — need a time, no duplicates, need a weekday', async () => {
    await page(onlyKinds({ meal: fixedSchedule(['12:30']) }));
    const times = 'meal.schedule.fixed.times';
    // The meal's own editor: the check-in section has fixed times too.
    const meal = within(screen.getByRole('region', { name: 'Mindful eating' }));
    fireEvent.click(meal.getByRole('button', { name: 'Add a time' }));
    await waitFor(() => expect(byPath(`${times}.1`)).toBeTruthy());
    // The new time has focus, ready to type.
    expect(document.activeElement).toBe(byPath(`${times}.1`));
    type(`${times}.1`, '12:30');
    await expectInlineError(byPath(`${times}.1`), times, 'Each time can be listed once');
    fireEvent.click(meal.getByRole('button', { name: 'Remove time 2' }));
    fireEvent.click(meal.getByRole('button', { name: 'Remove time 1' }));
    await waitFor(() =>
      expect(document.getElementById(errorId(times))?.textContent).toContain('Add at least one time'),
    );
    fireEvent.click(meal.getByRole('button', { name: 'Add a time' }));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      fireEvent.click(within(meal.getByRole('group', { name: 'On these days' })).getByLabelText(day));
    }
    await waitFor(() =>
      expect(document.getElementById(errorId('meal.schedule.fixed.days'))?.textContent).toContain(
        'Choose at least one weekday',
      ),
    );
  });

  it('validator: daily goal — in ounces the range is said in ounces', async () => {
    await page();
    fireEvent.click(screen.getByLabelText('Fluid ounces (oz)'));
    await waitFor(() => expect(byPath('water.goalMl').value).toBe('68'));
    type('water.goalMl', '5');
    await expectInlineError(byPath('water.goalMl'), 'water.goalMl', 'Daily goal must be between 9 and 202 oz');
    type('water.goalMl', '80');
    await waitFor(() => expect(model.form.problems.value).toEqual([]));
    await waitFor(async () => expect((await storedSettings())?.water).toMatchObject({ unit: 'oz', goalMl: 2366 }));
  });

  it('unit drift: a goal typed in ounces and back round-trips exactly (2,000 ml stays 2,000 ml)', async () => {
    await page();
    fireEvent.click(screen.getByLabelText('Fluid ounces (oz)'));
    await waitFor(() => expect(byPath('water.goalMl').value).toBe('68'));
    // Typing something else and then back what it showed changes nothing stored.
    fireEvent.focus(byPath('water.goalMl'));
    type('water.goalMl', '70');
    type('water.goalMl', '68');
    fireEvent.blur(byPath('water.goalMl'));
    fireEvent.click(screen.getByLabelText('Millilitres (ml)'));
    await waitFor(() => expect(byPath('water.goalMl').value).toBe('2000'));
    await waitFor(async () => expect((await storedSettings())?.water).toMatchObject({ unit: 'ml', goalMl: 2000 }));
    // And a value typed in ounces reads the same in ounces after a trip through millilitres.
    fireEvent.click(screen.getByLabelText('Fluid ounces (oz)'));
    type('water.goalMl', '75');
    fireEvent.click(screen.getByLabelText('Millilitres (ml)'));
    fireEvent.click(screen.getByLabelText('Fluid ounces (oz)'));
    await waitFor(() => expect(byPath('water.goalMl').value).toBe('75'));
  });

  it('presets and copying a day to others', async () => {
    await page();
    const hydration = screen.getByRole('region', { name: 'Hydration' });
    fireEvent.click(within(hydration).getByRole('button', { name: /Workdays 9–17/ }));
    await waitFor(() => expect(model.form.draft.value?.hydration.schedule.interval.week[0]).toEqual([]));
    const toggle = within(hydration).getByRole('button', { name: 'Copy to other days from Monday' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(within(hydration).getByRole('group', { name: "Copy Monday's hours to" }), { key: 'Escape' });
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    fireEvent.click(toggle);
    const panel = within(hydration).getByRole('group', { name: "Copy Monday's hours to" });
    fireEvent.click(within(panel).getByLabelText('Saturday'));
    fireEvent.click(within(panel).getByLabelText('Sunday'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy' }));
    await waitFor(() =>
      expect(model.form.draft.value?.hydration.schedule.interval.week).toEqual(
        everyDay({ start: '09:00', end: '17:00' }),
      ),
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Copy to other days'));
  });

  it('the preview lists the next reminders from the edited settings, merged ones shown as one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(localInstant('2026-11-23', 8 * 60));
    await page(
      onlyKinds({
        hydration: intervalSchedule(60, everyDay({ start: '09:00', end: '12:00' })),
        meal: fixedSchedule(['10:05']),
      }),
    );
    const preview = screen.getByRole('region', { name: 'Your next reminders' });
    const items = () =>
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    // Water (10:00) waits for the fixed 10:05 meal, and counts on from there.
    expect(items()).toEqual([
      'at 10:05Hydration and Mindful eatingshown together',
      'at 11:05Hydration',
      'tomorrow at 10:05Hydration and Mindful eatingshown together',
      'tomorrow at 11:05Hydration',
      'Wednesday at 10:05Hydration and Mindful eatingshown together',
    ]);
    type('hydration.schedule.interval.everyMinutes', '90');
    await waitFor(() => expect(items()[0]).toBe('at 10:05Mindful eating'));
    expect(within(preview).getAllByRole('listitem')[0]?.querySelector('time')?.getAttribute('datetime')).toBe(
      new Date(localInstant('2026-11-23', 10 * 60 + 5)).toISOString(),
    );
    vi.useRealTimers();
  });

  it('case 12: no HTML injection — a file name and file contents with markup are shown as text', async () => {
    await page();
    const text =
      '{"format":"glow-within-export","version":1,"settings":{"meal":{"message":"<img src=x onerror=alert(1)>"}}}';
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    const picked = new File([text], '<img src=x onerror=alert(2)>.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [picked], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“<img src=x onerror=alert(2)>.json” was not imported');
    expect(alert.textContent).toContain('Plain text only: no HTML tags');
    expect(document.querySelector('img')).toBeNull();
  });

  it('a file with a __proto__ key is refused, the key named as text', async () => {
    await page();
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    const text = '{"format":"glow-within-export","version":1,"settings":{"general":{"__proto__":{"x":1}}}}';
    Object.defineProperty(input, 'files', { value: [new File([text], 'p.json')], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    // Named as the page names it, never by an internal path.
    expect(alert.textContent).toContain('General › __proto__: The key “__proto__” is not allowed');
    expect(alert.textContent).not.toContain('settings.general');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reset asks in an in-page dialog, with Cancel first; confirming resets and Undo brings settings back', async () => {
    const mine = onlyKinds({ meal: fixedSchedule(['12:30']) });
    await page(mine);
    // window.confirm is never the way to ask here (happy-dom has none: define one to prove it unused).
    const confirm = vi.fn(() => true);
    Object.assign(window, { confirm });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    const [first] = within(dialog).getAllByRole('button');
    expect(first?.textContent).toBe('Cancel');
    expect(first?.hasAttribute('autofocus')).toBe(true);
    fireEvent.click(first as HTMLElement);
    expect(dialog.open).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(await storedSettings()).toEqual(mine);

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(within(dialog).getByText(/^3 settings go back to their defaults/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset settings' }));
    await waitFor(async () => expect(await storedSettings()).toEqual(DEFAULT_SETTINGS));
    expect(confirm).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo reset' }));
    await waitFor(async () => expect(await storedSettings()).toEqual(mine));
    await screen.findByText('The reset is undone: your previous settings are back.');
  });

  it('pause and resume go through the worker; the page shows the pause state', async () => {
    await page();
    const settingsBefore = await storedSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Until I resume' }));
    await screen.findByText('Paused until you resume');
    // This device's pause, kept by the worker; the synced settings are not written.
    expect((await fakeBrowser.storage.local.get('pause')).pause).toBe('forever');
    expect(await storedSettings()).toEqual(settingsBefore);
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    await screen.findByText('Reminders are on.');
  });

  it('notifications: the permission state, a test notification, and OS guidance', async () => {
    await page();
    expect(screen.getByText('Your browser lets Glow Within show notifications.')).toBeTruthy();
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Send a test notification' }));
    });
    await screen.findByText(/^Sent\./);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).toHaveLength(1);
    expect(screen.getByText(/Focus Assist/)).toBeTruthy();
    expect(screen.getByText(/macOS/)).toBeTruthy();
  });
});
