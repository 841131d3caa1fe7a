import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TipCard } from '@/components/newtab/tip-card';
import { TIPS } from '@/utils/tips/library';
import { tipMessageName } from '@/utils/tips/messages';
import { sourceHref } from '@/utils/tips/source';
import { tipText } from '@/utils/tips/text';
import type { EvidenceLevel, Tip, TipSource } from '@/utils/tips/types';
import { translate } from '../fakes';

const base = TIPS[0] as Tip;
/** The first tip's English words, read as the card reads them (after the fakes are installed). */
const wordsOfBase = () => tipText(base.id);
const tipWith = (patch: Partial<Tip>, source?: Partial<TipSource>): Tip => ({
  ...base,
  ...patch,
  source: { ...base.source, doi: undefined, pmid: undefined, url: undefined, ...source },
});

describe('sourceHref', () => {
  it('prefers the DOI, then PubMed, then the guideline page', () => {
    const source = { ...base.source, doi: '10.1000/x(1)', pmid: '123', url: 'https://www.nhs.uk/a' };
    expect(sourceHref(source)).toBe('https://doi.org/10.1000/x(1)');
    expect(sourceHref({ ...source, doi: undefined })).toBe('https://pubmed.ncbi.nlm.nih.gov/123/');
    expect(sourceHref({ ...source, doi: undefined, pmid: undefined })).toBe('https://www.nhs.uk/a');
  });

  it('never links anything but an https page', () => {
    const bare = { ...base.source, doi: undefined, pmid: undefined };
    expect(sourceHref({ ...bare, url: 'javascript:alert(1)' })).toBeNull();
    expect(sourceHref({ ...bare, url: 'http://example.org' })).toBeNull();
    expect(sourceHref(bare)).toBeNull();
  });

  it('gives every tip in the library a link', () => {
    for (const tip of TIPS) expect(sourceHref(tip.source), tip.id).toMatch(/^https:\/\//);
  });
});

describe('TipCard', () => {
  it('shows the title, body, what to try today and the category', () => {
    render(<TipCard tip={base} titleId="t" />);
    const words = wordsOfBase();
    expect(words.title).toBe('Your gut and your skin are in conversation');
    const card = screen.getByRole('article', { name: words.title });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(words.title);
    expect(card.textContent).toContain(words.body);
    expect(card.textContent).toContain(`Try today ${words.tryToday}`);
    expect(card.dataset.tipId).toBe(base.id);
  });

  it('links the source, opening a new tab with no opener or referrer', () => {
    const tip = tipWith({}, { doi: '10.2903/j.efsa.2010.1459', title: 'Water opinion' });
    render(<TipCard tip={tip} titleId="t" />);
    const link = screen.getByRole('link', { name: /Water opinion/ });
    expect(link.getAttribute('href')).toBe('https://doi.org/10.2903/j.efsa.2010.1459');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(opens in a new tab)');
  });

  it('links PubMed when there is no DOI, and the guideline otherwise', () => {
    const { unmount } = render(<TipCard tip={tipWith({}, { pmid: '26345226' })} titleId="t" />);
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://pubmed.ncbi.nlm.nih.gov/26345226/');
    unmount();
    render(<TipCard tip={tipWith({}, { url: 'https://www.nice.org.uk/guidance/ng198' })} titleId="t" />);
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://www.nice.org.uk/guidance/ng198');
  });

  it.each([
    ['strong', 'Strong evidence'],
    ['moderate', 'Moderate evidence'],
    ['emerging', 'Emerging evidence'],
    ['limited', 'Limited evidence'],
  ] as const)('says %s evidence in plain words', (level: EvidenceLevel, words) => {
    render(<TipCard tip={tipWith({ evidence: level }, { doi: '10.1/x' })} titleId="t" />);
    const meaning = translate(`newtabEvidence${words.split(' ')[0]}Means`);
    expect(meaning.length).toBeGreaterThan(10);
    expect(screen.getByText(words).parentElement?.textContent).toBe(`${words}: ${meaning}`);
  });

  it('always shows the wellness disclaimer on the main card, not on the compact one', () => {
    const { unmount } = render(<TipCard tip={base} titleId="t" />);
    expect(screen.getByText(/not medical advice/).textContent).toBe(translate('newtabDisclaimer'));
    expect(translate('newtabDisclaimer')).toMatch(/clinician about any skin condition/);
    unmount();
    render(<TipCard tip={base} titleId="t" compact />);
    expect(screen.queryByText(/not medical advice/)).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(wordsOfBase().title);
  });

  it('renders tip text as text, never as markup', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const real = fakeBrowser.i18n.getMessage;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name, subs) =>
      name === tipMessageName(base.id, 'title') ? markup : real(name, subs),
    );
    render(<TipCard tip={base} titleId="t" />);
    expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
