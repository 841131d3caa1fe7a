/**
 * Saved and hidden tips as the page shows them: painted from the mirror, replaced by what
 * storage.sync holds once it is read, and changed optimistically when the person acts.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import { samePrefs, type TipPrefs } from '@/utils/tips/prefs';
import { loadLive } from './load-live';

export function usePrefs(initial: TipPrefs) {
  const [prefs, setPrefs] = useState(initial);
  const [failed, setFailed] = useState(false);
  // While a change is being written, older stored values must not undo it on screen.
  const writing = useRef(0);

  const settle = (stored: TipPrefs) => setPrefs((current) => (samePrefs(current, stored) ? current : stored));

  const fromStorage = useCallback((stored: TipPrefs) => {
    if (writing.current === 0) settle(stored);
  }, []);

  const change = useCallback(async (edit: (prefs: TipPrefs) => TipPrefs): Promise<void> => {
    writing.current += 1;
    setFailed(false);
    setPrefs(edit);
    let stored: TipPrefs | null = null;
    try {
      stored = await (await loadLive()).updatePrefs(edit);
    } catch {
      // Not written (sync quota, storage error): say so and show what is really stored.
      setFailed(true);
      stored = await loadLive()
        .then((live) => live.loadPrefs())
        .catch(() => null);
    } finally {
      writing.current -= 1;
    }
    if (stored && writing.current === 0) settle(stored);
  }, []);

  return { prefs, failed, change, fromStorage };
}
