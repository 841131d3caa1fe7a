/**
 * The toolbar popup (also opened in a small window by the worker at #breathe, #meal or
 * #reminder/<occurrence>). Wiring only: the views live in components/popup.
 */
// First, so the theme and the popup's base rules come before the components' own stylesheets.
import '@/components/popup/popup.css';
import { computed, effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClock } from '@/components/kit/clock';
import { firstPaintCache } from '@/components/kit/first-paint';
import { applyLanguage } from '@/components/kit/language';
import { createSnapshotModel } from '@/components/kit/snapshot-model';
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

// Paint the last visit's numbers and theme at once; the fresh snapshot replaces them in a few ms.
const cache = firstPaintCache('popup', browser.runtime.getManifest().version);
// The person's day turns over at the hour their settings say (read lazily, once the snapshot is there).
const clock = createClock({ dayStartHour: computed(() => snapshot.value?.settings.general.dayStartHour ?? 0) });
const last = readLastVisit(cache, clock.read());
applyLanguage('extName');
if (last.theme) applyTheme(last.theme);

const model = createSnapshotModel();
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
void stores.breathingPrefs.load();
void stores.mealDraft.load();

const router = createHashRouter();
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

render(<PopupApp env={env} />, document.getElementById('app') as HTMLElement);
