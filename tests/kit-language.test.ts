import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyLanguage } from '@/components/kit/language';

describe('applyLanguage', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('marks the page with the browser language, left to right', () => {
    applyLanguage();
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('reads right to left where the catalog says so (Arabic)', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ar');
    const real = fakeBrowser.i18n.getMessage;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name, subs) =>
      name === '@@bidi_dir' ? 'rtl' : real(name, subs),
    );
    applyLanguage();
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });
});
