import type { FieldChange } from '@/components/options/model/diff';
import { t } from '@/utils/i18n';
import type { WaterSettings } from '@/utils/settings/schema';
import { formatValue } from './format-value';
import { fieldName } from './text';

/** What an import will change: one row per setting, now and after. */
export function ChangeList({ changes, unit }: { changes: FieldChange[]; unit: WaterSettings['unit'] }) {
  return (
    <table class="changes">
      <caption class="sr-only">{t('optionsChangesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('optionsChangeSetting')}</th>
          <th scope="col">{t('optionsChangeNow')}</th>
          <th scope="col">{t('optionsChangeAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <th scope="row">{fieldName(change.path)}</th>
            <td>{formatValue(change.path, change.before, unit)}</td>
            <td>{formatValue(change.path, change.after, unit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
