/**
 * One metric over the period as a small SVG chart (a line for scores, sleep and water; bars for
 * counts), named by a sentence that says what it shows, with the numbers as a table behind a
 * disclosure (built only when opened). No animation, so it is the same under reduced motion.
 */
import { useSignal } from '@preact/signals';
import { t } from '@/utils/i18n';
import { METRIC_MAX, type Metric, type Point } from '@/utils/journal/timeline';
import { dayLabel } from '@/utils/phrases';
import { METRIC_NAMES } from './words';

const HEIGHT = 40;
const STEP = 10;
const BARS: readonly Metric[] = ['breaks', 'meals'];

const y = (value: number, max: number) => HEIGHT - (Math.min(value, max) / max) * (HEIGHT - 2) - 1;

/** Line segments through consecutive known values; a lone value gets a short tick of its own. */
function linePath(points: readonly Point[], max: number): string {
  let path = '';
  points.forEach((point, i) => {
    if (point.value === null) return;
    const x = i * STEP + STEP / 2;
    const joined = i > 0 && points[i - 1]?.value !== null;
    const alone = !joined && points[i + 1]?.value == null;
    path += `${joined ? 'L' : 'M'}${alone ? x - 3 : x} ${y(point.value, max)}`;
    if (alone) path += `L${x + 3} ${y(point.value, max)}`;
  });
  return path;
}

function summary(metric: Metric, points: readonly Point[], locale: string): string {
  const name = t(METRIC_NAMES[metric]);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length === 0) return t('chartEmpty', name);
  const number = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  return t('chartSummary', [
    name,
    number(values.reduce((a, b) => a + b, 0) / values.length),
    String(values.length),
    String(points.length),
    number(Math.min(...values)),
    number(Math.max(...values)),
  ]);
}

export function TimelineChart({
  metric,
  points,
  weekly,
  locale,
}: {
  metric: Metric;
  points: readonly Point[];
  weekly: boolean;
  locale: string;
}) {
  const open = useSignal(false);
  const max = METRIC_MAX[metric];
  const width = Math.max(1, points.length) * STEP;
  const id = `chart-${metric}`;
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{t(METRIC_NAMES[metric])}</strong> <span class="chart-summary">{summary(metric, points, locale)}</span>
      </figcaption>
      <svg
        class={`chart-svg metric-${metric}`}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {metric === 'water' && <line class="goal" x1="0" x2={width} y1={y(100, max)} y2={y(100, max)} />}
        {BARS.includes(metric) ? (
          points.map((point, i) =>
            point.value ? (
              <rect
                key={point.date}
                x={i * STEP + 2}
                width={STEP - 4}
                y={y(point.value, max)}
                height={HEIGHT - y(point.value, max)}
              />
            ) : null,
          )
        ) : (
          <path d={linePath(points, max)} />
        )}
      </svg>
      <details
        onToggle={(event) => {
          open.value = (event.currentTarget as HTMLDetailsElement).open;
        }}
      >
        <summary>{t('chartShowTable')}</summary>
        {open.value && (
          <table class="chart-table">
            <caption class="sr-only">{t(METRIC_NAMES[metric])}</caption>
            <thead>
              <tr>
                <th scope="col">{t(weekly ? 'chartWeekOf' : 'chartDate')}</th>
                <th scope="col">{t('chartValue')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.date}>
                  <th scope="row">{dayLabel(point.date, locale)}</th>
                  <td>{point.value === null ? t('chartNoValue') : point.value.toLocaleString(locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
