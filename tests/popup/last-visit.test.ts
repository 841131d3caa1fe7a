import { describe, expect, it } from 'vitest';
import { readLastVisit, rememberVisit } from '@/components/popup/last-visit';
import { makeSettings } from '../factories';
import { makeSnapshot } from './fixtures';

function memory() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

describe('the last visit, for an instant first paint', () => {
  const snapshot = makeSnapshot({
    settings: makeSettings({ general: { theme: 'dark' } }),
    today: { waterMl: 750 },
  });

  it('gives back the snapshot and theme of today’s last visit', () => {
    const store = memory();
    rememberVisit(snapshot, store, '1.2.0');
    expect(readLastVisit(store, '1.2.0', snapshot.today)).toEqual({ theme: 'dark', snapshot });
  });

  it('keeps only the theme from another day: yesterday’s totals are not today’s', () => {
    const store = memory();
    rememberVisit(snapshot, store, '1.2.0');
    expect(readLastVisit(store, '1.2.0', '2026-03-11')).toEqual({ theme: 'dark', snapshot: null });
  });

  it('trusts nothing saved by another version of the extension', () => {
    const store = memory();
    rememberVisit(snapshot, store, '1.1.0');
    expect(readLastVisit(store, '1.2.0', snapshot.today)).toEqual({ theme: null, snapshot: null });
  });

  it('treats missing, damaged or odd values as a first visit', () => {
    const store = memory();
    expect(readLastVisit(store, '1', snapshot.today)).toEqual({ theme: null, snapshot: null });
    store.setItem('glowWithin.lastSnapshot', '{not json');
    expect(readLastVisit(store, '1', snapshot.today)).toEqual({ theme: null, snapshot: null });
    store.setItem('glowWithin.lastSnapshot', JSON.stringify({ version: '1', snapshot: { today: 'x' } }));
    expect(readLastVisit(store, '1', snapshot.today)).toEqual({ theme: null, snapshot: null });
    const odd = { ...snapshot, settings: { ...snapshot.settings, general: { theme: '"><b>' } } };
    store.setItem('glowWithin.lastSnapshot', JSON.stringify({ version: '1', snapshot: odd }));
    expect(readLastVisit(store, '1', snapshot.today).theme).toBeNull();
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => rememberVisit(snapshot, broken, '1')).not.toThrow();
    expect(readLastVisit(broken, '1', snapshot.today)).toEqual({ theme: null, snapshot: null });
  });
});
