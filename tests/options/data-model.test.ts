import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OptionsModel } from '@/components/options/model/options-model';
import { dayKey } from '@/utils/history/keys';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { SETTINGS_VERSION } from '@/utils/settings/migrate';
import { parseImport } from '@/utils/settings/transfer';
import { localInstant } from '@/utils/time/clock';
import type { TipPrefs } from '@/utils/tips/prefs';
import { makeSettings, stamp } from '../factories';
import { BAD_FILES, GOOD_SETTINGS, goodFileText } from './corpus';
import { enforceSyncQuota, QUOTA_MESSAGE } from './quota';
import { openModel, storageText, storedSettings } from './support';

let model: OptionsModel;
afterEach(() => model?.close());

const file = (name: string, text: string) => ({
  name,
  size: new TextEncoder().encode(text).length,
  text: vi.fn(async () => text),
});

const mine = makeSettings({ stress: { snoozeMinutes: 20 } });

async function withStored() {
  await fakeBrowser.storage.sync.set({ settings: mine, settings$: { v: SETTINGS_VERSION } });
  // Paused on this device: no import, reset or undo of settings touches that.
  await fakeBrowser.storage.local.set({ [dayKey('2026-11-20')]: [drink('2026-11-20', 'mine')], pause: 'forever' });
}

function drink(date: string, id: string) {
  return stamp({ type: 'water', amountMl: 250 }, localInstant(date, 600), id);
}

describe('import', () => {
  it('case 11: malicious import — each bad file is rejected naming the problem; storage unchanged, prototype untouched', async () => {
    await withStored();
    model = await openModel();
    const before = await storageText();
    for (const [what, text, path] of BAD_FILES) {
      await model.data.chooseFile(file(`${what}.json`, text));
      const state = model.data.importState.value;
      expect(state.step, what).toBe('rejected');
      if (state.step !== 'rejected') continue;
      expect(
        state.problems.map((p) => p.path),
        what,
      ).toContain(path);
      expect(state.problems.every((p) => p.message.length > 0)).toBe(true);
      expect(await storageText(), what).toBe(before);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(document.title).not.toBe('1');
  });

  it('a file over 1 MB is refused by its size, without being read', async () => {
    model = await openModel();
    const big = { name: 'big.json', size: 10 * 1024 * 1024, text: vi.fn(async () => '') };
    await model.data.chooseFile(big);
    expect(big.text).not.toHaveBeenCalled();
    expect(model.data.importState.value).toEqual({
      step: 'rejected',
      name: 'big.json',
      problems: [{ path: '', message: 'optionsImportTooLarge', detail: ['10,485,760'] }],
    });
  });

  it('a good file shows what will change, applies at once, and Undo restores settings and history', async () => {
    await withStored();
    model = await openModel();
    const before = await storageText();
    await model.data.chooseFile(
      file('backup.json', goodFileText({ days: { '2026-11-21': [drink('2026-11-21', 'theirs')] }, rollup: {} })),
    );
    const review = model.data.importState.value;
    expect(review.step).toBe('review');
    if (review.step !== 'review') return;
    expect(review.events).toBe(1);
    expect(review.changes.map((c) => c.path)).toEqual([
      'hydration.schedule.interval.everyMinutes',
      'hydration.message',
      'stress.snoozeMinutes',
      'water.goalMl',
      'general.theme',
    ]);
    // Nothing has changed yet.
    expect(await storageText()).toBe(before);

    await model.data.applyImport();
    expect(await storedSettings()).toEqual(GOOD_SETTINGS);
    expect((await fakeBrowser.storage.local.get('pause')).pause).toBe('forever');
    expect(model.form.draft.value).toEqual(await storedSettings());
    expect((await fakeBrowser.storage.local.get(dayKey('2026-11-21')))[dayKey('2026-11-21')]).toHaveLength(1);
    expect(model.data.undo.value?.kind).toBe('import');
    expect(model.data.notice.value).toEqual({ tone: 'done', plural: 'optionsImported', count: 5 });
    expect(model.data.importState.value).toEqual({ step: 'idle' });

    await model.data.undoLast();
    expect(await storedSettings()).toEqual(mine);
    expect(model.form.draft.value).toEqual(mine);
    expect((await fakeBrowser.storage.local.get(dayKey('2026-11-21')))[dayKey('2026-11-21')]).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(dayKey('2026-11-20')))[dayKey('2026-11-20')]).toHaveLength(1);
    expect(model.data.undo.value).toBeNull();
    expect((await fakeBrowser.storage.local.get('optionsUndo')).optionsUndo).toBeUndefined();
  });

  it('a failed settings write rolls the import back: history removed again, settings as they were', async () => {
    await withStored();
    model = await openModel();
    await model.data.chooseFile(
      file('backup.json', goodFileText({ days: { '2026-11-21': [drink('2026-11-21', 'theirs')] }, rollup: {} })),
    );
    enforceSyncQuota().failNext = 1;
    await model.data.applyImport();
    expect(model.data.notice.value).toMatchObject({ tone: 'error', key: 'optionsImportFailed' });
    expect(await storedSettings()).toEqual(mine);
    expect((await fakeBrowser.storage.local.get(dayKey('2026-11-21')))[dayKey('2026-11-21')]).toBeUndefined();
    expect(model.data.undo.value).toBeNull();
    expect((await fakeBrowser.storage.local.get('optionsUndo')).optionsUndo).toBeUndefined();
  });
});

