import '@/assets/theme.css';
import { render } from 'preact';
import { t } from '@/utils/i18n';

function NewTab() {
  return (
    <main>
      <h1>{t('newtabHeading')}</h1>
    </main>
  );
}

render(<NewTab />, document.getElementById('app') as HTMLElement);
