import { beforeEach, describe, expect, it, vi } from 'vitest';
import { firstPaintCache, type PageStore } from '@/components/kit/first-paint';
import { DEFAULT_MIRROR, type Mirror, readMirror as read, writeMirror as write } from '@/components/newtab/mirror';
import { TIPS } from '@/utils/tips/library';

const id = TIPS[0]?.id ?? '';
const custom: Mirror = {
  prefs: { saved: [id], hidden: [], topics: ['gut', 'acne'], filter: 'probiotics' },
  theme: 'dark',
  quiet: true,
  dayStartHour: 4,
  sites: true,
};

beforeEach(() => {
  localStorage.clear();
});

const cacheIn = (store?: PageStore | null) => firstPaintCache('newtab', '1.0.0', store);
const readMirror = (store?: PageStore | null) => read(cacheIn(store));
const writeMirror = (next: Mirror, store?: PageStore | null) => write(next, cacheIn(store));
/** What a stored copy says, as the cache stamps it. */
const storeRaw = (value: unknown) =>
  localStorage.setItem('glow:first-paint:newtab', JSON.stringify({ version: '1.0.0', value }));

describe('the first-paint mirror in localStorage', () => {
  it('reads as the defaults when there is none', () => {
    expect(readMirror()).toEqual(DEFAULT_MIRROR);
  });

  it('reads as the defaults when it is not JSON or not the right shape', () => {
    localStorage.setItem('glow:first-paint:newtab', '{not json');
    expect(readMirror()).toEqual(DEFAULT_MIRROR);
    for (const value of [42, 'dark', { theme: 'neon', quiet: 'yes', prefs: 7 }]) {
      storeRaw(value);
      expect(readMirror()).toEqual(DEFAULT_MIRROR);
    }
  });

  it('round-trips what was written', () => {
    writeMirror(custom);
    expect(readMirror()).toEqual(custom);
  });

  it('keeps only strings from the mirrored lists, each once, and no more than the library holds', () => {
    const many = Array.from({ length: TIPS.length + 5 }, (_, i) => `unknown-${i}`);
    storeRaw({ ...custom, prefs: { saved: [id, 5, null, id], hidden: many } });
    expect(readMirror().prefs.saved).toEqual([id]);
    expect(readMirror().prefs.hidden).toHaveLength(TIPS.length);
  });

  it('writes nothing when nothing changed, including defaults over no copy at all', () => {
    const setItem = vi.spyOn(localStorage, 'setItem');
    writeMirror(DEFAULT_MIRROR);
    expect(setItem).not.toHaveBeenCalled();
    writeMirror(custom);
    writeMirror(structuredClone(custom));
    expect(setItem).toHaveBeenCalledTimes(1);
  });

  it('survives a storage that refuses reads and writes', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readMirror(broken)).toEqual(DEFAULT_MIRROR);
    expect(() => writeMirror(custom, broken)).not.toThrow();
    expect(readMirror(null)).toEqual(DEFAULT_MIRROR);
  });
});
