/** What the popup can ask the worker to do: the protocol's actions, in the shape the views use. */
import type { BreathingRun, PatternId, SessionMinutes } from '@/utils/breathing';
import type { Patch } from '@/utils/journal/entry';
import { type MealAnswers, type Reply, sendMessage } from '@/utils/messaging/protocol';
import type { Route } from '@/utils/routes';
import type { Pause, PausePreset } from '@/utils/schedule/pause';
import type { DateKey } from '@/utils/time/clock';

export interface PopupActions {
  /** One configured cup when no amount is given. */
  logWater(amountMl?: number): Promise<unknown>;
  undoWater(): Promise<{ removed: boolean }>;
  /** A breathing break the worker keeps, so it outlives the popup. */
  startBreathing(choice: { pattern: PatternId; minutes: SessionMinutes }): Promise<BreathingRun>;
  stopBreathing(id: string): Promise<unknown>;
  /** Its time is up: logged once; `logged` says it is in today's history. */
  finishBreathing(id: string): Promise<{ logged: boolean }>;
  logMeal(answers: MealAnswers): Promise<unknown>;
  /** Resolves to the pause now in force. */
  pause(preset: PausePreset): Promise<{ pause: Pause }>;
  resume(): Promise<{ pause: Pause }>;
  act(occurrence: string, reply: Reply): Promise<{ recorded: boolean; opens: Route | null }>;
  openSettings(): Promise<void>;
  /** Save a check-in's changed answers for a day. */
  saveCheckin(date: DateKey, patch: Patch): Promise<unknown>;
  /** Open the journal page in a tab (the popup closes, as a toolbar popup would). */
  openJournal(): Promise<void>;
  /** The welcome page, in a tab (the popup closes). */
  openWelcome(): Promise<void>;
  /** Skip the welcome page: the defaults, and reminders from now on. */
  finishSetup(): Promise<unknown>;
}

/**
 * The polyfilled browser object, for the actions that open a page: loaded when one is used (the
 * popup's storage brings it after the first paint anyway), not before the popup's first paint.
 */
const extension = async () => (await import('wxt/browser')).browser;

export const protocolActions: PopupActions = {
  logWater: (amountMl) => sendMessage('logWater', amountMl === undefined ? {} : { amountMl }),
  undoWater: () => sendMessage('undoWater'),
  startBreathing: (choice) => sendMessage('startBreathing', choice),
  stopBreathing: (id) => sendMessage('stopBreathing', { id }),
  finishBreathing: (id) => sendMessage('finishBreathing', { id }),
  logMeal: (answers) => sendMessage('logMeal', answers),
  pause: (preset) => sendMessage('pause', { preset }),
  resume: () => sendMessage('resume'),
  act: (occurrence, reply) => sendMessage('act', { occurrence, reply }),
  async openSettings() {
    await (await extension()).runtime.openOptionsPage();
    window.close();
  },
  saveCheckin: (date, patch) => sendMessage('saveCheckin', { date, patch }),
  async openJournal() {
    const browser = await extension();
    await browser.tabs.create({ url: browser.runtime.getURL('/journal.html') });
    window.close();
  },
  async openWelcome() {
    const browser = await extension();
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    window.close();
  },
  finishSetup: () => sendMessage('finishSetup'),
};
