/**
 * The journal page's state as signals: the worker's journal view (twelve months of check-ins and
 * daily totals, fetched once and again whenever storage changes), the period shown, the day being
 * edited, and the patterns, worked out after the charts are on screen. Settings, theme and today come
 * from the page kit's snapshot model; time from its clock.
 */
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals';
import type { Clock } from '@/components/kit/clock';
import { daySeries } from '@/utils/journal/factors';
import { findPatterns, type Patterns } from '@/utils/journal/patterns';
import { PERIODS, type Period } from '@/utils/journal/timeline';
import { JOURNAL_VIEW_MAX_DAYS, type JournalView } from '@/utils/messaging/journal-view';
import type { Snapshot } from '@/utils/messaging/snapshot';
import type { DateKey } from '@/utils/time/clock';

export interface JournalPorts {
  fetchView(days: number): Promise<JournalView>;
  /** Call back when anything the view is built from changes; returns the function that stops. */
  watch(onChange: () => void): () => void;
}

interface SnapshotSource {
  snapshot: ReadonlySignal<Snapshot | null>;
  live(): () => void;
}

const periodOf = (hash: string): Period => PERIODS.find((p) => hash === `#${p}`) ?? '4w';

export function createJournalModel(ports: JournalPorts, snapshots: SnapshotSource, clock: Clock, hash = '') {
  const view = signal<JournalView | null>(null);
  const failed = signal(false);
  const period = signal<Period>(periodOf(hash));
  const editing = signal<DateKey | null>(null);
  const patterns = signal<Patterns | null>(null);
  // Each fetch is numbered; only the newest one's answer is shown.
  let asked = 0;

  async function refresh(): Promise<void> {
    const mine = ++asked;
    try {
      const fresh = await ports.fetchView(JOURNAL_VIEW_MAX_DAYS);
      if (mine !== asked) return;
      batch(() => {
        view.value = fresh;
        failed.value = false;
      });
    } catch (error) {
      console.warn('Glow Within: the journal could not be read', error);
      if (mine === asked && view.peek() === null) failed.value = true;
    }
  }

  /** Work out the patterns for what is shown now (after the charts: they wait for nothing). */
  function computePatterns(): void {
    const current = view.peek();
    const settings = snapshots.snapshot.peek()?.settings;
    if (!current || !settings) return;
    patterns.value = findPatterns(daySeries(current.dates, current.entries, current.totals, settings));
  }

  const settings = computed(() => snapshots.snapshot.value?.settings ?? null);
  return {
    view: computed(() => view.value),
    failed: computed(() => failed.value),
    settings,
    period: computed(() => period.value),
    patterns: computed(() => patterns.value),
    /** The day the editor shows: the one chosen, else today (the worker's day). */
    editing: computed(() => editing.value ?? view.value?.today ?? clock.today.value),
    today: computed(() => view.value?.today ?? snapshots.snapshot.value?.today ?? clock.today.value),
    clock,
    refresh,
    computePatterns,

    setPeriod(next: Period): void {
      period.value = next;
      history.replaceState(null, '', `#${next}`);
    },
    edit(date: DateKey): void {
      editing.value = date;
    },

    /**
     * Start: fetch and keep fresh. Returns the function that stops. The journal view is asked for
     * first: the worker answers one request at a time, and the view is the larger read.
     */
    start(): () => void {
      void refresh();
      const stopWatch = ports.watch(() => void refresh());
      const stopSnapshot = snapshots.live();
      return () => {
        stopSnapshot();
        stopWatch();
      };
    },
  };
}

export type JournalModel = ReturnType<typeof createJournalModel>;
