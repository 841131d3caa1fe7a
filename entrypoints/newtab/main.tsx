import '@/components/newtab/newtab.css';
import { browser } from '@wxt-dev/browser';
import { render } from 'preact';
import { firstPaintCache } from '@/components/kit/first-paint';
import { applyLanguage } from '@/components/kit/language';
import { applyTheme } from '@/components/kit/theme';
import { NewTab } from '@/components/newtab/app';
import { createNewtabModel } from '@/components/newtab/newtab-model';

// Synchronous on purpose: the first render needs only the bundle and the first-paint copy.
// (The extension's own browser object, not the polyfill: see utils/i18n.ts.)
const model = createNewtabModel(firstPaintCache('newtab', browser.runtime.getManifest().version));
applyLanguage('newtabTitle');
applyTheme(model.look.value.theme);
render(<NewTab model={model} />, document.getElementById('app') as HTMLElement);
