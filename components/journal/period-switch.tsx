import { ChoiceGroup } from '@/components/checkin/choice-group';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { PERIODS, type Period } from '@/utils/journal/timeline';

const NAMES: Record<Period, MessageKey> = { '4w': 'period4w', '3m': 'period3m', '12m': 'period12m' };

/** 4 weeks, 3 months or 12 months: one radio group, arrows to change. */
export function PeriodSwitch({ period, onChange }: { period: Period; onChange(period: Period): void }) {
  return (
    <ChoiceGroup
      name="period"
      legend={t('journalPeriod')}
      options={PERIODS.map((value) => ({ value, label: t(NAMES[value]) }))}
      value={period}
      onChange={onChange}
    />
  );
}
