import { computed, type ReadonlySignal, signal } from '@preact/signals';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the person asked for less motion, kept current if they change it while the page is open. */
export function watchReducedMotion(target: Pick<Window, 'matchMedia'> = window): ReadonlySignal<boolean> {
  const query = target.matchMedia(QUERY);
  const reduced = signal(query.matches);
  query.addEventListener('change', (event) => {
    reduced.value = event.matches;
  });
  return computed(() => reduced.value);
}
