import { t } from '@/utils/i18n';
import type { PopupEnv } from './env';

/**
 * Run an action against the worker; on failure say so in the status line instead of failing
 * silently. The snapshot is refreshed either way (storage changes refresh it too, but an action
 * that changed nothing fires no change).
 */
export async function attempt<T>(
  env: Pick<PopupEnv, 'status' | 'refresh'>,
  work: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    console.warn('Glow Within: an action failed', error);
    env.status.announce(t('popupActionFailed'));
    return undefined;
  } finally {
    void env.refresh();
  }
}
