import '@/components/newtab/newtab.css';
import { render } from 'preact';
import { NewTab } from '@/components/newtab/app';
import { readMirror } from '@/components/newtab/mirror';
import { applyTheme } from '@/components/theme';
import { t } from '@/utils/i18n';

// Synchronous on purpose: the first render needs only the bundle and the localStorage mirror.
const initial = readMirror();
applyTheme(initial.theme);
document.title = t('newtabTitle');
render(<NewTab initial={initial} />, document.getElementById('app') as HTMLElement);
