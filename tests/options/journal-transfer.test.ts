/**
 * The journal in the options page's data actions: exported with history, imported back through the
 * worker after everything was deleted, and taken back by undo. Delete all leaves nothing behind.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OptionsModel } from '@/components/options/model/options-model';
import { emptyEntry } from '@/utils/journal/entry';
import { journalKey } from '@/utils/journal/keys';
import { openModel } from './support';

let model: OptionsModel;
afterEach(() => model?.close());

const asFile = (text: string) => ({ name: 'back.json', size: text.length, text: vi.fn(async () => text) });

describe('the journal in export, import, undo and delete all', () => {
  it('an export re-imported after deleting everything restores the journal; undo takes it back', async () => {
    const day = { ...emptyEntry('2026-11-22', 1000), skin: 4 as const, note: 'kefir, calm day' };
    await fakeBrowser.storage.local.set({ [journalKey('2026-11-22')]: day, localThing: 1 });
    const downloads: { name: string; text: string }[] = [];
    model = await openModel({ downloads });

    await model.data.exportFile(true);
    const text = downloads[0]?.text ?? '';
    expect(JSON.parse(text).journal).toEqual({ entries: { '2026-11-22': day } });

    await model.data.deleteAll();
    expect(model.data.notice.value).toMatchObject({ key: 'optionsDeleted' });
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty(journalKey('2026-11-22'));
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('localThing');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});

    await model.data.chooseFile(asFile(text));
    const state = model.data.importState.value;
    expect(state.step === 'review' && state.journalDays).toBe(1);
    await model.data.applyImport();
    expect((await fakeBrowser.storage.local.get(journalKey('2026-11-22')))[journalKey('2026-11-22')]).toEqual(day);

    await model.data.undoLast();
    expect(await fakeBrowser.storage.local.get(journalKey('2026-11-22'))).toEqual({});
  });
});
