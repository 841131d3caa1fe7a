/**
 * The toolbar popup (also opened in a small window by the worker at #breathe, #meal or
 * #reminder/<occurrence>). Wiring only: the views live in components/popup.
 *
 * Its first file holds only what the first paint needs: the today view, the last visit's copy and
 * the message that asks the worker for a fresh snapshot, sent at once. Storage (with the browser
 * polyfill and the validation library) and the other views come after the first frame.
 */
// First, so the theme and the popup's base rules come before the components' own stylesheets.
import '@/components/popup/popup.css';
import { computed, effect } from '@preact/signals';
import { browser } from '@wxt-dev/browser';
import { render } from 'preact';
import { createClock } from '@/components/kit/clock';
import { firstPaintCache } from '@/components/kit/first-paint';
import { applyLanguage } from '@/components/kit/language';
import { createSnapshotModel, type WatchSources } from '@/components/kit/snapshot-model';
import { applyTheme } from '@/components/kit/theme';
import { protocolActions } from '@/components/popup/actions';
import { PopupApp } from '@/components/popup/app';
import type { PopupEnv } from '@/components/popup/env';
import { readLastVisit, rememberVisit } from '@/components/popup/last-visit';
import { watchReducedMotion } from '@/components/popup/reduced-motion';
import { resumeBreakOnOpen } from '@/components/popup/resume-break';
import { createHashRouter } from '@/components/popup/route';
import { createStatus } from '@/components/popup/status';
import { createPopupStores } from '@/components/popup/stores';
import { createTones } from '@/components/popup/tones';
import { loadEveryView, loadView } from '@/components/popup/views';

/** After the first frame is painted: the frame's callbacks run before the paint, a task after it. */
const afterFirstFrame = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Storage changes, from when storage has loaded after the first frame; one more read then catches
 * what changed between the first snapshot and the watch (the model folds it into a read under way).
 */
const watchAfterFirstFrame: WatchSources = (onChange) => {
  let stop: (() => void) | null = null;
  let stopped = false;
  void afterFirstFrame
    .then(() => import('@/components/popup/storage'))
    .then(({ watchSnapshotSources }) => {
      if (stopped) return;
      stop = watchSnapshotSources(onChange);
      onChange();
    });
  return () => {
    stopped = true;
    stop?.();
  };
};

// A popup opened on another view than today's fetches that view's file at once.
const router = createHashRouter();
const firstView = loadView(router.route.peek());

// Paint the last visit's numbers and theme at once; the fresh snapshot replaces them in a few ms.
// (The extension's own browser object, not the polyfill: see utils/i18n.ts.)
const cache = firstPaintCache('popup', browser.runtime.getManifest().version);
// The person's day turns over at the hour their settings say (read lazily, once the snapshot is there).
const clock = createClock({ dayStartHour: computed(() => snapshot.value?.settings.general.dayStartHour ?? 0) });
const last = readLastVisit(cache, clock.read());
applyLanguage('extName');
if (last.theme) applyTheme(last.theme);

const model = createSnapshotModel(watchAfterFirstFrame, firstView);
model.live();
const snapshot = computed(() => model.snapshot.value ?? last.snapshot);
effect(() => {
  const fresh = model.snapshot.value;
  if (fresh) rememberVisit(fresh, cache);
});
// Fresh data must not meet a stale clock.
effect(() => {
  void snapshot.value;
  clock.refresh();
});
const stores = createPopupStores(clock.read);
void afterFirstFrame.then(() => {
  void stores.breathingPrefs.load();
  void stores.mealDraft.load();
  // The other views once the page is idle, so a link in the popup opens its view at once.
  requestIdleCallback(() => void loadEveryView());
});

resumeBreakOnOpen(model.snapshot, router, clock.read);

const env: PopupEnv = {
  snapshot,
  error: model.error,
  refresh: model.refresh,
  clock,
  locale: browser.i18n.getUILanguage(),
  actions: protocolActions,
  router,
  status: createStatus(),
  stores,
  reducedMotion: watchReducedMotion(),
  makeTones: () => createTones(),
};

// The first view's file, if it has one, is there before the first render: the popup opens whole.
const show = () => render(<PopupApp env={env} />, document.getElementById('app') as HTMLElement);
void firstView.then(show, show);
