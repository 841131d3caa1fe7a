/** What the popup can ask the worker to do: the protocol's actions, in the shape the views use. */
import { browser } from 'wxt/browser';
import { type MealAnswers, sendMessage } from '@/utils/messaging/protocol';
import type { PausePreset } from '@/utils/schedule/pause';
import type { GeneralSettings } from '@/utils/settings/schema';
import type { FinishedSession } from './breathing-session';

export interface PopupActions {
  /** One configured cup when no amount is given. */
  logWater(amountMl?: number): Promise<unknown>;
  undoWater(): Promise<{ removed: boolean }>;
  logBreathing(session: FinishedSession): Promise<unknown>;
  logMeal(answers: MealAnswers): Promise<unknown>;
  /** Resolves to the general settings as saved, with the new pausedUntil. */
  pause(preset: PausePreset): Promise<GeneralSettings>;
  resume(): Promise<GeneralSettings>;
  act(occurrence: string, action: 'done' | 'snooze'): Promise<{ recorded: boolean }>;
  openSettings(): Promise<void>;
}

export const protocolActions: PopupActions = {
  logWater: (amountMl) => sendMessage('logWater', amountMl === undefined ? {} : { amountMl }),
  undoWater: () => sendMessage('undoWater'),
  logBreathing: (session) => sendMessage('logBreathing', session),
  logMeal: (answers) => sendMessage('logMeal', answers),
  pause: (preset) => sendMessage('pause', { preset }),
  resume: () => sendMessage('resume'),
  act: (occurrence, action) => sendMessage('act', { occurrence, action }),
  async openSettings() {
    await browser.runtime.openOptionsPage();
    window.close();
  },
};
