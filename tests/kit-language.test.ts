import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyLanguage, backKey, forwardKey } from '@/components/kit/language';

describe('applyLanguage', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('marks the page with the browser language, left to right, and titles it from the catalog', () => {
    applyLanguage('journalTitle');
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Skin and gut journal');
    expect([backKey(), forwardKey()]).toEqual(['ArrowLeft', 'ArrowRight']);
  });

  it('reads right to left where the catalog in use says so (Arabic), and its arrow keys follow', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ar');
    const real = fakeBrowser.i18n.getMessage;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name, subs) =>
      name === 'textDirection' ? 'rtl' : real(name, subs),
    );
    applyLanguage('extName');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect([backKey(), forwardKey()]).toEqual(['ArrowRight', 'ArrowLeft']);
  });
});
