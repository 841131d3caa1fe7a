/** Optional tags as checkboxes in a fieldset (each its own Tab stop; Space toggles). */
import { t } from '@/utils/i18n';
import { TAG_WORDS } from './words';

type Tag = keyof typeof TAG_WORDS;

interface Props<T extends Tag> {
  name: string;
  legend: string;
  tags: readonly T[];
  chosen: readonly T[];
  onChange(chosen: T[]): void;
}

export function TagGroup<T extends Tag>({ name, legend, tags, chosen, onChange }: Props<T>) {
  return (
    <fieldset class="chips tags">
      <legend>{legend}</legend>
      <div class="chip-row">
        {tags.map((tag) => (
          <label key={tag}>
            <input
              type="checkbox"
              name={name}
              value={tag}
              checked={chosen.includes(tag)}
              onChange={(event) =>
                onChange(
                  event.currentTarget.checked
                    ? tags.filter((x) => x === tag || chosen.includes(x))
                    : chosen.filter((x) => x !== tag),
                )
              }
            />
            <span>{t(TAG_WORDS[tag])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
