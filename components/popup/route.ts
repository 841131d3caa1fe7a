/**
 * The popup's views, addressable by hash so the worker can open one in a small window:
 * `popup.html` (today), `#breathe`, `#meal`, `#reminder/<occurrence>`.
 */
import { computed, type ReadonlySignal, signal } from '@preact/signals';

export type Route =
  | { name: 'today' }
  | { name: 'breathe' }
  | { name: 'meal' }
  | { name: 'reminder'; occurrence: string };

const OCCURRENCE = /^[\w-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'breathe' || path === 'meal') return { name: path };
  const occurrence = /^reminder\/(.+)$/.exec(path)?.[1];
  if (occurrence !== undefined) {
    const decoded = safeDecode(occurrence);
    if (decoded !== null && OCCURRENCE.test(decoded)) return { name: 'reminder', occurrence: decoded };
  }
  return { name: 'today' };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function routeHash(route: Route): string {
  if (route.name === 'today') return '#';
  return route.name === 'reminder' ? `#reminder/${encodeURIComponent(route.occurrence)}` : `#${route.name}`;
}

export interface Router {
  route: ReadonlySignal<Route>;
  go(route: Route): void;
}

/** The route follows the address bar: links, history back and forward all change the view. */
export function createHashRouter(target: Window = window): Router & { stop(): void } {
  const route = signal(parseRoute(target.location.hash));
  const onHashChange = () => {
    route.value = parseRoute(target.location.hash);
  };
  target.addEventListener('hashchange', onHashChange);
  return {
    route: computed(() => route.value),
    go(next) {
      target.location.hash = routeHash(next);
    },
    stop: () => target.removeEventListener('hashchange', onHashChange),
  };
}
