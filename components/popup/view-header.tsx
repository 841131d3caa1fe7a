import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';
import { ViewLink } from './view-link';

interface Props {
  title: string;
  /** Sub-views get a way back to today; today itself does not. */
  back?: boolean;
  children?: ComponentChildren;
}

/** The top bar of a view: its title (the page's one h1, focused when the view changes). */
export function ViewHeader({ title, back = true, children }: Props) {
  return (
    <header class="bar">
      {back && (
        <ViewLink to={{ name: 'today' }} class="back" label={t('popupBackToday')}>
          <span class="arrow" aria-hidden="true">
            ←
          </span>{' '}
          {t('today')}
        </ViewLink>
      )}
      <h1 id="view-title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </header>
  );
}
