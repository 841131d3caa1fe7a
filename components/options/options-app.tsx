import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n-keys';
import { KINDS, REMINDER_KINDS } from '@/utils/reminder-kinds';
import { AboutSection } from './about-section';
import { DataSection } from './data-section';
import { GeneralSection } from './general-section';
import { OptionsContext } from './model/context';
import type { OptionsModel } from './model/options-model';
import { NotificationsSection } from './notifications-section';
import { Preview } from './preview';
import { ReminderSection } from './reminder-section';
import { SaveStatus } from './save-status';
import { ShortcutsSection } from './shortcuts-section';

const SECTIONS: [string, MessageKey][] = [
  ...REMINDER_KINDS.map((kind): [string, MessageKey] => [`section-${kind}`, KINDS[kind].name]),
  ['section-general', 'optionsSectionGeneral'],
  ['section-shortcuts', 'optionsShortcutsHeading'],
  ['section-notifications', 'optionsNotificationsHeading'],
  ['section-data', 'optionsDataHeading'],
  ['section-about', 'optionsAboutHeading'],
];

function Sections({ model }: { model: OptionsModel }) {
  const { form } = model;
  return (
    <div class="layout">
      <nav class="section-nav" aria-label={t('optionsNavLabel')}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <aside class="side">
        <Preview />
      </aside>
      <main
        id="main"
        tabIndex={-1}
        // The field with focus is "being edited": a synced change leaves it alone until focus moves on.
        onFocusIn={(event) => {
          const path = (event.target as HTMLElement).dataset?.path;
          if (path) form.focus(path);
        }}
        onFocusOut={() => form.blur()}
      >
        {REMINDER_KINDS.map((kind) => (
          <ReminderSection key={kind} kind={kind} />
        ))}
        <GeneralSection />
        <ShortcutsSection />
        <NotificationsSection />
        <DataSection />
        <AboutSection />
      </main>
    </div>
  );
}

export function OptionsApp({ model }: { model: OptionsModel }) {
  const loaded = model.form.draft.value !== null;
  let body = <Sections model={model} />;
  if (!loaded) body = <p role="status">{t(model.loadFailed.value ? 'optionsLoadFailed' : 'optionsLoading')}</p>;
  return (
    <OptionsContext.Provider value={model}>
      <a class="skip-link" href="#main">
        {t('optionsSkip')}
      </a>
      <header class="page-header">
        <h1>{t('optionsHeading')}</h1>
        {loaded && <SaveStatus />}
      </header>
      {body}
    </OptionsContext.Provider>
  );
}
