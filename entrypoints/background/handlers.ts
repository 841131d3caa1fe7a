/** The worker's side of the message protocol: one handler per message, checked by the compiler. */
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { csvFileName, journalCsv } from '@/utils/journal/csv';
import type { Handlers } from '@/utils/messaging/protocol';
import { buildJournalView } from './journal';
import type { Worker } from './operations';
import { buildSnapshot } from './snapshot';

export function createHandlers(worker: Worker): Handlers {
  const { transact } = worker;
  return {
    getSnapshot: () => transact.inspect(buildSnapshot),

    logWater: ({ amountMl }) =>
      worker.logActivity('hydration', (tx) => ({ type: 'water', amountMl: amountMl ?? tx.settings.water.cupMl })),

    undoWater: () =>
      transact(async (tx) => {
        const events = (await tx.deps.history.readDays([tx.today]))[tx.today] ?? [];
        const drink = events.filter((e) => e.type === 'water').at(-1);
        return { removed: drink ? await tx.deps.history.remove(tx.today, drink.id) : false };
      }),

    startBreathing: ({ pattern, minutes }) => worker.startBreathing(pattern, minutes),
    stopBreathing: ({ id }) => worker.stopBreathing(id),
    finishBreathing: ({ id }) => worker.finishBreathing(id),

    logMeal: (answers) => worker.logActivity('meal', () => ({ type: 'meal', ...answers })),

    pause: ({ preset }) => worker.pause(preset),
    resume: () => worker.resume(),
    act: ({ occurrence, reply }) => worker.act(occurrence, reply),
    openView: async ({ route }) => {
      await worker.openView(route);
      return undefined;
    },

    finishSetup: () => worker.finishSetup(),

    testNotification: async () => {
      try {
        await browser.notifications.create(`test-${Date.now().toString(36)}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: t('testNotificationTitle'),
          message: t('testNotificationBody'),
        });
        return { shown: true };
      } catch {
        return { shown: false };
      }
    },

    // Imported history goes through the worker's queue like every other history write.
    importHistory: (bundle) => transact((tx) => tx.deps.history.importBundle(bundle)),
    undoHistoryImport: (added) => transact(async (tx) => ({ removed: await tx.deps.history.removeAdded(added) })),

    saveCheckin: ({ date, patch }) => worker.checkIn(date, patch),
    getJournal: ({ days }) => transact.inspect((tx) => buildJournalView(tx, days)),
    // Like history, an imported journal is written in the worker's queue.
    importJournal: (bundle) => transact((tx) => tx.deps.journal.importBundle(bundle)),
    undoJournalImport: (added) => transact(async (tx) => ({ restored: await tx.deps.journal.undoImport(added) })),
    exportCsv: () =>
      transact.inspect(async (tx) => {
        const [history, entries] = await Promise.all([tx.deps.history.readAll(), tx.deps.journal.readAll()]);
        return { fileName: csvFileName(tx.today), text: journalCsv(history, entries) };
      }),
    deleteAllData: async () => {
      await worker.deleteEverything();
      return { deleted: true };
    },
  };
}
