/**
 * Opened while a breathing break is under way (the popup closed mid-break): straight back to it,
 * once, on the first fresh snapshot, and only from the default view (a link to another view wins).
 */
import { effect, type ReadonlySignal } from '@preact/signals';
import { runUnderWay } from '@/utils/breathing';
import type { Snapshot } from '@/utils/messaging/snapshot';
import type { Router } from './route';

export function resumeBreakOnOpen(
  fresh: ReadonlySignal<Snapshot | null>,
  router: Router,
  now: () => number,
): () => void {
  let looked = false;
  return effect(() => {
    const snapshot = fresh.value;
    if (looked || !snapshot) return;
    looked = true;
    if (runUnderWay(snapshot.breathing, now()) && router.route.peek().name === 'today') router.go({ name: 'breathe' });
  });
}
