import { useState } from 'preact/hooks';
import { fieldId } from '@/components/options/model/paths';
import { copyDay } from '@/components/options/model/week-edits';
import { t, uiLocale } from '@/utils/i18n';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { weekOrder } from '@/utils/time/week-start';
import { useOptions } from './model/context';
import { weekdayName } from './text';
import { useFocusLater } from './use-focus-later';

/** "Copy to other days": a disclosure with a checkbox per other weekday. */
export function CopyDay({ kind, day }: { kind: ReminderKind; day: number }) {
  const { form } = useOptions();
  const focusLater = useFocusLater();
  const [open, setOpen] = useState(false);
  const [targets, setTargets] = useState<number[]>([]);
  const base = fieldId(`${kind}.schedule.interval.week.${day}`);
  const toggleId = `${base}-copy`;
  const panelId = `${base}-copy-panel`;
  const name = weekdayName(day);
  const others = weekOrder(uiLocale()).filter((d) => d !== day);

  const close = () => {
    setOpen(false);
    setTargets([]);
    focusLater(toggleId);
  };
  const copy = () => {
    const week = `${kind}.schedule.interval.week` as const;
    form.set(week, copyDay(form.get(week) ?? [], day, targets));
    close();
  };
  const flip = (target: number, on: boolean) =>
    setTargets((list) => (on ? [...list, target] : list.filter((d) => d !== target)));

  return (
    <div class="copy-day">
      <button
        id={toggleId}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('optionsCopyDayFrom', name)}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('optionsCopyDay')}
      </button>
      {open && (
        <fieldset
          id={panelId}
          class="copy-panel"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <legend>{t('optionsCopyTo', name)}</legend>
          <div class="weekday-checks">
            {others.map((target) => {
              const id = `${panelId}-${target}`;
              return (
                <span key={target} class="check">
                  <input
                    id={id}
                    type="checkbox"
                    checked={targets.includes(target)}
                    onChange={(e) => flip(target, e.currentTarget.checked)}
                  />
                  <label for={id}>{weekdayName(target)}</label>
                </span>
              );
            })}
          </div>
          <div class="actions">
            <button type="button" class="primary" disabled={targets.length === 0} onClick={copy}>
              {t('optionsCopy')}
            </button>
            <button type="button" onClick={close}>
              {t('optionsCancel')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
