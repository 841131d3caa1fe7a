/**
 * The popup's views, addressable by hash so the worker can open one in a small window:
 * `popup.html` (today), `#breathe`, `#meal`, `#reminder/<occurrence>`. Shared by the worker
 * (which opens them) and the popup (which shows them).
 */

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
