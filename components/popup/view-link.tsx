import type { ComponentChildren } from 'preact';
import { usePopup } from './env';
import { type Route, routeHash } from './route';

interface Props {
  to: Route;
  class?: string;
  /** An accessible name when the visible text is shorter ("← Today" for "Back to today"). */
  label?: string;
  children: ComponentChildren;
}

/** A link to another popup view: a real href (so it can be opened or copied) that the router follows. */
export function ViewLink({ to, class: className, label, children }: Props) {
  const { router } = usePopup();
  return (
    <a
      href={routeHash(to)}
      class={className}
      aria-label={label}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        router.go(to);
      }}
    >
      {children}
    </a>
  );
}
