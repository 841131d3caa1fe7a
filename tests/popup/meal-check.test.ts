import { describe, expect, it } from 'vitest';
import {
  cleanNote,
  type MealDraft,
  mealAnswers,
  mealMinutes,
  mealPace,
  NOTE_MAX,
  readMealDraft,
  untilHalfway,
} from '@/utils/meal-check';
import { HOUR, MINUTE } from '@/utils/time/clock';
import { NOW } from './fixtures';

const draft = (patch: Partial<MealDraft> = {}): MealDraft => ({
  step: 'during',
  hunger: 6,
  timerMinutes: 20,
  startedAt: NOW,
  endedAt: null,
  ...patch,
});

describe('meal length', () => {
  it('is whole minutes, rounded', () => {
    expect(mealMinutes(NOW, NOW + 14 * MINUTE + 29_000)).toBe(14);
    expect(mealMinutes(NOW, NOW + 14 * MINUTE + 30_000)).toBe(15);
  });

  it('is not recorded when under a minute (the check was filled in afterwards)', () => {
    expect(mealMinutes(NOW, NOW + 59_999)).toBeNull();
    expect(mealMinutes(NOW, NOW)).toBeNull();
    expect(mealMinutes(NOW, NOW + MINUTE)).toBe(1);
  });

  it('is capped at what the history keeps', () => {
    expect(mealMinutes(NOW, NOW + 5 * HOUR)).toBe(240);
  });
});

describe('meal pace', () => {
  it('cues halfway through the timer, and says when it has run out', () => {
    expect(mealPace(NOW, 20, NOW + 9 * MINUTE)).toMatchObject({ ratio: 0.45, halfway: false, over: false });
    expect(mealPace(NOW, 20, NOW + 10 * MINUTE)).toMatchObject({ ratio: 0.5, halfway: true, over: false });
    expect(mealPace(NOW, 20, NOW + 25 * MINUTE)).toMatchObject({ ratio: 1, halfway: true, over: true });
  });

  it('without a timer only counts the time', () => {
    expect(mealPace(NOW, null, NOW + 30 * MINUTE)).toEqual({
      elapsedMs: 30 * MINUTE,
      ratio: 0,
      halfway: false,
      over: false,
    });
  });

  it('knows how long until the halfway cue', () => {
    expect(untilHalfway(NOW, 20, NOW + MINUTE)).toBe(9 * MINUTE);
    expect(untilHalfway(NOW, 20, NOW + 10 * MINUTE)).toBeNull();
    expect(untilHalfway(NOW, null, NOW)).toBeNull();
  });
});

describe('the note', () => {
  it('is trimmed plain text', () => {
    expect(cleanNote('  ate slowly\n  ')).toBe('ate slowly');
    expect(cleanNote('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
  });

  it('keeps markup as the characters typed (it is shown as text, never as HTML)', () => {
    expect(cleanNote('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('is cut at the limit without splitting a character', () => {
    expect(cleanNote('a'.repeat(300))).toHaveLength(NOTE_MAX);
    const emoji = `${'a'.repeat(NOTE_MAX - 1)}🍎`;
    expect(cleanNote(emoji)).toBe('a'.repeat(NOTE_MAX - 1));
  });
});

describe('the stored draft', () => {
  it('is read back when valid and from this meal', () => {
    expect(readMealDraft(draft(), NOW + 30 * MINUTE)).toEqual(draft());
    expect(readMealDraft(draft({ step: 'after', endedAt: NOW + 20 * MINUTE }), NOW + HOUR)).toMatchObject({
      step: 'after',
    });
  });

  it('is dropped when damaged, from the future, or from a meal long over', () => {
    expect(readMealDraft(undefined, NOW)).toBeNull();
    expect(readMealDraft({ ...draft(), hunger: 11 }, NOW)).toBeNull();
    expect(readMealDraft({ ...draft(), step: 'before' }, NOW)).toBeNull();
    expect(readMealDraft({ ...draft(), timerMinutes: 17 }, NOW)).toBeNull();
    expect(readMealDraft(draft(), NOW - MINUTE)).toBeNull();
    expect(readMealDraft(draft(), NOW + 6 * HOUR)).toBeNull();
  });
});

describe('the answers recorded', () => {
  it('carry hunger, fullness, the measured minutes and the cleaned note', () => {
    const finished = draft({ step: 'after', endedAt: NOW + 18 * MINUTE });
    expect(mealAnswers(finished, 7, ' lovely soup ', NOW + 25 * MINUTE)).toEqual({
      hunger: 6,
      fullness: 7,
      minutes: 18,
      note: 'lovely soup',
    });
  });

  it('count to now when the end was not marked', () => {
    expect(mealAnswers(draft(), 5, '', NOW + 12 * MINUTE)).toMatchObject({ minutes: 12, note: '' });
  });
});
