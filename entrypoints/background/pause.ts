/** This device's pause (utils/schedule/pause.ts) in its storage.local item; only the worker writes it. */
import { isPause, type Pause } from '@/utils/schedule/pause';
import { pauseItem } from '@/utils/storage/items';

/** The stored pause; anything that is not one counts as none. */
export async function readPause(): Promise<Pause> {
  const stored = await pauseItem.getValue();
  return isPause(stored) ? stored : null;
}

export async function writePause(pause: Pause): Promise<void> {
  if (pause === null) await pauseItem.removeValue();
  else await pauseItem.setValue(pause);
}
