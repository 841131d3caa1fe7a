/**
 * The popup's views, one at a time, chosen by the route. Today's is in the popup's first file;
 * every other view (a breathing break, a meal check, the check-in, a waiting reminder) comes in a
 * file of its own with its stylesheet, loaded when it is opened, so the usual popup's first paint
 * runs none of their code. A popup opened on one of them (the worker's #breathe window, a link to
 * #checkin) loads it before its first render (entrypoints/popup/main.tsx).
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { Route } from './route';
import { TodayView } from './today-view';

interface LaterView<P> {
  /** The view, once its file is here. */
  component: ReadonlySignal<ComponentType<P> | null>;
  /** Fetches its file once; later calls share that fetch. */
  load(): Promise<void>;
}

function later<P>(fetch: () => Promise<ComponentType<P>>): LaterView<P> {
  const component = signal<ComponentType<P> | null>(null);
  let loading: Promise<void> | null = null;
  return {
    component,
    load: () => {
      loading ??= fetch().then((view) => {
        component.value = view;
      });
      return loading;
    },
  };
}

const FLOWS = {
  breathe: later<object>(async () => (await import('./breathe-view')).BreatheView),
  meal: later<object>(async () => (await import('./meal-view')).MealView),
  checkin: later<object>(async () => (await import('./checkin-view')).CheckinView),
};
const REMINDER = later<{ occurrence: string }>(async () => (await import('./reminder-view')).ReminderView);

/** The route's view file, fetched; today's is always here. */
export function loadView(route: Route): Promise<void> {
  if (route.name === 'today') return Promise.resolve();
  return route.name === 'reminder' ? REMINDER.load() : FLOWS[route.name].load();
}

/** Every view's file, so that a link in the popup opens its view at once. */
export const loadEveryView = (): Promise<unknown> =>
  Promise.all([...Object.values(FLOWS), REMINDER].map((view) => view.load()));

/** Whether the route's view can be shown (reading it subscribes the caller to its arrival). */
export function viewReady(route: Route): boolean {
  if (route.name === 'today') return true;
  return (route.name === 'reminder' ? REMINDER : FLOWS[route.name]).component.value !== null;
}

/**
 * A view whose file is still on its way (only after a link in the popup: the first view is loaded
 * before the first render): the view's own padding, and the fetch started.
 */
function Fetching({ route }: { route: Route }) {
  void loadView(route);
  return <main class="view" aria-busy="true" />;
}

export function View({ route }: { route: Route }) {
  if (route.name === 'today') return <TodayView />;
  if (route.name === 'reminder') {
    const Reminder = REMINDER.component.value;
    return Reminder ? <Reminder occurrence={route.occurrence} /> : <Fetching route={route} />;
  }
  const Flow = FLOWS[route.name].component.value;
  return Flow ? <Flow /> : <Fetching route={route} />;
}
