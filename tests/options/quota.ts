/**
 * storage.sync's write quota, which WXT's fake does not enforce: at most 120 writes in any minute
 * (a failing set writes nothing), plus injected failures for "the sync service said no".
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const QUOTA_MESSAGE = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';

export function enforceSyncQuota(perMinute = 120) {
  const accepted: number[] = [];
  const state = { writes: 0, refused: 0, failNext: 0 };
  const original = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
    const now = Date.now();
    while (accepted.length > 0 && (accepted[0] ?? 0) <= now - 60_000) accepted.shift();
    if (state.failNext > 0 || accepted.length >= perMinute) {
      state.failNext = Math.max(0, state.failNext - 1);
      state.refused += 1;
      throw new Error(QUOTA_MESSAGE);
    }
    accepted.push(now);
    state.writes += 1;
    return original(items);
  });
  return state;
}
