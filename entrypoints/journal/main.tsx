/** The skin and gut journal page. Wiring only: the views live in components/journal. */
import '@/components/journal/journal.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type JournalActions, JournalApp } from '@/components/journal/journal-app';
import { createJournalModel } from '@/components/journal/journal-model';
import { createClock } from '@/components/kit/clock';
import { download } from '@/components/kit/download';
import { applyLanguage } from '@/components/kit/language';
import { createSnapshotModel } from '@/components/kit/snapshot-model';
import { sendMessage } from '@/utils/messaging/protocol';
import { watchSnapshotSources } from '@/utils/storage/items';

applyLanguage('journalTitle');
const clock = createClock();
const model = createJournalModel(
  { fetchView: (days) => sendMessage('getJournal', { days }), watch: watchSnapshotSources },
  createSnapshotModel(watchSnapshotSources),
  clock,
  location.hash,
);

const actions: JournalActions = {
  save: (date, patch) => sendMessage('saveCheckin', { date, patch }),
  async exportCsv() {
    // Made by the worker from everything kept (history and journal, every day, not only the year shown).
    const { fileName, text } = await sendMessage('exportCsv');
    download(fileName, text, 'text/csv');
    return fileName;
  },
};

// Asked for before the first render, so the worker is already reading while the page paints.
model.start();
render(
  <JournalApp model={model} actions={actions} locale={browser.i18n.getUILanguage()} />,
  document.getElementById('app') as HTMLElement,
);
