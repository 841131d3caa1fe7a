import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ITEM_LIMIT, syncBytes } from '@/utils/settings/store';
import { TIPS } from '@/utils/tips/library';
import {
  DEFAULT_PREFS,
  hideTip,
  setSaved,
  showAllAgain,
  TIP_ID_MAX_LENGTH,
  type TipPrefs,
  unhideTip,
} from '@/utils/tips/prefs';
import { loadPrefs, parsePrefs, updatePrefs, watchPrefs } from '@/utils/tips/prefs-store';
import { DEFAULT_TOPICS, TOPICS } from '@/utils/tips/topics';

const [a = '', b = '', c = ''] = TIPS.map((tip) => tip.id);
const ids = (count: number) => TIPS.slice(0, count).map((tip) => tip.id);
/** Prefs with the defaults for every field not given. */
const prefsOf = (fields: Partial<TipPrefs>): TipPrefs => ({ ...DEFAULT_PREFS, ...fields });

describe('parsePrefs: validation on read', () => {
  it('reads nothing, or something that is not prefs, as empty', () => {
    for (const raw of [undefined, null, 42, 'saved', [], { saved: 'x', hidden: { 0: 'y' } }]) {
      expect(parsePrefs(raw)).toEqual(DEFAULT_PREFS);
    }
  });

  it('keeps a good field when the other one is broken', () => {
    expect(parsePrefs({ saved: [a], hidden: 'nope' })).toEqual(prefsOf({ saved: [a], hidden: [] }));
  });

  it('leaves out entries that are not tip ids, and collapses repeats', () => {
    const raw = {
      saved: [a, 7, null, '<img src=x onerror=alert(1)>', '__proto__', 'A-Shouting-Id', a, b],
      hidden: ['x'.repeat(TIP_ID_MAX_LENGTH + 1), c, c],
    };
    expect(parsePrefs(raw)).toEqual(prefsOf({ saved: [a, b], hidden: [c] }));
  });

  it('keeps well-formed ids this version does not know (synced from a newer one)', () => {
    expect(parsePrefs({ saved: ['a-tip-from-the-future', a], hidden: [] }).saved).toEqual(['a-tip-from-the-future', a]);
  });

  it('reads topics and the filter leniently: unknown topics left out, a bad filter as none', () => {
    expect(
      parsePrefs({ saved: [], hidden: [], topics: ['acne', 'warts', 'gut', 'acne'], filter: 'probiotics' }),
    ).toEqual(prefsOf({ topics: ['gut', 'acne'], filter: 'probiotics' }));
    expect(parsePrefs({ saved: [], hidden: [], topics: 'acne', filter: '<b>' })).toEqual(
      prefsOf({ topics: [...DEFAULT_TOPICS], filter: null }),
    );
    // No topic chosen is a choice: the rotation then keeps every general tip (utils/tips/topics.ts).
    expect(parsePrefs({ saved: [], hidden: [], topics: [] }).topics).toEqual([]);
  });

  it('caps each list at the library size, dropping unknown ids first', () => {
    const raw = { saved: ['future-one', ...ids(TIPS.length), 'future-two'], hidden: [] };
    const { saved } = parsePrefs(raw);
    expect(saved).toEqual(ids(TIPS.length));
  });

  it('stays under storage.sync’s per-item limit at its largest', () => {
    const longest = (n: number) => `${'x'.repeat(TIP_ID_MAX_LENGTH - 4)}-${String(n).padStart(3, '0')}`;
    const largest: TipPrefs = {
      saved: TIPS.map((_, i) => longest(i)),
      hidden: TIPS.map((_, i) => longest(i + 500)),
      topics: [...TOPICS],
      filter: 'gut-brain-mood',
    };
    expect(parsePrefs(largest)).toEqual(largest);
    expect(syncBytes('tipPrefs', largest)).toBeLessThan(SYNC_ITEM_LIMIT);
  });
});

describe('changes', () => {
  it('saves and unsaves, newest last', () => {
    const saved = setSaved(setSaved(DEFAULT_PREFS, a, true), b, true);
    expect(saved.saved).toEqual([a, b]);
    expect(setSaved(saved, a, true).saved).toEqual([b, a]);
    expect(setSaved(saved, a, false).saved).toEqual([b]);
  });

  it('hiding a tip keeps its save; undo takes the hide back', () => {
    const before = setSaved(DEFAULT_PREFS, a, true);
    const hidden = hideTip(before, a);
    expect(hidden).toEqual(prefsOf({ saved: [a], hidden: [a] }));
    expect(unhideTip(hidden, a)).toEqual(before);
    expect(unhideTip(hideTip(DEFAULT_PREFS, b), b)).toEqual(DEFAULT_PREFS);
  });

  it('shows every hidden tip again', () => {
    expect(showAllAgain(prefsOf({ saved: [a], hidden: [b, c] }))).toEqual(prefsOf({ saved: [a], hidden: [] }));
  });
});

describe('prefs in storage.sync', () => {
  it('reads a corrupted stored value leniently', async () => {
    await fakeBrowser.storage.sync.set({ tipPrefs: { saved: [a, '<b>'], hidden: 12 } });
    await expect(loadPrefs()).resolves.toEqual(prefsOf({ saved: [a], hidden: [] }));
  });

  it('writes the change under tipPrefs, ids only', async () => {
    await updatePrefs((prefs) => hideTip(prefs, a));
    const stored = await fakeBrowser.storage.sync.get('tipPrefs');
    expect(stored.tipPrefs).toEqual(prefsOf({ saved: [], hidden: [a] }));
  });

  it('does not write when nothing changes', async () => {
    await updatePrefs((prefs) => setSaved(prefs, a, true));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await updatePrefs((prefs) => setSaved(prefs, a, true));
    expect(set).not.toHaveBeenCalled();
  });

  it('keeps every one of several quick changes', async () => {
    await Promise.all([a, b, c].map((id) => updatePrefs((prefs) => setSaved(prefs, id, true))));
    await expect(loadPrefs()).resolves.toEqual(prefsOf({ saved: [a, b, c], hidden: [] }));
  });

  it('tells watchers about changes from elsewhere, validated', async () => {
    const seen = vi.fn();
    const stop = watchPrefs(seen);
    await fakeBrowser.storage.sync.set({ tipPrefs: { saved: [b, 5], hidden: [] } });
    stop();
    expect(seen).toHaveBeenLastCalledWith(prefsOf({ saved: [b], hidden: [] }));
  });
});
