/**
 * The keyboard shortcuts (utils/commands.ts): log a cup, start a breathing break, pause for an
 * hour or resume. A shortcut has no page to answer on, so a short notification says what was
 * done (none where notifications are blocked: the toolbar and the popup show it anyway).
 */
import { browser } from 'wxt/browser';
import { readBreathingPrefs } from '@/utils/breathing-schema';
import type { CommandName } from '@/utils/commands';
import { t } from '@/utils/i18n';
import { pauseText } from '@/utils/phrases';
import { isPaused } from '@/utils/schedule/pause';
import { breathingPrefsItem } from '@/utils/storage/items';
import { formatAmount } from '@/utils/units';
import type { Worker } from './operations';

/** One id, so a second shortcut's note replaces the first's rather than piling up. */
export const SHORTCUT_NOTE = 'glow-shortcut';

async function note(worker: Worker, message: string): Promise<void> {
  // Firefox has no getPermissionLevel: there a failing create is the only sign (utils/platform.ts).
  const { notificationPermissionLevel } = await worker.transact.inspect((tx) => tx.deps.platform);
  if (notificationPermissionLevel && (await browser.notifications.getPermissionLevel()) === 'denied') return;
  try {
    await browser.notifications.clear(SHORTCUT_NOTE);
    await browser.notifications.create(SHORTCUT_NOTE, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('extName'),
      message,
    });
  } catch {
    // Only the confirmation is lost; what the shortcut did is done.
  }
}

export async function onCommand(worker: Worker, name: CommandName): Promise<void> {
  switch (name) {
    case 'log-cup': {
      const logged = await worker.logActivity('hydration', (tx) => ({
        type: 'water',
        amountMl: tx.settings.water.cupMl,
      }));
      const amountMl = logged.type === 'water' ? logged.amountMl : 0;
      const { drunk, water } = await worker.transact.inspect(async (tx) => ({
        water: tx.settings.water,
        drunk: (await tx.deps.history.totals([tx.today]))[tx.today]?.waterMl ?? 0,
      }));
      return note(
        worker,
        t('commandLoggedCup', [
          formatAmount(amountMl, water.unit),
          formatAmount(drunk, water.unit),
          formatAmount(water.goalMl, water.unit),
        ]),
      );
    }
    case 'start-breathing': {
      // The person's last pattern and length; the view shows the break under way.
      const { pattern, minutes } = readBreathingPrefs(await breathingPrefsItem.getValue());
      await worker.startBreathing(pattern, minutes);
      return worker.openView({ name: 'breathe' });
    }
    case 'toggle-pause': {
      const paused = await worker.transact.inspect((tx) => isPaused(tx.pause, tx.now));
      if (paused) {
        await worker.resume();
        return note(worker, t('popupResumed'));
      }
      const { pause } = await worker.pause('1h');
      const dayStartHour = await worker.transact.inspect((tx) => tx.settings.general.dayStartHour);
      return note(
        worker,
        pause === null ? t('popupResumed') : pauseText(pause, Date.now(), dayStartHour, undefined, 'clock'),
      );
    }
  }
}
