/**
 * The new tab's state as signals, like the other pages' models: which tip the card shows, the
 * tip preferences (saved and hidden tips, topics and the remembered filter: painted from the
 * first-paint copy, replaced by what storage.sync holds once it is read, changed optimistically
 * when the person acts), the look (theme, quiet mode), the undo of a hide, and the connection the
 * after-paint module makes to storage and the worker.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import { createClock } from '@/components/kit/clock';
import type { FirstPaintCache } from '@/components/kit/first-paint';
import { applyTheme } from '@/components/kit/theme';
import {
  hideTip,
  samePrefs,
  setFilter,
  setSaved,
  setTopics,
  showAllAgain,
  type TipPrefs,
  unhideTip,
} from '@/utils/tips/prefs';
import type { Topic } from '@/utils/tips/topics';
import { searchTheWeb } from './browser-search';
import { type CardView, shownTip, TODAY_VIEW } from './card-view';
import type { Connection, Look, TodayPanel } from './live';
import { loadLive } from './load-live';
import { readMirror, writeMirror } from './mirror';
import { askForSites, giveBackSites, hasSitesPermission, readSites, type Site } from './top-sites';

export type Live = { connection: Connection; TodayPanel: typeof TodayPanel };

/** What the page asks the browser itself for: its search, its most-visited sites. Tests pass fakes. */
export interface BrowserPort {
  search(text: string): Promise<void>;
  sites: { has(): Promise<boolean>; ask(): Promise<boolean>; giveBack(): Promise<boolean>; read(): Promise<Site[]> };
}

export const browserPort: BrowserPort = {
  search: searchTheWeb,
  sites: { has: hasSitesPermission, ask: askForSites, giveBack: giveBackSites, read: readSites },
};

