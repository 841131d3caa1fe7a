/**
 * Everything the new tab loads after its first paint: the worker's snapshot (personal data,
 * theme, quiet mode), the saved and hidden tips from storage.sync, and the actions that write.
 * Kept out of the first-paint bundle so the tip never waits for storage, messaging or their code.
 */
import { effect } from '@preact/signals';
import { createSnapshotModel } from '@/components/kit/snapshot-model';
import { sendMessage } from '@/utils/messaging/protocol';
import type { GeneralSettings } from '@/utils/settings/schema';
import { watchSnapshotSources } from '@/utils/storage/items';
import type { TipPrefs } from '@/utils/tips/prefs';
import { loadPrefs, watchPrefs } from '@/utils/tips/prefs-store';
import type { CheckinActions } from './checkin-card';
import type { Act } from './today-panel';

export { loadPrefs, updatePrefs } from '@/utils/tips/prefs-store';
export { TodayPanel } from './today-panel';

export interface Look {
  theme: GeneralSettings['theme'];
  quiet: boolean;
  /** The hour the person's day starts: the tip of the day turns over then. */
  dayStartHour: number;
}

export interface LiveHandlers {
  /** The stored saved / hidden tips: once at start and on every change (other tabs, other devices). */
  onPrefs(prefs: TipPrefs): void;
  /** Theme, quiet mode and the day's start from the settings, whenever the snapshot changes. */
  onLook(look: Look): void;
}

export function connect(handlers: LiveHandlers) {
  const model = createSnapshotModel(watchSnapshotSources);
  const stopSnapshot = model.live();
  // A change heard while the first read is on its way is newer than what that read returns.
  let changed = false;
  const stopPrefs = watchPrefs((prefs) => {
    changed = true;
    handlers.onPrefs(prefs);
  });
  loadPrefs().then(
    (prefs) => changed || handlers.onPrefs(prefs),
    // A failed read keeps what the page painted from its mirror; the watch still brings changes.
    () => undefined,
  );
  const stopLook = effect(() => {
    const general = model.snapshot.value?.settings.general;
    if (general)
      handlers.onLook({ theme: general.theme, quiet: general.newTabQuiet, dayStartHour: general.dayStartHour });
  });
  const act: Act = async (occurrence, reply) => {
    // A kind answered by a flow (a breathing break) opens it in a small window of its own.
    const { opens } = await sendMessage('act', { occurrence, reply });
    if (opens) await sendMessage('openView', { route: opens });
    await model.refresh();
  };
  const checkin: CheckinActions = {
    save: (date, patch) => sendMessage('saveCheckin', { date, patch }),
    more: () => sendMessage('openView', { route: { name: 'checkin' } }),
  };
  return {
    snapshot: model.snapshot,
    error: model.error,
    act,
    checkin,
    stop() {
      stopLook();
      stopPrefs();
      stopSnapshot();
    },
  };
}

export type Connection = ReturnType<typeof connect>;
