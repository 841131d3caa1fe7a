/** The keyboard shortcuts (utils/commands.ts): what each does, its keys now, and where to change them. */
import { COMMANDS, isCommand } from '@/utils/commands';
import { t } from '@/utils/i18n';
import { PLATFORM } from '@/utils/platform';
import { useOptions } from './model/context';

export function ShortcutsSection() {
  const model = useOptions();
  const shortcuts = (model.shortcuts.value ?? []).filter((s) => isCommand(s.name));
  return (
    <section id="section-shortcuts" class="card" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <p class="hint">{t('optionsShortcutsIntro')}</p>
      <dl class="shortcuts">
        {shortcuts.map(({ name, shortcut }) => (
          <div key={name}>
            <dt>{isCommand(name) && t(COMMANDS[name].description)}</dt>
            <dd>{shortcut ? <kbd>{shortcut}</kbd> : <span class="muted">{t('optionsShortcutNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <p>{t(PLATFORM.shortcutsPage ? 'optionsShortcutsChrome' : 'optionsShortcutsFirefox')}</p>
      <button type="button" onClick={() => void model.openShortcutSettings()}>
        {t('optionsShortcutsOpen')}
      </button>
    </section>
  );
}
