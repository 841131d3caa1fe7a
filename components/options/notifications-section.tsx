import { t } from '@/utils/i18n';
import { useOptions } from './model/context';

/** Whether reminders can reach the person: the browser's answer, a test, and the OS settings that hide them. */
export function NotificationsSection() {
  const model = useOptions();
  const permission = model.permission.value;
  const test = model.testResult.value;
  let state = t('optionsPermissionUnknown');
  if (permission === 'granted') state = t('optionsPermissionGranted');
  if (permission === 'denied') state = t('optionsPermissionDenied');
  return (
    <section id="section-notifications" class="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('optionsNotificationsHeading')}</h2>
      <p class="permission" data-permission={permission ?? 'checking'}>
        <span aria-hidden="true">{permission === 'denied' ? '! ' : permission === 'granted' ? '✓ ' : ''}</span>
        {state}
      </p>
      <button type="button" disabled={test === 'sending'} onClick={() => void model.sendTest()}>
        {t('optionsSendTest')}
      </button>
      <p role="status" class="test-result">
        {test === 'sent' && t('optionsTestSent')}
        {test === 'failed' && t('optionsTestFailed')}
      </p>
      <h3>{t('optionsOsHeading')}</h3>
      <ul class="guidance">
        <li>{t('optionsOsWindows')}</li>
        <li>{t('optionsOsMac')}</li>
        <li>{t('optionsOsLinux')}</li>
        <li>{t('optionsOsFallback')}</li>
      </ul>
    </section>
  );
}
