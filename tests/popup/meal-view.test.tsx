import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mealDraftItem as mealDraftSlot } from '@/utils/storage/items';
import { MINUTE } from '@/utils/time/clock';
import { advance, makeEnv, renderPopup, settle } from './env';
import { NOW } from './fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function openMeal() {
  const setup = await makeEnv({ route: { name: 'meal' } });
  renderPopup(setup.env);
  return setup;
}

const stepTitle = () => document.getElementById('meal-step-title');
const currentStep = () => document.querySelector('[aria-current="step"]')?.textContent;

describe('the mindful-meal check', () => {
  it('starts with the short ritual and the hunger scale', async () => {
    await openMeal();
    expect(screen.getByRole('heading', { level: 1, name: 'Mindful meal' })).toBeTruthy();
    expect(currentStep()).toBe('Before');
    expect(screen.getByText('Screens away, then three slow breaths before the first bite.')).toBeTruthy();
    const hunger = screen.getByRole('group', { name: 'How hungry are you?' });
    expect(hunger.querySelectorAll('input[type=radio]')).toHaveLength(10);
    expect(document.getElementById(hunger.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '1 = not hungry10 = ravenous',
    );
    expect((screen.getByLabelText('Gentle meal timer') as HTMLSelectElement).value).toBe('20');
  });

  it('asks for hunger before starting', async () => {
    await openMeal();
    fireEvent.click(screen.getByRole('button', { name: 'Start eating' }));
    expect(screen.getByText('Choose a number from 1 to 10.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '1' }));
    expect(currentStep()).toBe('Before');
    expect(await mealDraftSlot.getValue()).toBeNull();
  });

  it('goes before → during → after and saves once, with what was answered', async () => {
    const { actions, env } = await openMeal();
    fireEvent.click(screen.getByRole('radio', { name: '7' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start eating' }));
    await settle();
    expect(currentStep()).toBe('During');
    expect(document.activeElement).toBe(stepTitle());
    expect(screen.getByText('0 of 20 min')).toBeTruthy();

    advance(10 * MINUTE);
    expect(screen.getByText('10 of 20 min')).toBeTruthy();
    expect(document.querySelector('.cue')?.textContent).toMatch(/^Halfway\./);
    expect(env.status.message.value).toMatch(/^Halfway\./);
    advance(6 * MINUTE);
    fireEvent.click(screen.getByRole('button', { name: "I've finished eating" }));
    await settle();
    expect(currentStep()).toBe('After');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Choose a number from 1 to 10.')).toBeTruthy();
    expect(actions.logMeal).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: '6' }));
    const note = screen.getByLabelText('Note (optional)');
    fireEvent.input(note, { target: { value: '  Soup, slowly. <b>nice</b> ' } });
    expect(screen.getByText('252 characters left')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(actions.logMeal).toHaveBeenCalledExactlyOnceWith({
      hunger: 7,
      fullness: 6,
      minutes: 16,
      note: 'Soup, slowly. <b>nice</b>',
    });
    expect(screen.getByRole('heading', { name: 'Saved.' })).toBe(document.activeElement);
    expect(await mealDraftSlot.getValue()).toBeNull();
  });

  it('keeps the check when the popup closes mid-meal, and picks it up again', async () => {
    const first = await openMeal();
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.change(screen.getByLabelText('Gentle meal timer'), { target: { value: 'off' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start eating' }));
    await settle();
    expect(await mealDraftSlot.getValue()).toEqual({
      step: 'during',
      hunger: 4,
      timerMinutes: null,
      startedAt: NOW,
      endedAt: null,
    });
    first.env.router.go({ name: 'today' });
    await settle();
    expect(screen.getByRole('link', { name: 'Continue check' })).toBeTruthy();

    // A new popup, twelve minutes later.
    vi.setSystemTime(NOW + 12 * MINUTE);
    const second = await makeEnv({ route: { name: 'meal' } });
    document.body.innerHTML = '';
    renderPopup(second.env);
    expect(currentStep()).toBe('During');
    expect(screen.getByText('Eating for 12 min')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('discarding a check under way saves nothing', async () => {
    const { actions, env } = await openMeal();
    fireEvent.click(screen.getByRole('radio', { name: '5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start eating' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Discard this check' }));
    await settle();
    expect(currentStep()).toBe('Before');
    expect(env.status.message.value).toBe('Meal check discarded. Nothing was saved.');
    expect(await mealDraftSlot.getValue()).toBeNull();
    expect(actions.logMeal).not.toHaveBeenCalled();
  });

  it('a failed save keeps the answers for another try', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await mealDraftSlot.setValue({ step: 'after', hunger: 8, timerMinutes: 20, startedAt: NOW, endedAt: NOW });
    const { actions } = await openMeal();
    actions.logMeal.mockRejectedValueOnce(new Error('worker away'));
    fireEvent.click(screen.getByRole('radio', { name: '9' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(currentStep()).toBe('After');
    expect((screen.getByRole('radio', { name: '9' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(actions.logMeal).toHaveBeenLastCalledWith({ hunger: 8, fullness: 9, minutes: null, note: '' });
    expect(screen.getByRole('heading', { name: 'Saved.' })).toBeTruthy();
  });
});
