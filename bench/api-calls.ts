/**
 * Which browser APIs a page calls while it loads, for `npm run bench:trace`: an init script wraps
 * the extension APIs and localStorage before the page's own scripts run and notes each call's
 * start and answer (ms on the page's clock, from its navigation's start). Only the trace run
 * installs it; the bench's figures never run with it.
 */
import type { Page } from 'playwright-core';

export interface ApiCall {
  api: string;
  start: number;
  /** When the answer came (the callback ran, or the promise settled); the return for synchronous calls. */
  end: number | null;
  /** Whether the answer comes later (a callback or a promise). */
  async: boolean;
}

/** The objects whose methods are noted, as paths from `chrome` or `browser` (localStorage is added by name). */
const WATCHED = [
  'storage.local',
  'storage.sync',
  'storage.session',
  'storage.onChanged',
  'runtime',
  'runtime.onMessage',
  'i18n',
  'alarms',
  'notifications',
  'idle',
  'action',
];

const CALLS_KEY = '__benchApiCalls';

/**
 * Runs in the page before its scripts: everything it needs is inside it or passed to it. Chromium
 * sets up an API's bindings (some in JavaScript) the first time a page reads it from `chrome`, so
 * nothing is read ahead of the page: `chrome` and `browser` become proxies that wrap a namespace's
 * methods the first time the page itself reads that namespace.
 */
function watchApis({ paths, key }: { paths: string[]; key: string }): void {
  const calls: ApiCall[] = [];
  Object.assign(globalThis, { [key]: calls });
  const wrap = (target: Record<string, unknown>, name: string, api: string) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      const call: ApiCall = { api, start: performance.now(), end: null, async: false };
      calls.push(call);
      const answered = () => {
        call.end = performance.now();
      };
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        call.async = true;
        args[last] = (...results: unknown[]) => {
          answered();
          return callback(...results);
        };
      }
      const result: unknown = original.apply(this, args);
      if (result instanceof Promise) {
        call.async = true;
        result.then(answered, answered);
      } else if (!call.async) answered();
      return result;
    };
    try {
      Object.defineProperty(target, name, { value: wrapped, configurable: true, writable: true });
    } catch {
      // A property the browser will not let go of is simply not noted.
    }
  };
  const wrapAll = (object: Record<string, unknown>, path: string) => {
    // API methods live on the object or on its prototype.
    const names = new Set([...Object.keys(object), ...Object.getOwnPropertyNames(Object.getPrototypeOf(object))]);
    for (const name of names) if (name !== 'constructor') wrap(object, name, `${path}.${name}`);
  };
  const wrapped = new Set<string>();
  const watchNamespace = (root: Record<string, unknown>, namespace: string) => {
    if (wrapped.has(namespace)) return;
    wrapped.add(namespace);
    for (const path of paths.filter((p) => p === namespace || p.startsWith(`${namespace}.`))) {
      let target: unknown = root;
      for (const part of path.split('.')) target = (target as Record<string, unknown> | undefined)?.[part];
      if (target && typeof target === 'object') wrapAll(target as Record<string, unknown>, path);
    }
  };
  const namespaces = new Set(paths.map((p) => p.split('.')[0]));
  for (const name of ['chrome', 'browser']) {
    const root = (globalThis as Record<string, unknown>)[name];
    if (!root || typeof root !== 'object') continue;
    const proxy = new Proxy(root as Record<string, unknown>, {
      get(target, property, receiver) {
        if (typeof property === 'string' && namespaces.has(property)) watchNamespace(target, property);
        return Reflect.get(target, property, receiver);
      },
    });
    try {
      Object.defineProperty(globalThis, name, { value: proxy, configurable: true, writable: true });
    } catch {
      // Chromium's `chrome` cannot be replaced; the page's code reaches the APIs through `browser`
      // (the polyfill and WXT use Chromium's own `browser` where it has one), and both share each
      // namespace's object, so what is wrapped through one is noted through the other too.
    }
  }
  const storage = Storage.prototype as unknown as Record<string, unknown>;
  for (const name of ['getItem', 'setItem', 'removeItem']) wrap(storage, name, `localStorage.${name}`);
}

export async function watchApiCalls(page: Page): Promise<void> {
  await page.addInitScript(watchApis, { paths: WATCHED, key: CALLS_KEY });
}

export const apiCallsOf = (page: Page): Promise<ApiCall[]> =>
  page.evaluate((key) => ((globalThis as Record<string, unknown>)[key] as ApiCall[] | undefined) ?? [], CALLS_KEY);
