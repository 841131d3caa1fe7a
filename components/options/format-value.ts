/** A setting's value as the change list shows it: "On", "09:00–17:00, 18:00–20:00", "2,000 ml", "Quiet". */

import { formatNumber, t, uiLocale } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { hourOfDay, storedTime } from '@/utils/phrases';
import type { WaterSettings } from '@/utils/settings/schema';
import { weekOrder } from '@/utils/time/week-start';
import { formatAmount } from '@/utils/units';
import { weekdayName } from './text';

const CHOICES: Record<string, Record<string, MessageKey>> = {
  mode: { interval: 'optionsModeInterval', fixed: 'optionsModeFixed' },
  style: { quiet: 'optionsStyleQuiet', persistent: 'optionsStylePersistent' },
  afterSleep: {
    skip: 'optionsAfterSleepSkip',
    'catch-up': 'optionsAfterSleepCatchUp',
    resume: 'optionsAfterSleepResume',
  },
  theme: { system: 'optionsThemeSystem', light: 'optionsThemeLight', dark: 'optionsThemeDark' },
  unit: { ml: 'optionsUnitMl', oz: 'optionsUnitOz' },
};

const isWindow = (item: unknown): item is { start: string; end: string } =>
  typeof item === 'object' && item !== null && 'start' in item && 'end' in item;

function listText(leaf: string, list: unknown[]): string {
  if (list.length === 0) return t('optionsNone');
  if (leaf === 'days') {
    return weekOrder(uiLocale())
      .filter((day) => list.includes(day))
      .map((day) => weekdayName(day, 'short'))
      .join(', ');
  }
  return list
    .map((item) => (isWindow(item) ? `${storedTime(item.start)}–${storedTime(item.end)}` : storedTime(String(item))))
    .join(', ');
}

export function formatValue(path: string, value: unknown, unit: WaterSettings['unit']): string {
  const leaf = path.split('.').at(-1) ?? '';
  if (typeof value === 'boolean') return t(value ? 'optionsOn' : 'off');
  if (Array.isArray(value)) return listText(leaf, value);
  if (typeof value === 'number' && (leaf === 'goalMl' || leaf === 'cupMl')) return formatAmount(value, unit);
  if (typeof value === 'number' && leaf.endsWith('Minutes')) return t('minutesValue', formatNumber(value));
  if (typeof value === 'number' && leaf === 'dayStartHour') return hourOfDay(value);
  if (leaf === 'message') return value ? `“${String(value)}”` : t('optionsDefaultMessage');
  const choices = Object.hasOwn(CHOICES, leaf) ? CHOICES[leaf] : undefined;
  const choice = typeof value === 'string' && choices && Object.hasOwn(choices, value) ? choices[value] : undefined;
  return choice ? t(choice) : String(value);
}
