import { describe, expect, it } from 'vitest';
import { firstPaintCache, forgetFirstPaint } from '@/components/kit/first-paint';
import { readLastVisit, rememberVisit } from '@/components/popup/last-visit';
import { makeSettings } from './factories';
import { makeSnapshot } from './popup/fixtures';

function memory() {
  const map = new Map<string, string>();
  let writes = 0;
  return {
    map,
    writes: () => writes,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      writes += 1;
      map.set(key, value);
    },
  };
}

describe('the first-paint cache', () => {
  it('one key per page, stamped with the version; nothing from another version is trusted', () => {
    const store = memory();
    firstPaintCache('newtab', '1.2.0', store).write({ a: 1 });
    expect([...store.map.keys()]).toEqual(['glow:first-paint:newtab']);
    expect(firstPaintCache('newtab', '1.2.0', store).read()).toEqual({ a: 1 });
    expect(firstPaintCache('newtab', '1.3.0', store).read()).toBeNull();
    expect(firstPaintCache('popup', '1.2.0', store).read()).toBeNull();
  });

  it('writes only when the value changed', () => {
    const store = memory();
    const cache = firstPaintCache('newtab', '1', store);
    cache.write({ a: 1 });
    cache.write({ a: 1 });
    expect(store.writes()).toBe(1);
    cache.write({ a: 2 });
    expect(store.writes()).toBe(2);
  });

  it('treats missing, damaged or odd values as nothing saved, and survives storage that throws', () => {
    const store = memory();
    const cache = firstPaintCache('popup', '1', store);
    expect(cache.read()).toBeNull();
    store.setItem('glow:first-paint:popup', '{not json');
    expect(cache.read()).toBeNull();
    store.setItem('glow:first-paint:popup', JSON.stringify({ value: 1 }));
    expect(cache.read()).toBeNull();
    const broken = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => firstPaintCache('popup', '1', broken).write({ a: 1 })).not.toThrow();
    expect(firstPaintCache('popup', '1', broken).read()).toBeNull();
    expect(firstPaintCache('popup', '1', null).read()).toBeNull();
  });
});

describe('the popup’s last visit, for an instant first paint', () => {
  const snapshot = makeSnapshot({
    settings: makeSettings({ general: { theme: 'dark' } }),
    today: { waterMl: 750 },
  });

  it('gives back the snapshot and theme of today’s last visit', () => {
    const cache = firstPaintCache('popup', '1.2.0', memory());
    rememberVisit(snapshot, cache);
    expect(readLastVisit(cache, snapshot.now)).toEqual({ theme: 'dark', snapshot });
  });

  it('keeps only the theme from another day: yesterday’s totals are not today’s', () => {
    const cache = firstPaintCache('popup', '1.2.0', memory());
    rememberVisit(snapshot, cache);
    expect(readLastVisit(cache, snapshot.now + 24 * 3_600_000)).toEqual({ theme: 'dark', snapshot: null });
  });

  it('an odd theme is not applied', () => {
    const cache = firstPaintCache('popup', '1', memory());
    cache.write({ ...snapshot, settings: { ...snapshot.settings, general: { theme: '"><b>' } } });
    expect(readLastVisit(cache, snapshot.now).theme).toBeNull();
    cache.write({ today: 'x' });
    expect(readLastVisit(cache, snapshot.now)).toEqual({ theme: null, snapshot: null });
  });
});

describe('forgetting every page’s copy ("delete all my data")', () => {
  it('removes the popup’s and the new tab’s copies and nothing else', () => {
    const store = new Map<string, string>([
      ['glow:first-paint:popup', '{}'],
      ['glow:first-paint:newtab', '{}'],
      ['other', 'kept'],
    ]);
    forgetFirstPaint({ removeItem: (key: string) => void store.delete(key) });
    expect([...store.keys()]).toEqual(['other']);
  });
});
