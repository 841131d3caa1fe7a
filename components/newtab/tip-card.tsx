/** One tip: what it says, what to try today, how strong the evidence is and where it comes from. */
import { t } from '@/utils/i18n';
import { sourceHref } from '@/utils/tips/source';
import { tipText } from '@/utils/tips/text';
import type { EvidenceLevel, Tip, TipSource } from '@/utils/tips/types';
import { CATEGORY_NAME, EVIDENCE_WORDS } from './words';

const EVIDENCE_STEPS: Record<EvidenceLevel, number> = { limited: 1, emerging: 2, moderate: 3, strong: 4 };

function Evidence({ level }: { level: EvidenceLevel }) {
  const words = EVIDENCE_WORDS[level];
  const steps = EVIDENCE_STEPS[level];
  // "Moderate evidence: …", joined as the language joins a label and its text, the level in bold.
  const name = t(words.name);
  const line = t('labelled', [name, t(words.means)]);
  const at = Math.max(0, line.indexOf(name));
  return (
    <p class="tip-evidence">
      {/* The words carry the meaning; the four marks are a quick visual cue only. */}
      <span class="evidence-marks" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} class={step <= steps ? 'on' : undefined} />
        ))}
      </span>
      <span>
        {line.slice(0, at)}
        <strong>{name}</strong>
        {line.slice(at + name.length)}
      </span>
    </p>
  );
}

function Source({ source }: { source: TipSource }) {
  const href = sourceHref(source);
  return (
    <p class="tip-source">
      {t('newtabSource')} {source.authors} ({source.year}).{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
          <span class="sr-only"> {t('newtabOpensInNewTab')}</span>
        </a>
      ) : (
        source.title
      )}
      . <cite>{source.publisher}</cite>.
    </p>
  );
}

interface TipCardProps {
  tip: Tip;
  /** Id of the title, for aria-labelledby (the page shows more than one card at a time). */
  titleId: string;
  /** A smaller card in the Today panel: heading level 3, no disclaimer (the main card has it). */
  compact?: boolean;
}

export function TipCard({ tip, titleId, compact = false }: TipCardProps) {
  const Title = compact ? 'h3' : 'h2';
  const text = tipText(tip.id);
  return (
    <article
      class={compact ? 'tip compact' : 'tip'}
      aria-labelledby={titleId}
      data-tip-id={tip.id}
      data-category={tip.category}
    >
      <p class="tip-category">{t(CATEGORY_NAME[tip.category])}</p>
      <Title id={titleId} class="tip-title" tabIndex={-1}>
        {text.title}
      </Title>
      <p class="tip-body">{text.body}</p>
      <p class="tip-try">
        <strong>{t('newtabTryToday')}</strong> {text.tryToday}
      </p>
      <Evidence level={tip.evidence} />
      <Source source={tip.source} />
      {!compact && <p class="tip-note">{t('newtabDisclaimer')}</p>}
    </article>
  );
}
