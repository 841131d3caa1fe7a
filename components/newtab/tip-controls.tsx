/** Under the card: previous / save / hide / next, the topic filter and the way back from hiding. */
import { backKey, forwardKey } from '@/components/kit/language';
import { formatNumber, t } from '@/utils/i18n';
import { TIP_CATEGORIES, type TipCategory } from '@/utils/tips/types';
import { CATEGORY_NAME } from './words';

interface TipActionsProps {
  saved: boolean;
  /** False when no tip is showing (every tip of the topic is hidden). */
  hasTip: boolean;
  isToday: boolean;
  onStep(by: -1 | 1): void;
  onSave(saved: boolean): void;
  onHide(): void;
  onToday(): void;
}

export function TipActions({ saved, hasTip, isToday, onStep, onSave, onHide, onToday }: TipActionsProps) {
  return (
    <fieldset class="tip-actions">
      <legend class="sr-only">{t('newtabTipNav')}</legend>
      <button type="button" class="step" disabled={!hasTip} aria-keyshortcuts={backKey()} onClick={() => onStep(-1)}>
        <span class="arrow" aria-hidden="true">
          ←
        </span>{' '}
        {t('newtabPrevious')}
      </button>
      <span class="tip-actions-middle">
        <button type="button" aria-pressed={saved} disabled={!hasTip} onClick={() => onSave(!saved)}>
          <span class="saved-mark" aria-hidden="true">
            {saved ? '✓ ' : '+ '}
          </span>
          {t('save')}
        </button>
        <button type="button" title={t('newtabHideLong')} disabled={!hasTip} onClick={onHide}>
          {t('newtabHide')}
        </button>
        {!isToday && (
          <button type="button" class="back-to-today" onClick={onToday}>
            {t('newtabBackToToday')}
          </button>
        )}
      </span>
      <button type="button" class="step" disabled={!hasTip} aria-keyshortcuts={forwardKey()} onClick={() => onStep(1)}>
        {t('newtabNext')}{' '}
        <span class="arrow" aria-hidden="true">
          →
        </span>
      </button>
    </fieldset>
  );
}

interface TopicFilterProps {
  category: TipCategory | null;
  onChange(category: TipCategory | null): void;
}

const isCategory = (value: string): value is TipCategory => (TIP_CATEGORIES as readonly string[]).includes(value);

export function TopicFilter({ category, onChange }: TopicFilterProps) {
  return (
    <label class="topic">
      <span>{t('newtabTopic')}</span>
      <select
        value={category ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange(isCategory(value) ? value : null);
        }}
      >
        <option value="">{t('newtabAllTopics')}</option>
        {TIP_CATEGORIES.map((id) => (
          <option key={id} value={id}>
            {t(CATEGORY_NAME[id])}
          </option>
        ))}
      </select>
    </label>
  );
}

export function HiddenTips({ count, onShowAll }: { count: number; onShowAll(): void }) {
  if (count === 0) return null;
  return (
    <p class="hidden-tips">
      {t('newtabHiddenCount', formatNumber(count))}{' '}
      <button type="button" class="link-button" onClick={onShowAll}>
        {t('newtabShowHidden')}
      </button>
    </p>
  );
}
