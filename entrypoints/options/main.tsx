import '@/assets/theme.css';
import { render } from 'preact';
import { t } from '@/utils/i18n';

function Options() {
  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
