/**
 * Everything Glow Within keeps in extension storage, declared once: its area, its key, its version
 * and migrations. Every read and write goes through an item or an area defined here (a conventions
 * test fails on `browser.storage` or `storage.defineItem` anywhere else). Values come back typed
 * `unknown`: what storage holds can be old, damaged or from another device, so each concept's own
 * module checks it on read (settings/repair.ts, history/store.ts, tips/prefs-store.ts, …).
 *
 * | area    | key                | what                                   | writer            |
 * | ------- | ------------------ | -------------------------------------- | ----------------- |
 * | sync    | settings (v5)      | the person's preferences               | options, worker¹  |
 * | sync    | tipPrefs (v2)      | saved and hidden tips, topics, filter  | new tab, welcome  |
 * | local   | pause              | a pause of reminders on this device    | worker            |
 * | local   | setup              | the welcome page: pending, or done     | worker            |
 * | local   | worker             | anchors, snoozes, prompts on screen    | worker            |
 * | local   | day:YYYY-MM-DD     | one local date's history events        | worker            |
 * | local   | totals:YYYY-MM-DD  | a finished day's totals, beside (v1)³  | worker            |
 * | local   | rollup             | daily totals of days older than 60     | worker            |
 * | local   | journal:YYYY-MM-DD | one local date's check-in (journal)    | worker            |
 * | local   | journalRepairs     | what a journal repair replaced         | worker            |
 * | local   | settingsBackup     | what a repair or migration replaced    | worker, any²      |
 * | local   | optionsUndo        | what the last import or reset replaced | options           |
 * | local   | breathingPrefs     | the last breathing pattern and length  | popup             |
 * | session | mealDraft          | a mindful-meal check under way         | popup             |
 *
 * ¹ the worker only writes a repaired value at start. ² migrations run where an item is first
 * defined, which is usually the worker after an update. ³ counted from that day's events
 * (utils/history/store.ts), written with them, versioned inside (`v`): totals of another version
 * are not read, and the next daily compaction counts them again, so nothing needs migrating; they
 * stay out of the export. The pages' own synchronous first-paint copies live in localStorage, not
 * here (components/kit/first-paint.ts).
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { DAY_KEY, ROLLUP_KEY } from '../history/keys';
import { JOURNAL_KEY } from '../journal/keys';
import { activePause } from '../schedule/pause';
import { SETTINGS_VERSION, settingsV1toV2, settingsV2toV3, settingsV3toV4, settingsV4toV5 } from '../settings/migrate';
import { TIP_PREFS_VERSION, tipPrefsV1toV2 } from '../tips/prefs-migrate';

// ---- settings (sync), with the local items its migration writes --------------------------------

/** A copy of a stored settings value before a repair or migration replaced it. */
export const settingsBackupItem = storage.defineItem<unknown>('local:settingsBackup', { fallback: null });

/** The pause on this device: epoch ms, 'forever', or null. */
export const pauseItem = storage.defineItem<unknown>('local:pause', { fallback: null });

/**
 * The welcome page on this device: 'pending' from a first install until it is finished or
 * skipped (no reminder comes before), then 'done'. Nothing stored: installed before there was a
 * welcome page.
 */
export const setupItem = storage.defineItem<unknown>('local:setup', { fallback: null });

/**
 * v1 → v2: the pause was part of the synced settings (`general.pausedUntil`), so pausing on one
 * device paused every device, and pausing wrote preferences. It moves to this device's `pause`
 * item; the v1 value is kept in the backup first.
 */
async function settingsV2(v1: unknown): Promise<unknown> {
  await settingsBackupItem.setValue({ savedAt: Date.now(), fromVersion: 1, raw: v1, replaced: [] });
  const { settings, pause } = settingsV1toV2(v1);
  const stillOn = activePause(pause, Date.now());
  if (stillOn !== null) await pauseItem.setValue(stillOn);
  return settings;
}

