import { useEffect, useRef } from 'preact/hooks';

/**
 * Move focus after the next render: to a control that an action just created (a new time) or,
 * when it removed the focused control, to a stable one nearby, so keyboard users keep their place.
 */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}
