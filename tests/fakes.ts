/**
 * What WXT's fake browser does not provide (i18n, idle, notification permission level, the
 * focused window's state, keyboard commands) and a
 * controllable version of each, reinstalled before every test by tests/setup.ts.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tipMessages } from '@/utils/tips/messages';
import englishTips from '../assets/tips/en.json';
import englishCatalog from '../public/_locales/en/messages.json';

type Listener = (...args: never[]) => unknown;

export function fakeEvent<L extends Listener>() {
  const listeners: L[] = [];
  return {
    addListener: (l: L) => void listeners.push(l),
    removeListener: (l: L) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: L) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: Parameters<L>) => Promise.all(listeners.map((l) => l(...args))),
  };
}

export const environment = {
  idleState: 'active' as 'active' | 'idle' | 'locked',
  /** The state of the window the person is using (`windows.getLastFocused`). */
  windowState: 'normal' as 'normal' | 'maximized' | 'minimized' | 'fullscreen',
  permission: 'granted' as 'granted' | 'denied',
  idleEvent: fakeEvent<(state: string) => void>(),
  boundsEvent: fakeEvent<(window: { state?: string }) => void>(),
  commandEvent: fakeEvent<(name: string) => void>(),
};

/** The English catalog as the build makes it: the interface's messages and the tips'. */
const catalog: Record<string, { message: string }> = { ...englishCatalog, ...tipMessages(englishTips) };

export function translate(key: string, substitutions?: string | string[]): string {
  const entry = catalog[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export function installFakes(): void {
  environment.idleState = 'active';
  environment.windowState = 'normal';
  environment.permission = 'granted';
  environment.idleEvent = fakeEvent<(state: string) => void>();
  environment.boundsEvent = fakeEvent<(window: { state?: string }) => void>();
  environment.commandEvent = fakeEvent<(name: string) => void>();
  Object.assign(fakeBrowser.commands, { onCommand: environment.commandEvent });
  Object.assign(fakeBrowser.i18n, { getMessage: translate, getUILanguage: () => 'en-GB' });
  Object.assign(fakeBrowser.idle, {
    queryState: async () => environment.idleState,
    setDetectionInterval: () => undefined,
    onStateChanged: environment.idleEvent,
  });
  Object.assign(fakeBrowser.notifications, {
    getPermissionLevel: async () => environment.permission,
  });
  // The fake has no focused window until one is created; the worker asks the last focused one's state.
  Object.assign(fakeBrowser.windows, {
    getLastFocused: async () => ({
      id: 1,
      focused: true,
      incognito: false,
      alwaysOnTop: false,
      state: environment.windowState,
    }),
    onBoundsChanged: environment.boundsEvent,
  });
}
