/**
 * A page's synchronous copy of what its first paint needs (the popup's last snapshot; the new
 * tab's saved and hidden tips, theme and quiet mode), in the page's own localStorage: per extension
 * origin and readable before the first render, where extension storage is not. One key per page,
 * `glow:first-paint:<page>`, stamped with the extension's version, as a copy from another version
 * may have another shape. Extension storage stays the source of truth: the copy is rewritten only
 * when it changed, and a page that cannot read it paints from defaults a moment earlier than the truth.
 */
export type PageStore = Pick<Storage, 'getItem' | 'setItem'>;

export type FirstPaintPage = 'popup' | 'newtab';

/** localStorage, or null where the browser refuses it (storage disabled, a sandbox). */
export function pageStore(): (PageStore & Pick<Storage, 'removeItem'>) | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function firstPaintCache(page: FirstPaintPage, version: string, store: PageStore | null = pageStore()) {
  const key = `glow:first-paint:${page}`;
  const stored = (): string | null => {
    try {
      return store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  return {
    /** What this version of the page saved last time, or null; the page checks its shape. */
    read(): unknown {
      try {
        const saved: unknown = JSON.parse(stored() ?? 'null');
        if (typeof saved !== 'object' || saved === null || !('version' in saved) || !('value' in saved)) return null;
        return saved.version === version ? saved.value : null;
      } catch {
        return null;
      }
    },
    /** Keep `value` for the next first paint; nothing is written when it is what is there. */
    write(value: unknown): void {
      const text = JSON.stringify({ version, value });
      if (text === stored()) return;
      try {
        store?.setItem(key, text);
      } catch {
        // Full or disabled: only the head start on the next open is lost.
      }
    },
  };
}

export type FirstPaintCache = ReturnType<typeof firstPaintCache>;

/** Remove every page's first-paint copy (after "delete all my data": nothing personal stays behind). */
export function forgetFirstPaint(store: Pick<Storage, 'removeItem'> | null = pageStore()): void {
  for (const page of ['popup', 'newtab'] satisfies FirstPaintPage[]) {
    try {
      store?.removeItem(`glow:first-paint:${page}`);
    } catch {
      // Disabled storage holds nothing to forget.
    }
  }
}
