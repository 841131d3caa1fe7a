import '@/assets/theme.css';
import { render } from 'preact';
import { t } from '@/utils/i18n';

function Popup() {
  return (
    <main>
      <h1>{t('popupHeading')}</h1>
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