/** The settings (utils/settings/schema.ts, migrate.ts): one item, so an edit is one write against sync's quota. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  // Old shapes are kept as fixtures in tests/fixtures/ and migrated in tests/storage-items.test.ts.
  // v3, v4 and v5 only add fields, so they keep no copy (and leave a v1 copy that v2 made in place).
  migrations: { 2: settingsV2, 3: settingsV2toV3, 4: settingsV3toV4, 5: settingsV4toV5 },
});

// ---- sync --------------------------------------------------------------------------------------

/** Tip preferences (utils/tips/prefs-store.ts): saved and hidden tips, topics, the filter; synced so they follow the person. */
export const tipPrefsItem = storage.defineItem<unknown>('sync:tipPrefs', {
  version: TIP_PREFS_VERSION,
  migrations: { 2: tipPrefsV1toV2 },
});

// ---- local -------------------------------------------------------------------------------------

/** What the worker remembers across being stopped, restarts and updates (entrypoints/background/state.ts). */
export const workerStateItem = storage.defineItem<unknown>('local:worker', { version: 1, migrations: {} });

/** The backup an import or reset leaves for "Undo" (utils/settings/replace.ts); never synced. */
export const optionsUndoItem = storage.defineItem<unknown>('local:optionsUndo', { fallback: null });

/** The last breathing pattern, length and tones (utils/breathing.ts). */
export const breathingPrefsItem = storage.defineItem<unknown>('local:breathingPrefs', { fallback: null });

// ---- session -----------------------------------------------------------------------------------

/** A mindful-meal check under way (utils/meal-check.ts); gone when the browser restarts. */
export const mealDraftItem = storage.defineItem<unknown>('session:mealDraft', { fallback: null });

// ---- history and journal: keys per local date, plus the roll-up, in storage.local ----------------

const local = (key: string) => `local:${key}` as const;

/**
 * Raw access to storage.local for the stores whose keys are one per date: history
 * (utils/history/store.ts) and the journal (utils/journal/store.ts). Several keys are written in
 * one call, which storage applies whole or not at all.
 */
const localByKey = {
  async get(keys: readonly string[]): Promise<Record<string, unknown>> {
    const found = await storage.getItems(keys.map(local));
    return Object.fromEntries(found.map(({ key, value }, i) => [keys[i] ?? key, value ?? undefined]));
  },
  /** Everything storage.local holds (for a roll-up or an export). */
  all: (): Promise<Record<string, unknown>> => storage.snapshot('local'),
  set: (values: Record<string, unknown>): Promise<void> =>
    storage.setItems(Object.entries(values).map(([key, value]) => ({ key: local(key), value }))),
  remove: (keys: readonly string[]): Promise<void> => storage.removeItems(keys.map(local)),
};

export const historyArea = localByKey;
export const journalArea = localByKey;
export type KeyedArea = typeof localByKey;

/** Copies of journal entries a repair replaced (utils/journal/store.ts), newest last. */
export const journalRepairsItem = storage.defineItem<unknown>('local:journalRepairs', { fallback: null });

// ---- everything, for "delete all my data" --------------------------------------------------------

/** Empty every area this extension stores in: settings, history, journal, this device's state. */
export async function clearEverything(): Promise<void> {
  await Promise.all([storage.clear('local'), storage.clear('sync'), storage.clear('session')]);
}

// ---- what the pages' snapshot is built from -----------------------------------------------------

/**
 * Call back whenever something the worker's snapshot (utils/messaging/snapshot.ts) is built from
 * changes: the settings, the worker's state, the pause, the welcome page's state, history and the
 * journal. Page preferences (tips, breathing, undo) do not, so they cause no refetch. Returns the
 * function that stops.
 */
export function watchSnapshotSources(onChange: () => void): () => void {
  const stops = [settingsItem, workerStateItem, pauseItem, setupItem].map((item) => item.watch(onChange));
  // Totals kept beside a day's events change only with them, or to what the events already say.
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some((k) => k === ROLLUP_KEY || DAY_KEY.test(k) || JOURNAL_KEY.test(k))) onChange();
  };
  stops.push(watchLocal(listener));
  return () => {
    for (const stop of stops) stop();
  };
}

function watchLocal(listener: (changes: Record<string, unknown>) => void): () => void {
  // @wxt-dev/storage watches one key at a time; history's keys are one per date.
  const area = browser.storage.local;
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
