import { describe, expect, it, vi } from 'vitest';
import { createTones } from '@/components/popup/tones';

/** Just enough of Web Audio to see what the tones schedule. */
function fakeAudio() {
  const ramps: string[] = [];
  const param = (name: string) => ({
    setValueAtTime: (value: number, at: number) => ramps.push(`${name} set ${value} @${at}`),
    linearRampToValueAtTime: (value: number, at: number) => ramps.push(`${name} linear ${value} @${at}`),
    exponentialRampToValueAtTime: (value: number, at: number) => ramps.push(`${name} exp ${value} @${at}`),
  });
  const oscillator = {
    type: '',
    frequency: param('frequency'),
    connect: vi.fn((node: unknown) => node),
    start: vi.fn(),
    stop: vi.fn(),
  };
  const gain = { gain: param('gain'), connect: vi.fn() };
  const context = {
    currentTime: 10,
    destination: {},
    resume: vi.fn(async () => undefined),
    close: vi.fn(async () => undefined),
    createOscillator: vi.fn(() => oscillator),
    createGain: vi.fn(() => gain),
  };
  return { context, oscillator, gain, ramps, make: vi.fn(() => context as unknown as AudioContext) };
}

describe('soft tones', () => {
  it('make no sound, and no audio context, until prepared by a click', () => {
    const audio = fakeAudio();
    const tones = createTones(audio.make);
    tones.play('in');
    expect(audio.make).not.toHaveBeenCalled();
  });

  it('play a sine that fades in and out (no clicks), rising for breathing in', () => {
    const audio = fakeAudio();
    const tones = createTones(audio.make);
    tones.prepare();
    tones.prepare();
    expect(audio.make).toHaveBeenCalledOnce();
    expect(audio.context.resume).toHaveBeenCalled();
    tones.play('in');
    expect(audio.oscillator.type).toBe('sine');
    const gain = audio.ramps.filter((r) => r.startsWith('gain'));
    expect(gain[0]).toBe('gain set 0 @10');
    expect(gain[1]).toMatch(/^gain linear 0\.0\d+ @10\.1/);
    expect(gain[2]).toMatch(/^gain exp 0\.0001 @11\.2/);
    const [from, to] = audio.ramps.filter((r) => r.startsWith('frequency')).map((r) => Number(r.split(' ')[2]));
    expect(to).toBeGreaterThan(from as number);
    expect(audio.oscillator.stop).toHaveBeenCalledWith(expect.closeTo(11.25, 5));
  });

  it('fall for breathing out, and stop when closed', () => {
    const audio = fakeAudio();
    const tones = createTones(audio.make);
    tones.prepare();
    tones.play('out');
    const [from, to] = audio.ramps.filter((r) => r.startsWith('frequency')).map((r) => Number(r.split(' ')[2]));
    expect(to).toBeLessThan(from as number);
    tones.close();
    expect(audio.context.close).toHaveBeenCalled();
    audio.context.createOscillator.mockClear();
    tones.play('in');
    expect(audio.context.createOscillator).not.toHaveBeenCalled();
  });
});
