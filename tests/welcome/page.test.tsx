/** The welcome page as a person uses it, with the browser faked at its port. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClock } from '@/components/kit/clock';
import { createWelcomeModel, type WelcomePort } from '@/components/welcome/model/welcome-model';
import { WelcomeApp } from '@/components/welcome/welcome-app';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { at } from '../worker/boot';

afterEach(() => {
  vi.useRealTimers();
});

function open(now = at('10:30')) {
  const port = {
    saveSettings: vi.fn<WelcomePort['saveSettings']>(async (settings) => ({ ok: true, value: settings })),
    saveTopics: vi.fn<WelcomePort['saveTopics']>(async () => undefined),
    finish: vi.fn<WelcomePort['finish']>(async () => ({ setupPending: false })),
    close: vi.fn<WelcomePort['close']>(async () => undefined),
  };
  const clock = createClock({ read: () => now });
  const model = createWelcomeModel(port, clock);
  render(<WelcomeApp model={model} clock={clock} locale="en-GB" openSettings={vi.fn()} />);
  return { port, model };
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const title = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('the welcome page', () => {
  it('asks four skippable questions, then shows today’s prompts from the planner', async () => {
    const { port } = open();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Glow Within');
    expect(title()).toBe('Which reminders, and how often?');
    expect(screen.getByText('Question 1 of 4')).toBeTruthy();
    expect(screen.getByText(/Together: 5 reminders on a workday/)).toBeTruthy();
    const water = within(screen.getByRole('group', { name: 'Hydration' }));
    expect(water.getByRole('radio', { name: /Every 2 hours \(4 on a workday\)/, checked: true })).toBeTruthy();
    expect(water.getByRole('radio', { name: /Every hour \(8 on a workday\)/ })).toBeTruthy();
    fireEvent.click(button('Next'));
    expect(title()).toBe('Your hours');
    fireEvent.click(button('Skip this question'));
    expect(title()).toBe('Your daily water goal');
    fireEvent.click(button('Next'));
    expect(title()).toBe('Topics you care about');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Acne' }));
    fireEvent.click(button('Next'));
    expect(title()).toBe('Your reminders today');
    // Monday 10:30 with the defaults: water 11:00, lunch 12:30, water and a break 13:00, …
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining(['11:00 Hydration', '12:30 Mindful eating', '13:00 Hydration and Stress break']),
    );
    expect(port.finish).not.toHaveBeenCalled();
    fireEvent.click(button('Start my reminders'));
    await screen.findByRole('heading', { name: 'You are all set' });
    expect(port.saveSettings).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(port.saveTopics).toHaveBeenCalledWith(['glow', 'gut', 'acne']);
    expect(port.finish).toHaveBeenCalledTimes(1);
  });

  it('what is chosen is what is saved: every hour, every day, in ounces', async () => {
    const { port } = open();
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Hydration' })).getByRole('radio', { name: /Every hour/ }),
    );
    expect(screen.getByText(/Together: \d+ reminders/).textContent).not.toContain('Together: 5 ');
    fireEvent.click(button('Next'));
    fireEvent.click(screen.getByRole('radio', { name: 'Every day, 9:00 to 17:00' }));
    fireEvent.click(button('Next'));
    fireEvent.click(screen.getByRole('radio', { name: 'Fluid ounces (oz)' }));
    expect((screen.getByLabelText('Daily goal') as HTMLInputElement).value).toBe('68');
    fireEvent.click(button('Next'));
    fireEvent.click(button('Next'));
    fireEvent.click(button('Start my reminders'));
    await waitFor(() => expect(port.finish).toHaveBeenCalled());
    const saved = port.saveSettings.mock.calls[0]?.[0];
    expect(saved?.hydration.schedule.interval.everyMinutes).toBe(60);
    expect(saved?.hydration.schedule.interval.week[0]).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(saved?.water.unit).toBe('oz');
  });

  it('own hours with no day cannot go on, and say why', () => {
    open();
    fireEvent.click(button('Next'));
    fireEvent.click(screen.getByRole('radio', { name: 'My own hours' }));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      fireEvent.click(screen.getByRole('checkbox', { name: day }));
    }
    fireEvent.click(button('Next'));
    expect(title()).toBe('Your hours');
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one weekday');
  });

  it('skipping setup keeps the defaults and writes nothing but the end of the hold', async () => {
    const { port } = open();
    fireEvent.click(button('Skip setup and use the defaults'));
    await screen.findByRole('heading', { name: 'You are all set' });
    expect(port.finish).toHaveBeenCalledTimes(1);
    expect(port.saveSettings).not.toHaveBeenCalled();
    expect(port.saveTopics).not.toHaveBeenCalled();
    fireEvent.click(button('Close this tab'));
    expect(port.close).toHaveBeenCalled();
  });

  it('late in the day, says nothing more is due today and when the first one comes', () => {
    open(at('18:00'));
    for (let i = 0; i < 4; i++) fireEvent.click(button('Next'));
    expect(screen.getByText(/Nothing more today\. Your first: Hydration, tomorrow at 11:00\./)).toBeTruthy();
  });
});
