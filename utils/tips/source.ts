/** Where a tip's source link points: the DOI, else PubMed, else the official guideline page. */
import type { TipSource } from './types';

export function sourceHref(source: TipSource): string | null {
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  // Only https pages: a link is never a script or a plain-http page.
  return source.url?.startsWith('https://') ? source.url : null;
}
