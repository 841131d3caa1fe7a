import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchReducedMotion } from '@/components/popup/reduced-motion';
import { startRun } from '@/utils/breathing';
import { breathingPrefsItem as breathingPrefsSlot } from '@/utils/storage/items';
import { advance, makeEnv, renderPopup, settle } from './env';
import { makeSnapshot, NOW } from './fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function openBreathe(options: { reducedMotion?: boolean } = {}) {
  const setup = await makeEnv({ route: { name: 'breathe' }, ...options });
  renderPopup(setup.env);
  return setup;
}

describe('the breathing break', () => {
  it('offers the four patterns, three lengths and tones (off), with box breathing for one minute first', async () => {
    await openBreathe();
    expect(screen.getByRole('heading', { level: 1, name: 'Breathing break' })).toBeTruthy();
    const patterns = screen.getByRole('group', { name: 'Pattern' });
    const radios = [...patterns.querySelectorAll('input')].map((r) => r.closest('label')?.textContent);
    expect(radios).toEqual([
      'Box breathingIn 4 · Hold 4 · Out 4 · Hold 4',
      '4-7-8 breathingIn 4 · Hold 7 · Out 8',
      'Physiological sighIn 3 · Top-up 1 · Out 6',
      'Coherent breathingIn 5 · Out 5',
    ]);
    expect((screen.getByRole('radio', { name: /Box breathing/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: '1 min' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Soft tones at each phase' }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(screen.getByText('4 breaths, 1:04')).toBeTruthy();
  });

  it('remembers the chosen pattern, length and tones', async () => {
    await openBreathe();
    fireEvent.click(screen.getByRole('radio', { name: /Physiological sigh/ }));
    fireEvent.click(screen.getByRole('radio', { name: '3 min' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Soft tones at each phase' }));
    await settle();
    expect(await breathingPrefsSlot.getValue()).toEqual({ pattern: 'sigh', minutes: 3, tones: true });
    expect(screen.getByText('18 breaths, 3:00')).toBeTruthy();
  });

  it('starts from the remembered choice', async () => {
    await breathingPrefsSlot.setValue({ pattern: '4-7-8', minutes: 2, tones: false });
    await openBreathe();
    expect((screen.getByRole('radio', { name: /4-7-8/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: '2 min' }) as HTMLInputElement).checked).toBe(true);
  });

  it('guides each phase with a large cue and count, spoken on each change', async () => {
    await breathingPrefsSlot.setValue({ pattern: '4-7-8', minutes: 1, tones: false });
    const { actions } = await openBreathe();
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    const cue = () => document.querySelector('.guide-cue')?.textContent;
    const count = () => document.querySelector('.guide-count')?.textContent;
    const spoken = () => document.querySelector('[aria-live="assertive"]')?.textContent;
    expect([cue(), count(), spoken()]).toEqual(['Breathe in', '1', 'Breathe in, 4']);
    expect(document.activeElement?.textContent).toBe('Stop');
    advance(3000);
    expect([cue(), count()]).toEqual(['Breathe in', '4']);
    advance(1000);
    expect([cue(), count(), spoken()]).toEqual(['Hold', '1', 'Hold, 7']);
    advance(7000);
    expect([cue(), spoken()]).toEqual(['Breathe out slowly', 'Breathe out slowly, 8']);
    expect(screen.getByText('0:46 left · breath 1 of 3')).toBeTruthy();
    expect(document.querySelector('.guide-steps .is-current')?.textContent).toBe('Out 8');
    expect(actions.startBreathing).toHaveBeenCalledExactlyOnceWith({ pattern: '4-7-8', minutes: 1, tones: false });
    expect(actions.finishBreathing).not.toHaveBeenCalled();
  });

  it('finishing logs the break once, through the worker that keeps it', async () => {
    await breathingPrefsSlot.setValue({ pattern: 'coherent', minutes: 1, tones: false });
    const { actions } = await openBreathe();
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    await settle();
    const run = await actions.startBreathing.mock.results[0]?.value;
    advance(59_999);
    expect(actions.finishBreathing).not.toHaveBeenCalled();
    advance(1);
    await settle();
    expect(actions.finishBreathing).toHaveBeenCalledExactlyOnceWith(run.id);
    expect(screen.getByRole('heading', { name: 'Well done.' })).toBe(document.activeElement);
    expect(screen.getByText('1:00 of calm breathing, saved to today.')).toBeTruthy();
    advance(120_000);
    expect(actions.finishBreathing).toHaveBeenCalledOnce();
    expect(actions.stopBreathing).not.toHaveBeenCalled();
  });

  it('a break that could not be saved can be saved again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await breathingPrefsSlot.setValue({ pattern: 'sigh', minutes: 1, tones: false });
    const { actions } = await openBreathe();
    actions.finishBreathing.mockRejectedValueOnce(new Error('worker away'));
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    advance(60_000);
    await settle();
    expect(screen.getByText('The break could not be saved.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(actions.finishBreathing).toHaveBeenCalledTimes(2);
    expect(screen.getByText('1:00 of calm breathing, saved to today.')).toBeTruthy();
  });

  it('stopping early ends the break in the worker, logs nothing and returns to the choices', async () => {
    const { actions, env } = await openBreathe();
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    await settle();
    const run = await actions.startBreathing.mock.results[0]?.value;
    advance(20_000);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('button', { name: 'Begin' })).toBe(document.activeElement);
    expect(env.status.message.value).toBe('Stopped early. Nothing was logged.');
    await settle();
    expect(actions.stopBreathing).toHaveBeenCalledExactlyOnceWith(run.id);
    advance(120_000);
    expect(actions.finishBreathing).not.toHaveBeenCalled();
  });

  it('Escape stops the break too', async () => {
    const { actions } = await openBreathe();
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Stop' }), { key: 'Escape' });
    advance(120_000);
    expect(screen.getByRole('button', { name: 'Begin' })).toBeTruthy();
    await settle();
    expect(actions.stopBreathing).toHaveBeenCalledOnce();
    expect(actions.finishBreathing).not.toHaveBeenCalled();
  });

  it('leaving the view mid-break leaves the break to the worker: neither stopped nor logged from here', async () => {
    const { actions, route, tones } = await openBreathe();
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    act(() => {
      route.value = { name: 'today' };
    });
    advance(120_000);
    await settle();
    expect(actions.stopBreathing).not.toHaveBeenCalled();
    expect(actions.finishBreathing).not.toHaveBeenCalled();
    expect(tones.close).toHaveBeenCalled();
  });

  it('reopened mid-break (the popup had closed), goes on where the break is, and logs it once at its end', async () => {
    const run = startRun('box', 1, NOW - 20_000);
    const setup = await makeEnv({ route: { name: 'breathe' }, snapshot: makeSnapshot({ breathing: run }) });
    renderPopup(setup.env);
    // 20 s into box breathing (4 s phases): the second breath's second phase, holding.
    expect(document.querySelector('.guide-cue')?.textContent).toBe('Hold');
    expect(screen.getByText('0:44 left · breath 2 of 4')).toBeTruthy();
    expect(setup.actions.startBreathing).not.toHaveBeenCalled();
    advance(44_000);
    await settle();
    expect(setup.actions.finishBreathing).toHaveBeenCalledExactlyOnceWith(run.id);
    expect(screen.getByRole('heading', { name: 'Well done.' })).toBeTruthy();
    // The snapshot still naming the run (before it refreshes) does not start it again.
    act(() => {
      setup.snapshot.value = makeSnapshot({ breathing: run });
    });
    expect(screen.getByRole('heading', { name: 'Well done.' })).toBeTruthy();
  });

  it('a break that ended while the popup was closed is not resumed', async () => {
    const setup = await makeEnv({
      route: { name: 'breathe' },
      snapshot: makeSnapshot({ breathing: startRun('box', 1, NOW - 70_000) }),
    });
    renderPopup(setup.env);
    expect(screen.getByRole('button', { name: 'Begin' })).toBeTruthy();
  });

  it('plays a soft tone at each phase only when tones are on', async () => {
    const { tones } = await openBreathe();
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    advance(8000);
    expect(tones.prepare).not.toHaveBeenCalled();
    expect(tones.play).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Soft tones at each phase' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    advance(8000);
    expect(tones.prepare).toHaveBeenCalledOnce();
    expect(tones.play.mock.calls.map(([kind]) => kind)).toEqual(['in', 'holdIn', 'out']);
  });

  it('animates the shape with a transform from where the last phase left it', async () => {
    await openBreathe();
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    const shape = () => document.querySelector<HTMLElement>('.guide-shape');
    expect(shape()?.classList.contains('is-still')).toBe(false);
    expect(shape()?.style.getPropertyValue('--from')).toBe('0.55');
    expect(shape()?.style.getPropertyValue('--to')).toBe('1');
    expect(shape()?.style.animationDuration).toBe('4s');
    advance(8000);
    expect(shape()?.style.getPropertyValue('--from')).toBe('1');
    expect(shape()?.style.getPropertyValue('--to')).toBe('0.55');
  });
});

describe('reduced motion', () => {
  it('keeps the shape still while the cue, count and steps carry the rhythm', async () => {
    await openBreathe({ reducedMotion: true });
    fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
    advance(5000);
    const shape = document.querySelector<HTMLElement>('.guide-shape');
    expect(shape?.classList.contains('is-still')).toBe(true);
    expect(shape?.getAttribute('style')).toBeNull();
    expect(document.querySelector('.guide-cue')?.textContent).toBe('Hold');
    expect(document.querySelector('.guide-count')?.textContent).toBe('2');
    expect(document.querySelector('.guide-steps .is-current')?.textContent).toBe('Hold 4');
  });

  it('follows the system setting, also when it changes while open', () => {
    const listeners: ((event: { matches: boolean }) => void)[] = [];
    const matchMedia = vi.fn((query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      addEventListener: (_: string, listener: (event: { matches: boolean }) => void) => listeners.push(listener),
    }));
    const reduced = watchReducedMotion({ matchMedia } as unknown as Window);
    expect(matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
    expect(reduced.value).toBe(true);
    for (const listener of listeners) listener({ matches: false });
    expect(reduced.value).toBe(false);
  });
});
