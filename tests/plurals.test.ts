/** Messages about a count say it the way the language does (item 10 of the new-user report). */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { plural } from '@/utils/i18n';

describe('plurals', () => {
  it('use the form the count needs, never "(s)"', () => {
    expect(plural('optionsStatusInvalid', 1)).toBe('1 field needs attention: it is not saved until it is fixed.');
    expect(plural('optionsStatusInvalid', 2)).toBe('2 fields need attention: they are not saved until they are fixed.');
    expect(plural('optionsResetText', 1)).toMatch(/^1 setting goes back to its default\./);
    expect(plural('optionsImported', 7)).toBe('Imported: 7 settings changed. You can undo this below.');
    expect(plural('optionsReviewHistory', 1)).toMatch(/^1 history entry is added/);
    expect(plural('popupCups', 8, ['1'])).toBe('1 of 8 cups');
    expect(plural('popupCups', 1, ['0'])).toBe('0 of 1 cup');
  });

  it('write the count the locale’s way', () => {
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'de' });
    expect(plural('optionsReviewHistory', 1200)).toMatch(/^1\.200 history entries/);
  });

  it('fall back to the "other" form where a language has no key for the form the count needs', () => {
    // Arabic has six forms; a catalog with only "other" still reads.
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'ar' });
    expect(plural('optionsImported', 3)).toMatch(/Imported: .+ settings changed/);
  });
});
