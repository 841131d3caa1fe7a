/**
 * The answers to a waiting reminder: each of its kinds' own action ("Drank a glass", "Breathe
 * now"), then Snooze for all of them. One click answers one kind, never another: a merged prompt's
 * drink is only recorded by its own button. A kind whose answer is a flow (a breathing break, a
 * meal check) goes on to it.
 */
import { formatNumber, t } from '@/utils/i18n';
import type { Reply } from '@/utils/messaging/protocol';
import type { PendingReminder } from '@/utils/messaging/snapshot';
import { KINDS, type ReminderKind } from '@/utils/reminder-kinds';
import { formatAmount } from '@/utils/units';
import { attempt } from './attempt';
import { usePopup } from './env';

interface Props {
  reminder: PendingReminder;
  /** Called once something was answered and the popup stays on this view. */
  onAnswered?: (reply: Reply) => void;
}

export function ReminderActions({ reminder, onAnswered }: Props) {
  const env = usePopup();

  async function reply(answer: Reply) {
    const result = await attempt(env, () => env.actions.act(reminder.occurrence, answer));
    if (!result) return;
    if (!result.recorded) {
      env.status.announce(t('popupAlreadyAnswered'));
      onAnswered?.(answer);
      return;
    }
    if (result.opens) return env.router.go(result.opens);
    env.status.announce(announcement(answer));
    onAnswered?.(answer);
  }

  function announcement(answer: Reply): string {
    const settings = env.snapshot.value?.settings;
    if (!settings) return t('popupAnswered');
    if (answer.type === 'snooze') {
      const minutes = Math.min(...reminder.kinds.map((kind) => settings[kind].snoozeMinutes));
      return t('popupSnoozed', formatNumber(minutes));
    }
    return 'records' in KINDS[answer.kind].answer
      ? t('popupLogged', formatAmount(settings.water.cupMl, settings.water.unit, env.locale))
      : t('popupAnswered');
  }

  const done = (kind: ReminderKind) => void reply({ type: 'done', kind });
  return (
    <div class="actions">
      {reminder.kinds.map((kind) => (
        <button key={kind} type="button" class="primary" onClick={() => done(kind)}>
          {t(KINDS[kind].action)}
        </button>
      ))}
      <button type="button" onClick={() => void reply({ type: 'snooze' })}>
        {t('btnSnooze')}
      </button>
    </div>
  );
}