export function createNewtabModel(cache: FirstPaintCache, read?: () => number, port: BrowserPort = browserPort) {
  const initial = readMirror(cache);
  const prefs = signal<TipPrefs>(initial.prefs);
  const failed = signal(false);
  const look = signal<Look>({ theme: initial.theme, quiet: initial.quiet, dayStartHour: initial.dayStartHour });
  const clock = createClock({ read, dayStartHour: computed(() => look.value.dayStartHour) });
  /** Where the card is in the rotation; the filter it applies is the remembered one, in the prefs. */
  const place = signal<Omit<CardView, 'category'>>(TODAY_VIEW);
  const view = computed((): CardView => ({ ...place.value, category: prefs.value.filter }));
  /** The tip just hidden, while its Undo is offered. */
  const undo = signal<string | null>(null);
  /** 'failed' when the after-paint module could not load: the tip stays, the panel says so. */
  const live = signal<Live | 'failed' | null>(null);
  /** The most-visited sites row: on (as last time, until the permission says otherwise), and its sites once read. */
  const sitesOn = signal(initial.sites);
  const sites = signal<Site[] | null>(null);
  // While a change is being written, older stored values must not undo it on screen.
  let writing = 0;

  const hidden = computed(() => new Set(prefs.value.hidden));
  const tip = computed(() => shownTip(view.value, clock.today.value, hidden.value, prefs.value.topics));
  const saved = computed(() => tip.value !== undefined && prefs.value.saved.includes(tip.value.id));

  const settle = (stored: TipPrefs) => {
    if (!samePrefs(prefs.peek(), stored)) prefs.value = stored;
  };

  async function change(edit: (current: TipPrefs) => TipPrefs): Promise<void> {
    writing += 1;
    batch(() => {
      failed.value = false;
      prefs.value = edit(prefs.peek());
    });
    let stored: TipPrefs | null = null;
    try {
      stored = await (await loadLive()).updatePrefs(edit);
    } catch {
      // Not written (sync quota, storage error): say so and show what is really stored.
      failed.value = true;
      stored = await loadLive()
        .then((module) => module.loadPrefs())
        .catch(() => null);
    } finally {
      writing -= 1;
    }
    if (stored && writing === 0) settle(stored);
  }

  /** Read the sites, if the permission is still there (it can be taken back in the browser's settings). */
  async function refreshSites(): Promise<void> {
    try {
      if (!(await port.sites.has())) {
        sitesOn.value = false;
        return;
      }
      sites.value = await port.sites.read();
    } catch {
      sites.value = [];
    }
  }

  function navigate(next: CardView): void {
    const { category, ...rest } = next;
    batch(() => {
      undo.value = null;
      place.value = rest;
    });
    if (category !== prefs.peek().filter) void change((current) => setFilter(current, category));
  }

  /**
   * Start the page's effects (theme, first-paint copy) and, after the first frame, the connection
   * to storage and the worker. Returns the function that stops them.
   */
  function start(): () => void {
    const stopTheme = effect(() => applyTheme(look.value.theme));
    // Written only when a mirrored value differs from the copy, so a plain page load writes nothing.
    const stopMirror = effect(() => writeMirror({ prefs: prefs.value, ...look.value, sites: sitesOn.value }, cache));
    if (sitesOn.peek()) void refreshSites();
    let connection: Connection | null = null;
    let gone = false;
    loadLive().then(
      (module) => {
        if (gone) return;
        connection = module.connect({
          onPrefs: (stored) => {
            if (writing === 0) settle(stored);
          },
          onLook: (next) => {
            const current = look.peek();
            if (
              current.theme !== next.theme ||
              current.quiet !== next.quiet ||
              current.dayStartHour !== next.dayStartHour
            ) {
              look.value = next;
            }
          },
        });
        live.value = { connection, TodayPanel: module.TodayPanel };
      },
      () => {
        if (!gone) live.value = 'failed';
      },
    );
    return () => {
      gone = true;
      connection?.stop();
      stopTheme();
      stopMirror();
    };
  }

  return {
    clock,
    prefs: computed(() => prefs.value),
    failed: computed(() => failed.value),
    look: computed(() => look.value),
    view: computed(() => view.value),
    undo: computed(() => undo.value),
    live: computed(() => live.value),
    hidden,
    tip,
    saved,
    start,
    navigate,
    save(on: boolean): void {
      const shown = tip.peek();
      if (shown) void change((current) => setSaved(current, shown.id, on));
    },
    removeSaved(id: string): void {
      void change((current) => setSaved(current, id, false));
    },
    hide(): void {
      const shown = tip.peek();
      if (!shown) return;
      undo.value = shown.id;
      void change((current) => hideTip(current, shown.id));
    },
    undoHide(): void {
      const last = undo.peek();
      if (!last) return;
      undo.value = null;
      void change((current) => unhideTip(current, last));
    },
    /** Every hidden tip back in the rotation: a "hidden" message about one of them is over. */
    showAllAgain(): void {
      undo.value = null;
      void change(showAllAgain);
    },
    sitesOn: computed(() => sitesOn.value),
    sites: computed(() => sites.value),
    search: (text: string) => port.search(text),

    /**
     * Turn the most-visited sites on (asking for the permission, from this very click: browsers
     * only ask from one) or off (giving the permission back).
     */
    toggleSites(): void {
      if (sitesOn.peek()) {
        batch(() => {
          sitesOn.value = false;
          sites.value = null;
        });
        void port.sites.giveBack().catch(() => undefined);
        return;
      }
      port.sites.ask().then(
        (granted) => {
          if (!granted) return;
          sitesOn.value = true;
          void refreshSites();
        },
        () => undefined,
      );
    },

    /** The topics the rotation follows; the card goes back to today's tip for them. */
    chooseTopics(topics: readonly Topic[]): void {
      batch(() => {
        undo.value = null;
        place.value = TODAY_VIEW;
      });
      void change((current) => setTopics(current, topics));
    },
  };
}

export type NewtabModel = ReturnType<typeof createNewtabModel>;
