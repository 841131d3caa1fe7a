/**
 * Export, import, reset and undo. An import is checked in full before anything changes, shown as
 * a list of changes, then applied: the backup is stored first, history added through the worker,
 * the file's tip preferences (saved and hidden tips, topics, filter) written, settings written in
 * one storage.sync write; if a step fails, the earlier ones are rolled back. Reset works the same
 * way (for settings only), and "Undo" puts back what the last import or reset replaced.
 */
import { computed, signal } from '@preact/signals';
import { diffSettings, type FieldChange } from '@/components/options/model/diff';
import { countEvents, type HistoryAdded, type HistoryBundle } from '@/utils/history/bundle';
import { formatNumber } from '@/utils/i18n';
import type { MessageKey, PluralBase } from '@/utils/i18n-keys';
import { countDays, type JournalAdded, type JournalBundle } from '@/utils/journal/bundle';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { UndoRecord } from '@/utils/settings/replace';
import type { Settings, SettingsProblem } from '@/utils/settings/schema';
import {
  buildExport,
  type ExportFile,
  exportFileName,
  fitExport,
  MAX_IMPORT_BYTES,
  parseImport,
} from '@/utils/settings/transfer';
import type { TipPrefs } from '@/utils/tips/prefs';
import type { FormModel } from './form-model';

export interface DataPort {
  /** Read-only: the history in storage.local, for export. */
  readHistory(): Promise<HistoryBundle>;
  importHistory(bundle: HistoryBundle): Promise<HistoryAdded>;
  undoHistoryImport(added: HistoryAdded): Promise<unknown>;
  /** Read-only: the journal in storage.local, for export. */
  readJournal(): Promise<JournalBundle>;
  importJournal(bundle: JournalBundle): Promise<JournalAdded>;
  undoJournalImport(added: JournalAdded): Promise<unknown>;
  /** Delete everything kept (through the worker) and this page's first-paint copies. */
  deleteAll(): Promise<void>;
  /** The tip preferences in storage.sync, and replacing them (an import, its undo). */
  readTips(): Promise<TipPrefs>;
  writeTips(prefs: TipPrefs): Promise<void>;
  readUndo(): Promise<UndoRecord | null>;
  writeUndo(record: UndoRecord | null): Promise<void>;
  download(fileName: string, text: string): void;
  appVersion: string;
}

interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; name: string }
  | { step: 'rejected'; name: string; problems: SettingsProblem[] }
  | {
      step: 'review';
      name: string;
      file: ExportFile;
      changes: FieldChange[];
      events: number;
      journalDays: number;
      /** The file's saved tips, when it carries tip preferences (which then replace the person's). */
      tips: { saved: number; hidden: number } | null;
    }
  | { step: 'applying'; name: string };

/** The outcome of the last data action, announced in the data section. */
/** What the data section says: a message, or a message about a count (utils/i18n.ts plural). */
export type Notice = { tone: 'done' | 'error'; subs?: string[] } & (
  | { key: MessageKey }
  | { plural: PluralBase; count: number }
);

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)) || '?';

class Refused extends Error {
  constructor(readonly problems: SettingsProblem[]) {
    super(problems.map((p) => p.message).join(', '));
  }
}

