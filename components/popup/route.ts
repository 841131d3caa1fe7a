/** The popup's router over utils/routes.ts: the route follows the address bar. */
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { parseRoute, type Route, routeHash } from '@/utils/routes';

export type { Route };
export { parseRoute, routeHash };

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
