/** The page's own synchronous localStorage, where first-paint copies are kept. */
export type PageStore = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or null where the browser refuses it (storage disabled, a sandbox). */
export function pageStore(): PageStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
