/**
 * The most-visited sites row, and the switch that turns it on or off. Its space is reserved from
 * the first paint when it was on last time (the first-paint copy says so), so it fills in without
 * moving anything.
 */
import { t } from '@/utils/i18n';
import { SITES_SHOWN, type Site } from './top-sites';

interface Props {
  on: boolean;
  /** null while being read. */
  sites: readonly Site[] | null;
  onToggle(): void;
}

const initial = (site: Site): string => (site.title.trim()[0] ?? '?').toUpperCase();

export function SiteShortcuts({ on, sites, onToggle }: Props) {
  return (
    <section class="sites" aria-labelledby="sites-heading">
      <div class="sites-head">
        <h2 id="sites-heading" class="sr-only">
          {t('newtabSitesHeading')}
        </h2>
        <button type="button" class="quiet-button" aria-pressed={on} onClick={onToggle}>
          {t('newtabSitesToggle')}
        </button>
      </div>
      {on && (
        <ul class="site-list" aria-busy={sites === null}>
          {(sites ?? []).slice(0, SITES_SHOWN).map((site) => (
            <li key={site.url}>
              <a href={site.url} title={site.url}>
                <span class="site-initial" aria-hidden="true">
                  {initial(site)}
                </span>
                <span class="site-title">{site.title}</span>
              </a>
            </li>
          ))}
          {sites !== null && sites.length === 0 && <li class="muted">{t('newtabSitesNone')}</li>}
        </ul>
      )}
    </section>
  );
}
