import '@/components/options/options.css';
import { effect } from '@preact/signals';
import { render } from 'preact';
import { createClock } from '@/components/kit/clock';
import { applyLanguage } from '@/components/kit/language';
import { createSnapshotModel } from '@/components/kit/snapshot-model';
import { applyTheme } from '@/components/kit/theme';
import { createOptionsModel } from '@/components/options/model/options-model';
import { actionsPort, dataPort, settingsPort } from '@/components/options/model/ports';
import { OptionsApp } from '@/components/options/options-app';
import { watchSnapshotSources } from '@/utils/storage/items';

const model = createOptionsModel({
  settings: settingsPort,
  data: dataPort,
  actions: actionsPort,
  snapshot: createSnapshotModel(watchSnapshotSources),
  clock: createClock(),
});

// The theme being edited applies at once, so people see their choice before it is saved.
applyLanguage('optionsHeading');
effect(() => applyTheme(model.form.draft.value?.general.theme ?? 'system'));

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') {
    // Leaving the page: write what is waiting instead of after the debounce.
    void model.form.flush();
  } else {
    void model.checkPermission();
    void model.readShortcuts();
  }
});

// An invalid edit is never saved; closing the page would lose it, so the browser asks first.
window.addEventListener('beforeunload', (event) => {
  if (model.form.dirty.value && model.form.problems.value.length > 0) event.preventDefault();
});

render(<OptionsApp model={model} />, document.getElementById('app') as HTMLElement);
void model.open();
