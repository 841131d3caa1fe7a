/**
 * The settings form as signals. `base` is what storage holds (as far as this page knows),
 * `draft` what the person sees and edits. Every edit is validated, and what can be saved is saved
 * through the debounced autosave: every valid change, even while another field is invalid. A field
 * the page marks invalid keeps its draft and its message, and storage keeps that field as it was
 * before the person started on it (`settled`), never a half-finished step on the way. A change from
 * another device or page joins the draft without overwriting what the person changed or the field
 * they are in.
 */
import { batch, computed, signal } from '@preact/signals';
import { type AutosaveOptions, createAutosave, type SaveState } from '@/components/options/model/autosave';
import { settingsFromStored } from '@/utils/settings/repair';
import { type Settings, validateSettings } from '@/utils/settings/schema';
import type { SaveResult } from '@/utils/settings/store';
import { mergeRemote, type SettingsPath, sameValue, setValueAt, type ValueAt, valueAt } from './paths';

export interface SettingsPort {
  load(): Promise<Settings>;
  /** Validate and write (utils/settings/store.ts saveSettings); throws when storage refuses. */
  save(value: Settings): Promise<SaveResult>;
  /** Call back with the new raw stored value whenever it changes (any page, any device). */
  watch(onChange: (raw: unknown) => void): () => void;
}

export type Timing = Pick<AutosaveOptions, 'wait' | 'maxWait' | 'backoff'>;

interface Editing {
  path: string;
  /** The draft's value when the field got focus. */
  start: unknown;
  /** Storage changed this field elsewhere while it had focus. */
  changedElsewhere: boolean;
}

export function createFormModel(port: SettingsPort, timing: Timing = {}) {
  const base = signal<Settings | null>(null);
  const draft = signal<Settings | null>(null);
  /** The settings as the page opened them, or as last changed elsewhere: not this page's own saves. */
  const settled = signal<Settings | null>(null);
  const saveState = signal<SaveState>({ status: 'saved' });
  let editing: Editing | null = null;
  let stopWatching: (() => void) | null = null;
  /** What this page is writing: storage tells it back, and that is not a change from elsewhere. */
  let ownWrite: Settings | null = null;
  const write = (value: Settings): Promise<SaveResult> => {
    ownWrite = value;
    return port.save(value);
  };

  const validation = computed(() => (draft.value === null ? null : validateSettings(draft.value)));
  const problems = computed(() => {
    const checked = validation.value;
    return checked && !checked.ok ? checked.problems : [];
  });
  const dirty = computed(() => draft.value !== null && base.value !== null && !sameValue(draft.value, base.value));

  /** The draft with every field the page marks invalid put back as it was settled: what can be saved now. */
  const savable = computed((): Settings | null => {
    const checked = validation.value;
    if (checked?.ok) return checked.value;
    const current = draft.value;
    const before = settled.value;
    if (!checked || current === null || before === null) return null;
    const candidate = structuredClone(current);
    let problems = checked.problems;
    // A field put back can uncover a check on the group around it (a window's range): a few rounds at most.
    for (let round = 0; round < 3; round++) {
      if (problems.some((problem) => problem.path === '')) return null;
      for (const { path } of problems) setValueAt(candidate, path, structuredClone(valueAt(before, path)));
      const again = validateSettings(candidate);
      if (again.ok) return again.value;
      problems = again.problems;
    }
    return null;
  });

  const autosave = createAutosave({
    write,
    onSaved: (value) => {
      base.value = value;
      // The draft may have moved on (or back) while this was being written.
      changed();
    },
    onState: (state) => {
      saveState.value = state;
    },
    ...timing,
  });

  /** Decide what the autosave should do with the current draft. */
  function changed(): void {
    if (draft.value === null || base.value === null) return;
    const value = savable.value;
    if (!dirty.value || value === null || sameValue(value, base.value)) autosave.cancel();
    else autosave.schedule(value);
  }

  function onStored(raw: unknown): void {
    const stored = base.value;
    const current = draft.value;
    if (stored === null || current === null) return;
    // Removed from storage: everyone now reads the defaults.
    const remote = settingsFromStored(raw).value;
    if (sameValue(remote, stored) || sameValue(remote, ownWrite)) return;
    if (editing && !sameValue(valueAt(remote, editing.path), valueAt(stored, editing.path))) {
      editing.changedElsewhere = true;
    }
    batch(() => {
      draft.value = mergeRemote(stored, current, remote, editing?.path ?? null);
      base.value = remote;
      settled.value = remote;
    });
    changed();
  }

  function update(mutate: (next: Settings) => void): void {
    if (draft.value === null) return;
    const next = structuredClone(draft.value);
    mutate(next);
    draft.value = next;
    changed();
  }

  return {
    base: computed(() => base.value),
    draft: computed(() => draft.value),
    validation,
    problems,
    dirty,
    saveState: computed(() => saveState.value),

    async open(): Promise<void> {
      const loaded = await port.load();
      batch(() => {
        base.value = loaded;
        settled.value = loaded;
        draft.value = structuredClone(loaded);
      });
      stopWatching = port.watch(onStored);
    },

    close(): void {
      stopWatching?.();
      autosave.dispose();
    },

    update,

    /** The draft's value at a path (undefined before the settings are loaded). */
    get: <P extends SettingsPath>(path: P): ValueAt<Settings, P> | undefined =>
      valueAt(draft.value, path) as ValueAt<Settings, P> | undefined,

    /** Change one setting, named by its path. */
    set<P extends SettingsPath>(path: P, value: ValueAt<Settings, P>): void {
      update((next) => setValueAt(next, path, value));
    },

    /** A field got focus: storage changes elsewhere leave it alone until it loses focus. */
    focus(path: string): void {
      editing = { path, start: valueAt(draft.value, path), changedElsewhere: false };
    },

    /** The field lost focus: if it was changed elsewhere meanwhile and not here, take that value now. */
    blur(): void {
      const left = editing;
      editing = null;
      if (!left?.changedElsewhere || base.value === null) return;
      if (!sameValue(valueAt(draft.value, left.path), left.start)) return;
      const stored = structuredClone(valueAt(base.value, left.path));
      update((next) => setValueAt(next, left.path, stored));
    },

    /** Write what is waiting now; true when storage holds the draft. */
    async flush(): Promise<boolean> {
      return (await autosave.flush()) && !dirty.value;
    },

    /** Retry a failed write now instead of waiting for the next attempt. */
    retry(): Promise<boolean> {
      return autosave.flush();
    },

    /** Replace every setting at once (import, reset, undo): written now, not debounced. */
    async replaceAll(next: Settings): Promise<SaveResult> {
      await autosave.flush();
      autosave.cancel();
      const result = await write(next);
      if (result.ok) {
        batch(() => {
          base.value = result.value;
          settled.value = result.value;
          draft.value = structuredClone(result.value);
        });
      }
      return result;
    },
  };
}

export type FormModel = ReturnType<typeof createFormModel>;
