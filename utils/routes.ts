/**
 * The popup's views, addressable by hash so the worker can open one in a small window:
 * `popup.html` (today), a kind's own flow (`#breathe`, `#meal`), `#reminder/<occurrence>` (a
 * waiting reminder with each of its kinds' actions). Shared by the worker (which opens them) and
 * the popup (which shows them).
 */
import { type FlowView, KINDS, REMINDER_KINDS, type ReminderKind } from './reminder-kinds';

export type Route = { name: 'today' } | { name: FlowView } | { name: 'reminder'; occurrence: string };

const OCCURRENCE = /^[\w-]{1,64}$/;

/** The flow that answers a kind, if it has one (a breathing break for a stress break). */
export function flowOf(kind: ReminderKind): FlowView | null {
  const { answer } = KINDS[kind];
  return 'opens' in answer ? answer.opens : null;
}

const FLOWS = new Set(REMINDER_KINDS.flatMap((kind) => flowOf(kind) ?? []));
const isFlow = (name: string): name is FlowView => FLOWS.has(name as FlowView);

/** The view that answers a prompt: a single kind's own flow, else the list of its kinds' actions. */
export function viewFor(kinds: readonly ReminderKind[], occurrence: string): Route {
  const flow = kinds.length === 1 && kinds[0] ? flowOf(kinds[0]) : null;
  return flow ? { name: flow } : { name: 'reminder', occurrence };
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (isFlow(path)) return { name: path };
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
