/** formatNumber's shortcut for small whole numbers writes exactly what Intl writes. */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/utils/i18n';

const LATIN = [
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en-US',
  'en-GB',
  'es-419',
  'fi',
  'fr',
  'he',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'nb',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sv',
  'tr',
  'uk',
  'vi',
  'zh-CN',
  'zh-TW',
];

describe('formatNumber', () => {
  it('writes 0 to 999 as Intl does in every language it shortcuts', () => {
    for (const locale of LATIN) {
      for (let n = 0; n < 1000; n++)
        expect(formatNumber(n, locale), `${n} in ${locale}`).toBe(n.toLocaleString(locale));
    }
  });

  it('leaves other digits, grouping, signs and fractions to Intl', () => {
    expect(formatNumber(12, 'ar-EG')).toBe((12).toLocaleString('ar-EG'));
    expect(formatNumber(12, 'en-u-nu-arab')).toBe((12).toLocaleString('en-u-nu-arab'));
    expect(formatNumber(1250, 'de')).toBe('1.250');
    expect(formatNumber(-3, 'sv')).toBe((-3).toLocaleString('sv'));
    expect(formatNumber(2.5, 'fr')).toBe('2,5');
  });
});
