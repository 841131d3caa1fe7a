/**
 * WXT's fake browser made Firefox-shaped: the extension APIs Firefox really gives this extension,
 * as Firefox ESR's own API schemas declare them and as the real-browser suite (e2e/firefox) sees
 * them. tests/firefox-setup.ts installs it before every test of the `firefox` project, after
 * tests/setup.ts, so a Chrome-only call fails here, in a unit test, before any browser runs.
 *
 * - The toolbar button: `action` in a Manifest V3 build, `browserAction` in an MV2 one, never
 *   both. The version is the one wxt.config.ts builds Firefox with (`import.meta.env.
 *   MANIFEST_VERSION` in this project), so a badge call the build does not have throws here too.
 * - `notifications.create` takes only the options Firefox knows: `buttons` is "unsupported by
 *   Firefox", anything else unknown (`requireInteraction`, `silent`…) an "Unexpected property",
 *   each rejected with Firefox's own type error. Nothing is shown then.
 * - Every close reports `byUser = true`: a clear by the extension, a replacement by `create`
 *   with the same id, a click on the body (the notification closes as it is clicked).
 * - `getAll` returns each notification's options (Chrome returns `true`).
 * - No `getPermissionLevel` and no `update`; `onButtonClicked` exists but never fires.
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Options = Browser.notifications.NotificationCreateOptions;

/** Firefox's CreateNotificationOptions (toolkit/components/extensions/schemas/notifications.json). */
const FIREFOX_OPTIONS = new Set([
  'type',
  'iconUrl',
  'appIconMaskUrl',
  'title',
  'message',
  'contextMessage',
  'priority',
  'eventTime',
  'imageUrl',
  'items',
  'progress',
  'isClickable',
]);

/** What Firefox says about options it refuses, or null when it takes them. */
export function refusedOption(options: object): string | null {
  for (const key of Object.keys(options)) {
    if (key === 'buttons') return 'Property "buttons" is unsupported by Firefox';
    if (!FIREFOX_OPTIONS.has(key)) return `Unexpected property "${key}"`;
  }
  return null;
}

// WXT's own implementations, taken once: each test installs fresh wrappers around these.
const notifications = fakeBrowser.notifications;
const base = {
  create: notifications.create.bind(notifications) as (id: string, options: Options) => Promise<string>,
  clear: notifications.clear.bind(notifications) as (id: string) => Promise<boolean>,
};
const toolbar = fakeBrowser.action;

const isShown = (id: string) => id in notifications.getAllCreateOptions();

/** Firefox fires onClosed on a later turn, always "by user" (Firefox bug 1413188). */
function closedByFirefox(id: string): void {
  queueMicrotask(() => void notifications.onClosed.trigger(id, true));
}

async function clear(id: string): Promise<boolean> {
  const cleared = await base.clear(id);
  if (cleared) closedByFirefox(id);
  return cleared;
}

async function create(id: string, options: Options): Promise<string> {
  const refused = refusedOption(options);
  if (refused) throw new Error(`Type error for parameter options (${refused}) for notifications.create.`);
  if (isShown(id)) await clear(id);
  return base.create(id, options);
}

// In tests every import.meta.env value is a string ("3").
export function installFirefoxFake(manifestVersion = Number(import.meta.env.MANIFEST_VERSION)): void {
  Object.assign(notifications, {
    create,
    clear,
    getAll: async () => notifications.getAllCreateOptions(),
  });
  Reflect.deleteProperty(notifications, 'getPermissionLevel');
  Reflect.deleteProperty(notifications, 'update');
  // Firefox (ESR 153) has no windows.onBoundsChanged.
  Reflect.deleteProperty(fakeBrowser.windows, 'onBoundsChanged');
  if (manifestVersion === 3) {
    Object.assign(fakeBrowser, { action: toolbar });
    Reflect.deleteProperty(fakeBrowser, 'browserAction');
  } else {
    Object.assign(fakeBrowser, { browserAction: toolbar });
    Reflect.deleteProperty(fakeBrowser, 'action');
  }
}

/** A person clicks the notification's body: Firefox reports the click, then the notification closes. */
export async function clickBody(id: string): Promise<void> {
  await notifications.onClicked.trigger(id);
  if (await base.clear(id)) closedByFirefox(id);
}

/** The toolbar badge's text, from whichever toolbar API this build has. */
export function toolbarBadge(): Promise<string> {
  const api = (fakeBrowser.action ?? Reflect.get(fakeBrowser, 'browserAction')) as unknown as {
    getBadgeText(details: object): Promise<string>;
  };
  return api.getBadgeText({});
}