describe('tip preferences in export and import', () => {
  const theirs: TipPrefs = {
    saved: ['thirty-plants-a-week'],
    hidden: ['acne-and-dairy'],
    topics: ['gut', 'eczema'],
    filter: 'probiotics',
  };
  const storedTips = async () => (await fakeBrowser.storage.sync.get('tipPrefs')).tipPrefs;

  it('an export carries the saved and hidden tips, topics and filter, and imports back unchanged', async () => {
    await withStored();
    await fakeBrowser.storage.sync.set({ tipPrefs: theirs });
    const downloads: { name: string; text: string }[] = [];
    model = await openModel({ downloads });
    await model.data.exportFile(false);
    const parsed = parseImport(downloads[0]?.text ?? '');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.file.tips).toEqual(theirs);
  });

  it('an import replaces the tip preferences, says so in the review, and Undo puts the old ones back', async () => {
    await withStored();
    const mineTips = { saved: ['fibre-most-of-us-need-more'], hidden: [], topics: ['glow'], filter: null };
    await fakeBrowser.storage.sync.set({ tipPrefs: mineTips });
    model = await openModel();
    await model.data.chooseFile(file('backup.json', goodFileText(undefined, theirs)));
    const review = model.data.importState.value;
    expect(review.step === 'review' && review.tips).toEqual({ saved: 1, hidden: 1 });
    await model.data.applyImport();
    expect(await storedTips()).toEqual(theirs);
    await model.data.undoLast();
    expect(await storedTips()).toEqual(mineTips);
  });

  it('a file without tips (format 2, or made before) leaves the tip preferences alone', async () => {
    await withStored();
    const mineTips = { saved: ['fibre-most-of-us-need-more'], hidden: [], topics: ['glow', 'acne'], filter: null };
    await fakeBrowser.storage.sync.set({ tipPrefs: mineTips });
    model = await openModel();
    await model.data.chooseFile(file('old.json', goodFileText()));
    const review = model.data.importState.value;
    expect(review.step === 'review' && review.tips).toBeNull();
    await model.data.applyImport();
    expect(await storedSettings()).toEqual(GOOD_SETTINGS);
    expect(await storedTips()).toEqual(mineTips);
  });

  it('a failed settings write puts the tip preferences back too', async () => {
    await withStored();
    const mineTips = { saved: [], hidden: [], topics: ['glow'], filter: null };
    await fakeBrowser.storage.sync.set({ tipPrefs: mineTips });
    model = await openModel();
    await model.data.chooseFile(file('backup.json', goodFileText(undefined, theirs)));
    // The tips write goes through; the settings write after it fails.
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    let writes = 0;
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      writes += 1;
      if ('settings' in items) throw new Error(QUOTA_MESSAGE);
      return set(items);
    });
    await model.data.applyImport();
    expect(writes).toBeGreaterThan(1);
    expect(model.data.notice.value).toMatchObject({ tone: 'error', key: 'optionsImportFailed' });
    expect(await storedTips()).toEqual(mineTips);
  });
});

describe('reset and export', () => {
  it('reset to defaults keeps the pause and can be undone', async () => {
    await withStored();
    model = await openModel();
    expect(model.data.resetChanges().map((c) => c.path)).toEqual(['stress.snoozeMinutes']);
    await model.data.resetToDefaults();
    expect(await storedSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.local.get('pause')).pause).toBe('forever');
    expect(model.data.undo.value?.kind).toBe('reset');
    await model.data.undoLast();
    expect(await storedSettings()).toEqual(mine);
    expect(model.data.notice.value).toEqual({ tone: 'done', key: 'optionsUndoneReset' });
  });

  it('export writes waiting edits first, includes history when asked, and imports back unchanged', async () => {
    await withStored();
    const downloads: { name: string; text: string }[] = [];
    model = await openModel({ downloads });
    model.form.update((s) => {
      s.water.cupMl = 330;
    });
    await model.data.exportFile(true);
    expect(downloads).toHaveLength(1);
    const [exported] = downloads;
    expect(exported?.name).toMatch(/^glow-within-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseImport(exported?.text ?? '');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.settings).toEqual({ ...mine, water: { ...mine.water, cupMl: 330 } });
    expect(parsed.file.settings).toEqual(await storedSettings());
    expect(parsed.file.history?.days['2026-11-20']).toEqual([drink('2026-11-20', 'mine')]);
    expect(model.data.notice.value).toEqual({ tone: 'done', key: 'optionsExported', subs: [exported?.name] });

    await model.data.exportFile(false);
    const settingsOnly = parseImport(downloads[1]?.text ?? '');
    expect(settingsOnly.ok && settingsOnly.file.history).toBeUndefined();
  });
});
