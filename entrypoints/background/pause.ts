/**
 * This device's pause (utils/schedule/pause.ts) and whether its welcome page is still to be done,
 * each in its storage.local item; only the worker writes them.
 */
import { isPause, type Pause } from '@/utils/schedule/pause';
import { pauseItem, setupItem } from '@/utils/storage/items';

/** The stored pause; anything that is not one counts as none. */
export async function readPause(): Promise<Pause> {
  const stored = await pauseItem.getValue();
  return isPause(stored) ? stored : null;
}

export async function writePause(pause: Pause): Promise<void> {
  if (pause === null) await pauseItem.removeValue();
  else await pauseItem.setValue(pause);
}

/** Whether the welcome page a first install opened is still to be finished or skipped. */
export async function readSetupPending(): Promise<boolean> {
  return (await setupItem.getValue()) === 'pending';
}

export async function writeSetupPending(pending: boolean): Promise<void> {
  await setupItem.setValue(pending ? 'pending' : 'done');
}
