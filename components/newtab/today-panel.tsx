/**
 * The personal part of the new tab: today's progress in one line, the next reminder, reminders
 * waiting for an answer (with their actions) and a tip for the day's situation when one fits.
 * Loaded after the first paint, into space the page reserved for it.
 */
import { type ReadonlySignal, useSignal } from '@preact/signals';
import type { Clock } from '@/components/kit/clock';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import type { Reply } from '@/utils/messaging/protocol';
import type { PendingReminder, Snapshot } from '@/utils/messaging/snapshot';
import { dueSince, kindNames, nextText, pauseText } from '@/utils/phrases';
import { KINDS } from '@/utils/reminder-kinds';
import type { DateKey } from '@/utils/time/clock';
import { TIPS } from '@/utils/tips/library';
import { type Situation, situationalTip, situationOf } from '@/utils/tips/situation';
import { formatAmount, waterProgress } from '@/utils/units';
import { type CheckinActions, CheckinCard } from './checkin-card';
import { nextUp } from './next-up';
import { TipCard } from './tip-card';
import { TodayPlaceholder } from './today-placeholder';

export type Act = (occurrence: string, reply: Reply) => Promise<void>;

export interface TodayPanelProps {
  snapshot: ReadonlySignal<Snapshot | null>;
  error: ReadonlySignal<string | null>;
  act: Act;
  clock: Clock;
  hidden: ReadonlySet<string>;
  /** The main card's tip, so the situational tip is a different one when it can be. */
  shownId: string | undefined;
  checkin: CheckinActions;
}

const SITUATION_WORDS: Record<Situation, MessageKey> = {
  'meal-soon': 'newtabSituationMealSoon',
  'behind-on-water': 'newtabSituationBehindOnWater',
  'no-breaks': 'newtabSituationNoBreaks',
};

function Progress({ snapshot }: { snapshot: Snapshot }) {
  const totals = snapshot.week.at(-1)?.totals;
  const water = snapshot.settings.water;
  const drunk = totals?.waterMl ?? 0;
  return (
    <>
      <p class="today-line">
        {t('newtabTodayLine', [
          formatAmount(drunk, water.unit),
          formatAmount(water.goalMl, water.unit),
          String(totals?.breaks ?? 0),
          String(totals?.meals ?? 0),
        ])}
      </p>
      <span class="water-bar" aria-hidden="true">
        <span style={{ transform: `scaleX(${waterProgress(drunk, water).ratio})` }} />
      </span>
    </>
  );
}

function NextReminder({ snapshot, now }: { snapshot: Snapshot; now: number }) {
  const next = nextUp(snapshot.next);
  const { dayStartHour } = snapshot.settings.general;
  const text =
    next.type === 'due'
      ? t('newtabNextUp', [t(KINDS[next.kind].name), nextText(next.state, now, dayStartHour)])
      : next.type === 'paused'
        ? pauseText(next.state.until, now, dayStartHour)
        : next.type === 'setup'
          ? t('remindersAfterSetup')
          : t(next.type === 'off' ? 'newtabRemindersOff' : 'newtabNothingScheduled');
  return <p class="today-next">{text}</p>;
}

function Pending({ pending, act }: { pending: PendingReminder[]; act: Act }) {
  const busy = useSignal<string | null>(null);
  const failed = useSignal(false);
  const run = async (occurrence: string, reply: Reply) => {
    busy.value = occurrence;
    failed.value = false;
    try {
      await act(occurrence, reply);
    } catch {
      failed.value = true;
    } finally {
      busy.value = null;
    }
  };
  return (
    <section class="pending" aria-labelledby="pending-heading">
      <h3 id="pending-heading">{t('waitingHeading')}</h3>
      <ul>
        {pending.map((reminder) => {
          const labelId = `pending-${reminder.occurrence}`;
          const disabled = busy.value === reminder.occurrence;
          return (
            <li key={reminder.occurrence}>
              <span id={labelId}>
                {kindNames(reminder.kinds)} <span class="muted">{dueSince(reminder.scheduledAt)}</span>
              </span>
              <span class="pending-actions">
                {reminder.kinds.map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    aria-describedby={labelId}
                    disabled={disabled}
                    onClick={() => run(reminder.occurrence, { type: 'done', kind })}
                  >
                    {t(KINDS[kind].action)}
                  </button>
                ))}
                <button
                  type="button"
                  aria-describedby={labelId}
                  disabled={disabled}
                  onClick={() => run(reminder.occurrence, { type: 'snooze' })}
                >
                  {t('btnSnooze')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {failed.value && <p role="alert">{t('newtabActionFailed')}</p>}
    </section>
  );
}

function SituationTip(
  props: { snapshot: Snapshot; now: number; date: DateKey } & Pick<TodayPanelProps, 'hidden' | 'shownId'>,
) {
  const situation = situationOf(props.snapshot, props.now);
  const tip = situation && situationalTip(TIPS, situation, props.date, props.hidden, props.shownId);
  if (!situation || !tip) return null;
  return (
    <section class="situation" aria-labelledby="situation-heading" data-situation={situation}>
      <h3 id="situation-heading">{t('newtabSituationHeading')}</h3>
      <p class="situation-why">{t(SITUATION_WORDS[situation])}</p>
      <TipCard tip={tip} titleId="situation-tip-title" compact />
    </section>
  );
}

export function TodayPanel({ snapshot, error, act, clock, hidden, shownId, checkin }: TodayPanelProps) {
  const now = clock.now.value;
  const date = clock.today.value;
  const current = snapshot.value;
  if (!current) {
    return error.value ? <p class="today-unavailable">{t('newtabUnavailable')}</p> : <TodayPlaceholder />;
  }
  return (
    <div class="today-body">
      <Progress snapshot={current} />
      <NextReminder snapshot={current} now={now} />
      {current.pending.length > 0 && <Pending pending={current.pending} act={act} />}
      <SituationTip snapshot={current} now={now} date={date} hidden={hidden} shownId={shownId} />
      <CheckinCard snapshot={current} actions={checkin} />
    </div>
  );
}
