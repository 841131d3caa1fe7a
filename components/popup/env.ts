/**
 * Everything the popup's views need, provided once through context: the live snapshot, the
 * clock, the actions, the router and the popup's own stores. main.tsx wires the real ones;
 * tests pass fakes.
 */
import type { ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Clock } from '@/components/kit/clock';
import type { Snapshot } from '@/utils/messaging/snapshot';
import type { PopupActions } from './actions';
import type { Router } from './route';
import type { Status } from './status';
import type { PopupStores } from './stores';
import type { Tones } from './tones';

export interface PopupEnv {
  snapshot: ReadonlySignal<Snapshot | null>;
  /** Why the snapshot could not be fetched, if it could not. */
  error: ReadonlySignal<string | null>;
  refresh(): Promise<void>;
  clock: Clock;
  locale: string;
  actions: PopupActions;
  router: Router;
  status: Status;
  stores: PopupStores;
  reducedMotion: ReadonlySignal<boolean>;
  makeTones(): Tones;
}

export const PopupContext = createContext<PopupEnv | null>(null);

export function usePopup(): PopupEnv {
  const env = useContext(PopupContext);
  if (!env) throw new Error('usePopup needs a PopupContext provider');
  return env;
}
