/**
 * Skin by day as a calendar: a table of weeks (columns) by weekday (rows), each day a button in the
 * colour of its skin score, named with its date and the score's word. One Tab stop: arrow keys move
 * between days, Enter opens the day in the editor. The legend says which colour is which word.
 */
import { useSignal } from '@preact/signals';
import { SCORE_WORDS } from '@/components/checkin/words';
import { backKey, forwardKey } from '@/components/kit/language';
import { t } from '@/utils/i18n';
import type { JournalEntry } from '@/utils/journal/entry';
import { dayLabel } from '@/utils/phrases';
import { addDays, type DateKey } from '@/utils/time/clock';
import { weekStartOf } from '@/utils/time/week-start';

/** Days a key moves: a row is a weekday, a column a week (the columns run right to left in a right-to-left page). */
function moveOf(key: string): number | undefined {
  if (key === 'ArrowUp') return -1;
  if (key === 'ArrowDown') return 1;
  if (key === backKey()) return -7;
  if (key === forwardKey()) return 7;
  return undefined;
}

interface Props {
  first: DateKey;
  today: DateKey;
  entries: Readonly<Record<DateKey, JournalEntry>>;
  locale: string;
  onEdit(date: DateKey): void;
}

export function HeatMap({ first, today, entries, locale, onEdit }: Props) {
  const focused = useSignal<DateKey>(today);
  // Weeks start where the person's locale starts them; each row is one weekday.
  const start = weekStartOf(first, locale);
  const weeks: DateKey[] = [];
  for (let week = start; week <= today; week = addDays(week, 7)) weeks.push(week);
  const current = focused.value >= first && focused.value <= today ? focused.value : today;

  const move = (date: DateKey, by: number) => {
    const next = addDays(date, by);
    if (next < first || next > today) return;
    focused.value = next;
    document.getElementById(`heat-${next}`)?.focus();
  };

  const word = (score: number | null | undefined) =>
    score ? `${t(SCORE_WORDS.skin[score - 1] ?? 'skinScore3')} (${score})` : t('heatNoCheckin');

  return (
    <>
      <p id="heat-hint" class="hint">
        {t('heatHint')}
      </p>
      <div class="heat-scroll">
        <table class="heat" aria-describedby="heat-hint">
          <caption class="sr-only">{t('heatHeading')}</caption>
          <tbody>
            {[0, 1, 2, 3, 4, 5, 6].map((weekday) => (
              <tr key={weekday}>
                {weeks.map((week) => {
                  const date = addDays(week, weekday);
                  if (date < first || date > today) return <td key={date} />;
                  const score = entries[date]?.skin;
                  return (
                    <td key={date}>
                      <button
                        type="button"
                        id={`heat-${date}`}
                        class="heat-day"
                        data-score={score ?? undefined}
                        tabIndex={date === current ? 0 : -1}
                        aria-label={t('labelled', [dayLabel(date, locale), word(score)])}
                        onFocus={() => {
                          focused.value = date;
                        }}
                        onClick={() => onEdit(date)}
                        onKeyDown={(event) => {
                          const by = moveOf(event.key);
                          if (by === undefined) return;
                          event.preventDefault();
                          move(date, by);
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="heat-legend">
        <span>{t('heatLegend')}</span>
        {SCORE_WORDS.skin.map((key, i) => (
          <span key={key} class="heat-key">
            <span class="heat-swatch" data-score={i + 1} aria-hidden="true" /> {t(key)}
          </span>
        ))}
      </p>
    </>
  );
}
