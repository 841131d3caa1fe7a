/**
 * Everything that differs between the browsers Glow Within ships for, in one place. No other
 * module asks which browser it runs in (tests/platform.test.ts enforces it): code reads these
 * facts, so a new difference is added here, with why, or nowhere.
 *
 * Both builds are Manifest V3 (`manifestVersion: 3` in wxt.config.ts; Firefox runs the MV3
 * background as an event page). So the toolbar badge is `browser.action` in both browsers, and
 * alarms, storage, idle, windows' states, commands, optional permissions and the new-tab override
 * behave alike: none of them is a fact here. Nor is search: Chrome's `chrome.search.query` and
 * Firefox's `browser.search.query` take the same `{ text, disposition }` and both search in the
 * calling tab with the default engine, with no user gesture needed (checked in Chromium 150 and
 * Firefox ESR 140; Firefox's older `search.search`, which names an engine, is not needed), so the
 * new tab calls the one API through the extension's own browser object. (A Manifest V2 Firefox build would have only `browserAction`: every badge update would
 * throw there, which is why Firefox is built as MV3; see "Firefox" in the README.)
 *
 * Pure: no browser API, only what the build says it is for, so tests can use either set.
 */

export interface Platform {
  /**
   * Notification buttons. Chrome shows up to two. Firefox has none: `buttons` in
   * `notifications.create` is a type error there and `onButtonClicked` never fires, so on
   * Firefox a click on the body opens a view that offers the same actions.
   */
  readonly notificationButtons: boolean;
  /**
   * `requireInteraction` ("stays until answered"). Chrome keeps such a notification on screen;
   * Firefox rejects the option with a type error, so it is never sent there.
   */
  readonly requireInteraction: boolean;
  /**
   * Whether `notifications.onClosed`'s `byUser` can be believed. Chrome tells a person's close
   * from the system's. Firefox says `true` for every close, even when the extension clears the
   * notification itself (Firefox bug 1413188), so a close is never taken as a decision there.
   */
  readonly closedByUserIsReliable: boolean;
  /**
   * `notifications.getPermissionLevel`. Chrome says whether the person blocked this
   * extension's notifications. Firefox has no such call (nor a per-extension switch): there a
   * `create` that fails is the only sign, and the options page says it cannot tell.
   */
  readonly notificationPermissionLevel: boolean;
  /**
   * `windows.onBoundsChanged`, which Chrome fires when a window enters or leaves full screen, so
   * reminders held during a film come the moment it ends. Firefox has no such event (ESR 153):
   * there the one-minute check the worker keeps while reminders are held is the signal (Chrome
   * keeps it too, as a backstop).
   */
  readonly windowBoundsEvent: boolean;
  /**
   * Where people change the keyboard shortcuts. Chrome has a page an extension may open in a tab,
   * chrome://extensions/shortcuts. Firefox's is in about:addons, which extensions may not open;
   * `commands.openShortcutSettings()` (Firefox 137+) opens it instead: null here.
   */
  readonly shortcutsPage: string | null;
}

export const CHROME: Platform = {
  notificationButtons: true,
  requireInteraction: true,
  closedByUserIsReliable: true,
  notificationPermissionLevel: true,
  windowBoundsEvent: true,
  shortcutsPage: 'chrome://extensions/shortcuts',
};

export const FIREFOX: Platform = {
  notificationButtons: false,
  requireInteraction: false,
  closedByUserIsReliable: false,
  notificationPermissionLevel: false,
  windowBoundsEvent: false,
  shortcutsPage: null,
};

/**
 * The browser this build is for: WXT sets `import.meta.env.BROWSER` at build time (`-b firefox`).
 * (BROWSER, not the boolean FIREFOX: in unit tests every `import.meta.env` value is a string.)
 */
export const PLATFORM: Platform = import.meta.env.BROWSER === 'firefox' ? FIREFOX : CHROME;
