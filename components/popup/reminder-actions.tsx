/**
 * The actions of a pending reminder, the same as its notification's buttons: the kind's action
 * (or Done for a merged prompt) and Snooze. Done on a breathing or meal reminder goes on to
 * that flow, as the notification button does.
 */
import { t } from '@/utils/i18n';
import { PRIMARY_ACTION } from '@/utils/kinds';
import type { PendingReminder } from '@/utils/messaging/snapshot';
import { formatAmount } from '@/utils/units';
import { attempt } from './attempt';
import { usePopup } from './env';

interface Props {
  reminder: PendingReminder;
  /** Called once the reminder is answered and the popup stays on this view. */
  onAnswered?: (action: 'done' | 'snooze') => void;
}

export function ReminderActions({ reminder, onAnswered }: Props) {
  const env = usePopup();
  const single = reminder.kinds.length === 1 ? reminder.kinds[0] : undefined;

  async function answer(action: 'done' | 'snooze') {
    const result = await attempt(env, () => env.actions.act(reminder.occurrence, action));
    if (!result) return;
    if (!result.recorded) {
      env.status.announce(t('popupAlreadyAnswered'));
      onAnswered?.(action);
      return;
    }
    if (action === 'done' && single === 'stress') return env.router.go({ name: 'breathe' });
    if (action === 'done' && single === 'meal') return env.router.go({ name: 'meal' });
    env.status.announce(announcement(action));
    onAnswered?.(action);
  }

  function announcement(action: 'done' | 'snooze'): string {
    const settings = env.snapshot.value?.settings;
    if (!settings) return t('popupAnswered');
    if (action === 'snooze') {
      const minutes = Math.min(...reminder.kinds.map((kind) => settings[kind].snoozeMinutes));
      return t('popupSnoozed', String(minutes));
    }
    return reminder.kinds.includes('hydration')
      ? t('popupLogged', formatAmount(settings.water.cupMl, settings.water.unit, env.locale))
      : t('popupAnswered');
  }

  return (
    <div class="actions">
      <button type="button" class="primary" onClick={() => void answer('done')}>
        {t(single ? PRIMARY_ACTION[single] : 'btnDone')}
      </button>
      <button type="button" onClick={() => void answer('snooze')}>
        {t('btnSnooze')}
      </button>
    </div>
  );
}
