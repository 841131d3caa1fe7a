import { t } from '@/utils/i18n';
import { useOptions } from './model/context';

export function AboutSection() {
  const { version } = useOptions();
  return (
    <section id="section-about" class="card" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('optionsAboutHeading')}</h2>
      <p>{t('optionsPrivacy')}</p>
      <p>{t('optionsNotMedical')}</p>
      <p class="muted">{t('optionsVersion', version)}</p>
    </section>
  );
}