/** `now` is the page clock's exact time (components/kit/clock.ts). */
export function createDataModel(form: FormModel, port: DataPort, now: () => number) {
  const importState = signal<ImportState>({ step: 'idle' });
  const undo = signal<UndoRecord | null>(null);
  const notice = signal<Notice | null>(null);
  const busy = signal(false);

  /** Run one data action at a time; a failure becomes a notice, never an unhandled rejection. */
  async function exclusive(work: () => Promise<void>, failure: MessageKey): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      await work();
    } catch (error) {
      notice.value = { tone: 'error', key: failure, subs: [messageOf(error)] };
    } finally {
      busy.value = false;
    }
  }

  /** What storage holds now, with any waiting edit written first. */
  async function stored(): Promise<Settings> {
    await form.flush();
    const current = form.base.value;
    if (current === null) throw new Error('settings not loaded');
    return current;
  }

  /**
   * Write `next` over all settings (and history, the journal and the tip preferences, when given),
   * keeping `record` as the way back; roll back on failure.
   */
  async function replaceWith(
    next: Settings,
    record: UndoRecord,
    data: {
      history?: HistoryBundle | undefined;
      journal?: JournalBundle | undefined;
      tips?: TipPrefs | undefined;
    } = {},
  ) {
    const { tips } = data;
    const previous = undo.value;
    const tipsBefore = tips ? await port.readTips() : null;
    if (tipsBefore) record = { ...record, tips: tipsBefore };
    await port.writeUndo(record);
    let added: HistoryAdded | null = null;
    let journal: JournalAdded | null = null;
    let tipsWritten = false;
    try {
      if (data.history) {
        added = await port.importHistory(data.history);
        record = { ...record, history: added };
        await port.writeUndo(record);
      }
      if (data.journal) {
        journal = await port.importJournal(data.journal);
        record = { ...record, journal };
        await port.writeUndo(record);
      }
      if (tips) {
        await port.writeTips(tips);
        tipsWritten = true;
      }
      const saved = await form.replaceAll(next);
      if (!saved.ok) throw new Refused(saved.problems);
    } catch (error) {
      if (added) await port.undoHistoryImport(added).catch(() => undefined);
      if (journal) await port.undoJournalImport(journal).catch(() => undefined);
      if (tipsWritten && tipsBefore) await port.writeTips(tipsBefore).catch(() => undefined);
      await port.writeUndo(previous).catch(() => undefined);
      throw error;
    }
    undo.value = record;
  }

  return {
    importState: computed(() => importState.value),
    undo: computed(() => undo.value),
    notice: computed(() => notice.value),
    busy: computed(() => busy.value),

    async open(): Promise<void> {
      undo.value = await port.readUndo();
    },

    exportFile: (includeHistory: boolean) =>
      exclusive(async () => {
        const at = now();
        const history = includeHistory ? await port.readHistory() : null;
        const journal = includeHistory ? await port.readJournal() : null;
        const tips = await port.readTips();
        const file = buildExport({
          settings: await stored(),
          tips,
          history,
          journal,
          now: at,
          appVersion: port.appVersion,
        });
        const { text, rolledUp } = fitExport(file);
        const name = exportFileName(at);
        port.download(name, text);
        notice.value = rolledUp
          ? { tone: 'done', plural: 'optionsExportedRolledUp', count: rolledUp, subs: [name] }
          : { tone: 'done', key: 'optionsExported', subs: [name] };
      }, 'optionsExportFailed'),

    /** Check a chosen file in full; nothing changes until `applyImport`. */
    async chooseFile(picked: PickedFile): Promise<void> {
      notice.value = null;
      const { name } = picked;
      if (picked.size > MAX_IMPORT_BYTES) {
        importState.value = {
          step: 'rejected',
          name,
          problems: [{ path: '', message: 'optionsImportTooLarge', detail: [formatNumber(picked.size)] }],
        };
        return;
      }
      importState.value = { step: 'checking', name };
      let result: ReturnType<typeof parseImport>;
      try {
        result = parseImport(await picked.text());
      } catch {
        result = { ok: false, problems: [{ path: '', message: 'optionsImportUnreadable' }] };
      }
      if (!result.ok) {
        importState.value = { step: 'rejected', name, problems: result.problems };
        return;
      }
      // Against what storage holds (valid edits saved first): what applying will replace.
      const current = await stored();
      const { file } = result;
      const changes = diffSettings(current, structuredClone(file.settings));
      const events = file.history ? countEvents(file.history) : 0;
      const journalDays = file.journal ? countDays(file.journal) : 0;
      const tips = file.tips ? { saved: file.tips.saved.length, hidden: file.tips.hidden.length } : null;
      importState.value = { step: 'review', name, file, changes, events, journalDays, tips };
    },

    cancelImport(): void {
      importState.value = { step: 'idle' };
    },

    applyImport: () =>
      exclusive(async () => {
        const state = importState.value;
        if (state.step !== 'review') return;
        importState.value = { step: 'applying', name: state.name };
        try {
          const before = await stored();
          const record: UndoRecord = { kind: 'import', savedAt: now(), settings: before, history: null, journal: null };
          await replaceWith(structuredClone(state.file.settings), record, {
            history: state.file.history,
            journal: state.file.journal,
            tips: state.file.tips,
          });
        } finally {
          importState.value = { step: 'idle' };
        }
        notice.value = { tone: 'done', plural: 'optionsImported', count: state.changes.length };
      }, 'optionsImportFailed'),

    /** What a reset would change, for the confirmation dialog. */
    resetChanges(): FieldChange[] {
      // Against what storage holds, as resetToDefaults replaces that (an invalid edit is dropped).
      const current = form.base.value;
      return current ? diffSettings(current, structuredClone(DEFAULT_SETTINGS)) : [];
    },

    resetToDefaults: () =>
      exclusive(async () => {
        const before = await stored();
        const record: UndoRecord = { kind: 'reset', savedAt: now(), settings: before, history: null, journal: null };
        await replaceWith(structuredClone(DEFAULT_SETTINGS), record);
        notice.value = { tone: 'done', key: 'optionsResetDone' };
      }, 'optionsResetFailed'),

    undoLast: () =>
      exclusive(async () => {
        const record = undo.value;
        if (record === null) return;
        const saved = await form.replaceAll(structuredClone(record.settings));
        if (!saved.ok) throw new Refused(saved.problems);
        if (record.history) await port.undoHistoryImport(record.history);
        if (record.journal) await port.undoJournalImport(record.journal);
        if (record.tips) await port.writeTips(record.tips);
        await port.writeUndo(null);
        undo.value = null;
        notice.value = { tone: 'done', key: record.kind === 'import' ? 'optionsUndoneImport' : 'optionsUndoneReset' };
      }, 'optionsUndoFailed'),

    /** Everything deleted, here and in sync; the form then shows the defaults (storage is empty). */
    deleteAll: () =>
      exclusive(async () => {
        await form.flush();
        await port.deleteAll();
        undo.value = null;
        importState.value = { step: 'idle' };
        notice.value = { tone: 'done', key: 'optionsDeleted' };
      }, 'optionsDeleteFailed'),
  };
}
