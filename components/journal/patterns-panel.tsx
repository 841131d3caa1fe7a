/**
 * Patterns, honestly: for each factor a table of the difference in skin and gut (with minus
 * without) on the same day, one to three days later and by week, each with its likely range or how
 * many more days it needs, and the clearest of them in a sentence that never claims a cause.
 */
import { t } from '@/utils/i18n';
import { OUTCOMES, type PatternCell, type Patterns, VIEWS } from '@/utils/journal/patterns';
import { patternSentence, signed } from '@/utils/phrases';
import { factorName, OUTCOME_NAMES, VIEW_NAMES } from './words';

function cellText(cell: PatternCell | undefined, locale: string): string {
  if (!cell) return '';
  if (!cell.result) return plural(cell.view === 'week' ? 'patternWaitWeeks' : 'patternWaitDays', cell.more);
  const { difference, low, high } = cell.result;
  return t('patternCell', [signed(difference, locale), signed(low, locale), signed(high, locale)]);
}

/** The sentences worth reading for one factor: every likely pattern, else the clearest one. */
function sentences(cells: readonly PatternCell[], locale: string): string[] {
  const ready = cells.filter((cell) => cell.result);
  const likely = ready.filter((cell) => cell.result?.likely);
  const chosen = likely.length > 0 ? likely : ready.sort((a, b) => (a.result?.p ?? 1) - (b.result?.p ?? 1)).slice(0, 1);
  return chosen.flatMap((cell) =>
    cell.result
      ? [
          patternSentence(
            cell.view,
            cell.result,
            { factor: factorName(cell.factor), outcome: t(OUTCOME_NAMES[cell.outcome]) },
            locale,
          ),
        ]
      : [],
  );
}

function FactorPatterns({ factor, cells, locale }: { factor: string; cells: PatternCell[]; locale: string }) {
  const name = factorName(factor);
  const at = (outcome: string, view: string) => cells.find((c) => c.outcome === outcome && String(c.view) === view);
  const headingId = `pattern-${factor.replace(/[^\w-]/g, '_')}`;
  return (
    <section class="pattern" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {sentences(cells, locale).map((sentence) => (
        <p key={sentence} class="pattern-sentence">
          {sentence}
        </p>
      ))}
      <table class="pattern-table">
        <caption class="sr-only">{t('patternTableCaption', name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('optionsModeLegend')}</th>
            {OUTCOMES.map((outcome) => (
              <th key={outcome} scope="col">
                {t(OUTCOME_NAMES[outcome])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {VIEWS.map((view) => (
            <tr key={view}>
              <th scope="row">{t(VIEW_NAMES[view])}</th>
              {OUTCOMES.map((outcome) => {
                const cell = at(outcome, String(view));
                return (
                  <td key={outcome} data-likely={cell?.result?.likely ? 'true' : undefined}>
                    {cellText(cell, locale)}
                    {cell?.result?.likely && <strong class="likely-mark"> {t('patternLikelyMark')}</strong>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function PatternsPanel({ patterns, locale }: { patterns: Patterns | null; locale: string }) {
  if (!patterns) return <p role="status">{t('patternsWorking')}</p>;
  const factors = [...new Set(patterns.cells.map((cell) => cell.factor))];
  return (
    <>
      <p>{t('patternsIntro')}</p>
      <details class="how">
        <summary>{t('howHeading')}</summary>
        <p>{t('how1')}</p>
        <p>{t('how2')}</p>
        <p>{t('how3')}</p>
        <p>{t('how4')}</p>
        <p>{t('how5')}</p>
      </details>
      <p class="hint">{patterns.tested === 0 ? t('patternsNoneYet') : t('patternsTested', String(patterns.tested))}</p>
      {factors.map((factor) => (
        <FactorPatterns
          key={factor}
          factor={factor}
          cells={patterns.cells.filter((c) => c.factor === factor)}
          locale={locale}
        />
      ))}
      <p class="disclaimer">{t('newtabDisclaimer')}</p>
    </>
  );
}
