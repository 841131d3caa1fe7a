/**
 * Optional soft tones for the breathing break, generated with Web Audio (no audio files): a sine
 * that glides up for breathing in, down for breathing out, and a level, quieter note for a hold,
 * so the phases can be followed with eyes closed. Every note fades in and out to avoid clicks.
 */
import type { PhaseKind } from '@/utils/breathing';

interface Note {
  from: number;
  to: number;
  peak: number;
}

const NOTES: Record<PhaseKind, Note> = {
  in: { from: 294, to: 392, peak: 0.07 },
  topUp: { from: 392, to: 440, peak: 0.06 },
  holdIn: { from: 349, to: 349, peak: 0.04 },
  out: { from: 392, to: 262, peak: 0.07 },
  holdOut: { from: 262, to: 262, peak: 0.04 },
};

const ATTACK_S = 0.15;
const LENGTH_S = 1.2;

type AudioContextFactory = () => AudioContext;

export function createTones(makeContext: AudioContextFactory = () => new AudioContext()) {
  let context: AudioContext | null = null;

  return {
    /** Call from the click that starts the break: browsers allow audio only after a gesture. */
    prepare(): void {
      context ??= makeContext();
      void context.resume();
    },

    play(kind: PhaseKind): void {
      if (!context) return;
      const note = NOTES[kind];
      const start = context.currentTime;
      const oscillator = context.createOscillator();
      oscillator.type = 'sine';
      oscillator.frequency.setValueAtTime(note.from, start);
      oscillator.frequency.linearRampToValueAtTime(note.to, start + LENGTH_S * 0.6);
      const gain = context.createGain();
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(note.peak, start + ATTACK_S);
      // Exponential ramps cannot reach 0: fade to inaudible instead.
      gain.gain.exponentialRampToValueAtTime(0.0001, start + LENGTH_S);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + LENGTH_S + 0.05);
    },

    close(): void {
      void context?.close();
      context = null;
    },
  };
}

export type Tones = ReturnType<typeof createTones>;
