/**
 * The new-tab page. The first render needs nothing but the bundle and the localStorage mirror:
 * today's tip, the controls and the saved list paint at once. The Today panel's space is
 * reserved from the start and filled when the after-paint module has the worker's snapshot.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyTheme } from '@/components/theme';
import { t } from '@/utils/i18n';
import { hideTip, setSaved, showAllAgain, unhideTip } from '@/utils/tips/prefs';
import {
  backToToday,
  type CardView,
  isToday,
  pinnedTo,
  shownTip,
  stepped,
  TIP_BY_ID,
  TODAY_VIEW,
  withCategory,
} from './card-view';
import type { Connection, LiveHandlers, Look, TodayPanel } from './live';
import { loadLive } from './load-live';
import { type Mirror, writeMirror } from './mirror';
import { SavedTips } from './saved-tips';
import { TipCard } from './tip-card';
import { HiddenTips, TipActions, TopicFilter } from './tip-controls';
import { TodayPlaceholder } from './today-placeholder';
import { useLocalDate } from './use-now';
import { usePrefs } from './use-prefs';

type Live = { connection: Connection; TodayPanel: typeof TodayPanel };

/**
 * Connect to storage and the worker once the first frame is out; stop when the page goes.
 * 'failed' if the after-paint module cannot load: the tip stays, the panel says so.
 */
function useLive(handlers: LiveHandlers) {
  const [live, setLive] = useState<Live | 'failed' | null>(null);
  useEffect(() => {
    let connection: Connection | null = null;
    let gone = false;
    loadLive().then(
      (module) => {
        if (gone) return;
        connection = module.connect(handlers);
        setLive({ connection, TodayPanel: module.TodayPanel });
      },
      () => gone || setLive('failed'),
    );
    return () => {
      gone = true;
      connection?.stop();
    };
    // The handlers are stable for the page's life (state setters and stable callbacks).
  }, []);
  return live;
}

const sameLook = (a: Look, b: Look) => a.theme === b.theme && a.quiet === b.quiet;

export function NewTab({ initial }: { initial: Mirror }) {
  const date = useLocalDate();
  const { prefs, failed, change, fromStorage } = usePrefs(initial.prefs);
  const [look, setLook] = useState<Look>({ theme: initial.theme, quiet: initial.quiet });
  const [view, setView] = useState<CardView>(TODAY_VIEW);
  const [undo, setUndo] = useState<{ id: string; wasSaved: boolean } | null>(null);
  const live = useLive({
    onPrefs: fromStorage,
    onLook: (next) => setLook((current) => (sameLook(current, next) ? current : next)),
  });

  useEffect(() => applyTheme(look.theme), [look.theme]);
  // Writes only when a mirrored value differs from the copy, so a plain page load writes nothing.
  useEffect(() => writeMirror({ prefs, ...look }), [prefs, look]);

  const hidden = useMemo(() => new Set(prefs.hidden), [prefs.hidden]);
  const tip = shownTip(view, date, hidden);
  const saved = tip !== undefined && prefs.saved.includes(tip.id);

  const navigate = (next: CardView) => {
    setUndo(null);
    setView(next);
  };
  const hide = () => {
    if (!tip) return;
    setUndo({ id: tip.id, wasSaved: saved });
    void change((current) => hideTip(current, tip.id));
  };
  const undoHide = () => {
    if (!undo) return;
    const { id, wasSaved } = undo;
    setUndo(null);
    void change((current) => unhideTip(current, id, wasSaved));
  };

  return (
    <div class={look.quiet ? 'page quiet' : 'page'}>
      <header class="page-head">
        <span class="brand">{t('extName')}</span>
        <a class="quiet-link" href="/options.html">
          {t('newtabSettings')}
        </a>
      </header>
      <div class="layout">
        {!look.quiet && (
          <aside class="today" aria-labelledby="today-heading">
            <h2 id="today-heading">{t('newtabTodayHeading')}</h2>
            {live === 'failed' ? (
              <p class="today-unavailable">{t('newtabUnavailable')}</p>
            ) : live ? (
              <live.TodayPanel
                snapshot={live.connection.snapshot}
                error={live.connection.error}
                act={live.connection.act}
                date={date}
                hidden={hidden}
                shownId={tip?.id}
              />
            ) : (
              <TodayPlaceholder />
            )}
          </aside>
        )}
        <main class="daily">
          <h1>{t('newtabHeading')}</h1>
          {tip ? <TipCard tip={tip} titleId="tip-title" /> : <p class="tip empty">{t('newtabNoTips')}</p>}
          <TipActions
            saved={saved}
            hasTip={tip !== undefined}
            isToday={isToday(view)}
            onStep={(by) => navigate(stepped(view, by))}
            onSave={(on) => tip && void change((current) => setSaved(current, tip.id, on))}
            onHide={hide}
            onToday={() => navigate(backToToday(view))}
          />
          <div class="status" role="status">
            {undo && (
              <>
                {t('newtabHidden')}{' '}
                <button type="button" class="link-button" onClick={undoHide}>
                  {t('newtabUndo')}
                </button>
              </>
            )}
            {failed && <span class="problem">{t('newtabActionFailed')}</span>}
          </div>
          <div class="filters">
            <TopicFilter category={view.category} onChange={(category) => navigate(withCategory(category))} />
            <HiddenTips
              count={prefs.hidden.filter((id) => TIP_BY_ID.has(id)).length}
              onShowAll={() => void change(showAllAgain)}
            />
          </div>
          <SavedTips
            saved={prefs.saved}
            onShow={(id) => {
              navigate(pinnedTo(view, id));
              // Take keyboard and screen-reader users to the tip they opened, up in the card.
              requestAnimationFrame(() => document.getElementById('tip-title')?.focus());
            }}
            onRemove={(id) => void change((current) => setSaved(current, id, false))}
          />
        </main>
      </div>
    </div>
  );
}
