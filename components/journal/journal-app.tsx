/**
 * The journal page: check in or edit a day, this week's goals and best runs, the timeline, skin by
 * day, the meal checks and the patterns. Everything renders from the worker's journal view and the
 * snapshot's settings; the patterns come a moment after the charts.
 */
import { useSignalEffect } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SaveCheckin } from '@/components/checkin/checkin-model';
import { CHARTS_SHOWN_MARK, PATTERNS_SHOWN_MARK } from '@/components/kit/marks';
import { applyTheme } from '@/components/kit/theme';
import { t } from '@/utils/i18n';
import { weekGoals } from '@/utils/journal/streaks';
import { METRICS, PERIOD_DAYS, timeline } from '@/utils/journal/timeline';
import type { DateKey } from '@/utils/time/clock';
import { CsvExport } from './csv-export';
import { DayEditor } from './day-editor';
import { GoalsPanel } from './goals-panel';
import { HeatMap } from './heat-map';
import type { JournalModel } from './journal-model';
import { MealChecks } from './meal-checks';
import { PatternsPanel } from './patterns-panel';
import { PeriodSwitch } from './period-switch';
import { TimelineChart } from './timeline-chart';

export interface JournalActions {
  save: SaveCheckin;
  /** Make and download the CSV; resolves to the file's name. */
  exportCsv(): Promise<string>;
}

/** Mark the frame after something first appears (npm run bench reads the marks). */
function useMarkOnce(ready: boolean, mark: string) {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    requestAnimationFrame(() => performance.mark(mark));
  }, [ready]);
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function JournalApp({
  model,
  actions,
  locale,
}: {
  model: JournalModel;
  actions: JournalActions;
  locale: string;
}) {
  useSignalEffect(() => {
    const theme = model.settings.value?.general.theme;
    if (theme) applyTheme(theme);
  });
  const view = model.view.value;
  const settings = model.settings.value;
  const ready = view !== null && settings !== null;
  useMarkOnce(ready, CHARTS_SHOWN_MARK);
  // The patterns wait for the charts' frame, then take their turn.
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => model.computePatterns(), 0);
    return () => clearTimeout(timer);
  }, [view, settings]);
  useMarkOnce(model.patterns.value !== null, PATTERNS_SHOWN_MARK);

  const edit = (date: DateKey) => {
    model.edit(date);
    requestAnimationFrame(() => document.getElementById('journal-edit-title')?.focus());
  };

  let body = <p role="status">{t(model.failed.value ? 'journalLoadFailed' : 'journalLoading')}</p>;
  if (ready) {
    const period = model.period.value;
    const shown = view.dates.slice(-PERIOD_DAYS[period]);
    const series = timeline(period, view.dates, view.entries, view.totals, settings.water.goalMl);
    const week = weekGoals(view.today, view.entries, view.totals, settings.water.goalMl);
    body = (
      <>
        <Section id="journal-edit" title={t('editHeading')}>
          <DayEditor
            date={model.editing.value}
            today={view.today}
            stored={() => model.view.value?.entries[model.editing.value]}
            journal={settings.journal}
            plantsThisWeek={week.plants}
            save={actions.save}
            onChoose={(date) => model.edit(date)}
            locale={locale}
          />
        </Section>
        <Section id="journal-goals" title={t('goalsHeading')}>
          <GoalsPanel
            today={view.today}
            dates={view.dates}
            entries={view.entries}
            totals={view.totals}
            goalMl={settings.water.goalMl}
          />
        </Section>
        <div class="period">
          <PeriodSwitch period={period} onChange={model.setPeriod} />
        </div>
        <Section id="journal-timeline" title={t('journalTimelineHeading')}>
          {period === '12m' && <p class="hint">{t('journalTimelineWeekly')}</p>}
          <div class="charts">
            {METRICS.map((metric) => (
              <TimelineChart
                key={`${metric}-${period}`}
                metric={metric}
                points={series[metric]}
                weekly={period === '12m'}
                locale={locale}
              />
            ))}
          </div>
        </Section>
        <Section id="journal-heat" title={t('heatHeading')}>
          <HeatMap
            first={shown[0] ?? view.today}
            today={view.today}
            entries={view.entries}
            locale={locale}
            onEdit={edit}
          />
        </Section>
        <Section id="journal-meals" title={t('mealsHeading')}>
          <MealChecks dates={shown} totals={view.totals} locale={locale} />
        </Section>
        <Section id="journal-patterns" title={t('patternsHeading')}>
          <PatternsPanel patterns={model.patterns.value} locale={locale} />
        </Section>
        <Section id="journal-csv" title={t('csvHeading')}>
          <CsvExport exportCsv={actions.exportCsv} />
        </Section>
      </>
    );
  }

  return (
    <>
      <header class="page-header">
        <h1>{t('journalTitle')}</h1>
        <a href="/options.html" class="quiet-link">
          {t('settings')}
        </a>
      </header>
      <p class="intro">{t('journalIntro')}</p>
      <main class="journal">{body}</main>
    </>
  );
}
