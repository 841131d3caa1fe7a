/**
 * Check in, or edit any earlier day: a date field (today at most), today and yesterday a tap
 * away, and the same questions as the popup's check-in, each answer saved through the worker.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { CheckinForm } from '@/components/checkin/checkin-form';
import { createCheckinModel, type SaveCheckin } from '@/components/checkin/checkin-model';
import { t } from '@/utils/i18n';
import type { JournalEntry } from '@/utils/journal/entry';
import type { JournalSettings } from '@/utils/settings/schema';
import { addDays, type DateKey } from '@/utils/time/clock';

interface Props {
  date: DateKey;
  today: DateKey;
  stored: () => JournalEntry | undefined;
  journal: JournalSettings;
  plantsThisWeek: number;
  save: SaveCheckin;
  onChoose(date: DateKey): void;
  locale: string;
}

export function DayEditor({ date, today, stored, journal, plantsThisWeek, save, onChoose, locale }: Props) {
  const model = useMemo(() => createCheckinModel(date, save), [date]);
  const invalid = useSignal(false);
  useSignalEffect(() => model.sync(stored()));
  return (
    <>
      <div class="day-choice">
        <div class="field">
          <label for="edit-day">{t('editDay')}</label>
          <input
            id="edit-day"
            type="date"
            max={today}
            value={date}
            aria-invalid={invalid.value ? 'true' : undefined}
            aria-describedby={invalid.value ? 'edit-day-error' : undefined}
            onChange={(event) => {
              const value = event.currentTarget.value;
              invalid.value = !/^\d{4}-\d{2}-\d{2}$/.test(value) || value > today;
              if (!invalid.value) onChoose(value);
            }}
          />
        </div>
        <button type="button" aria-pressed={date === today} onClick={() => onChoose(today)}>
          {t('today')}
        </button>
        <button type="button" aria-pressed={date === addDays(today, -1)} onClick={() => onChoose(addDays(today, -1))}>
          {t('editYesterday')}
        </button>
      </div>
      {invalid.value && (
        <p id="edit-day-error" class="error">
          {t('editFuture')}
        </p>
      )}
      <CheckinForm
        key={date}
        model={model}
        journal={journal}
        idPrefix={`day-${date}`}
        plantsThisWeek={plantsThisWeek}
        locale={locale}
      />
    </>
  );
}
