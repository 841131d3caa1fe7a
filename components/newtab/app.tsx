/**
 * The new-tab page. The first render needs nothing but the bundle and the first-paint copy: the
 * search box, today's tip, the controls and the saved list paint at once. The Today panel's space
 * (and the most-visited sites', when on) is reserved from the start and filled after the paint.
 * `/` focuses the search box; ← and → move between tips (the other way round right to left).
 */
import { useEffect } from 'preact/hooks';
import { backKey, forwardKey } from '@/components/kit/language';
import { TopicChoices } from '@/components/topic-choices';
import { t } from '@/utils/i18n';
import { backToToday, isToday, pinnedTo, stepped, TIP_BY_ID, withCategory } from './card-view';
import type { NewtabModel } from './newtab-model';
import { SavedTips } from './saved-tips';
import { SEARCH_INPUT_ID, SearchBox } from './search-box';
import { SiteShortcuts } from './site-shortcuts';
import { TipCard } from './tip-card';
import { HiddenTips, TipActions, TopicFilter } from './tip-controls';
import { TodayPlaceholder } from './today-placeholder';

/** Where a key press is typing (or choosing), not a page shortcut. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

function usePageKeys(model: NewtabModel): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if ((event.key === backKey() || event.key === forwardKey()) && model.tip.peek()) {
        event.preventDefault();
        model.navigate(stepped(model.view.peek(), event.key === backKey() ? -1 : 1));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [model]);
}

export function NewTab({ model }: { model: NewtabModel }) {
  useEffect(() => model.start(), []);
  usePageKeys(model);
  const look = model.look.value;
  const prefs = model.prefs.value;
  const view = model.view.value;
  const live = model.live.value;
  const tip = model.tip.value;
  const undo = model.undo.value;

  return (
    <div class={look.quiet ? 'page quiet' : 'page'}>
      <header class="page-head">
        <span class="brand">{t('extName')}</span>
        <a class="quiet-link" href="/options.html">
          {t('settings')}
        </a>
      </header>
      <SearchBox search={model.search} />
      <SiteShortcuts on={model.sitesOn.value} sites={model.sites.value} onToggle={model.toggleSites} />
      {/* Today's tip first, then the personal panel: in reading order and on narrow screens alike. */}
      <div class="layout">
        <main class="daily">
          {/* The heading says what the card shows: today's tip, one opened from Saved, or another. */}
          <h1>
            {t(view.pinned !== null ? 'newtabHeadingSaved' : isToday(view) ? 'newtabHeading' : 'newtabHeadingOther')}
          </h1>
          {tip ? <TipCard tip={tip} titleId="tip-title" /> : <p class="tip empty">{t('newtabNoTips')}</p>}
          <TipActions
            saved={model.saved.value}
            hasTip={tip !== undefined}
            isToday={isToday(view)}
            onStep={(by) => model.navigate(stepped(view, by))}
            onSave={model.save}
            onHide={model.hide}
            onToday={() => model.navigate(backToToday(view))}
          />
          <div class="status" role="status">
            {undo && (
              <>
                {t('newtabHidden')}{' '}
                <button type="button" class="link-button" onClick={model.undoHide}>
                  {t('undo')}
                </button>
              </>
            )}
            {model.failed.value && <span class="problem">{t('newtabActionFailed')}</span>}
          </div>
          <div class="filters">
            <TopicFilter category={view.category} onChange={(category) => model.navigate(withCategory(category))} />
            <HiddenTips count={prefs.hidden.filter((id) => TIP_BY_ID.has(id)).length} onShowAll={model.showAllAgain} />
          </div>
          <details class="your-topics">
            <summary>{t('newtabYourTopics')}</summary>
            <TopicChoices
              id="newtab-topics"
              legend={t('welcomeTopicsTitle')}
              hint={t('topicsHint')}
              chosen={prefs.topics}
              onChange={model.chooseTopics}
            />
          </details>
          <SavedTips
            saved={prefs.saved}
            onShow={(id) => {
              model.navigate(pinnedTo(view, id));
              // Take keyboard and screen-reader users to the tip they opened, up in the card.
              requestAnimationFrame(() => document.getElementById('tip-title')?.focus());
            }}
            onRemove={model.removeSaved}
          />
        </main>
        {!look.quiet && (
          <aside class="today" aria-labelledby="today-heading">
            <h2 id="today-heading">{t('today')}</h2>
            {live === 'failed' ? (
              <p class="today-unavailable">{t('newtabUnavailable')}</p>
            ) : live ? (
              <live.TodayPanel
                snapshot={live.connection.snapshot}
                error={live.connection.error}
                act={live.connection.act}
                checkin={live.connection.checkin}
                clock={model.clock}
                hidden={model.hidden.value}
                shownId={tip?.id}
              />
            ) : (
              <TodayPlaceholder />
            )}
          </aside>
        )}
      </div>
    </div>
  );
}
