import { describe, expect, it, vi } from 'vitest';
import { createStoredSignal } from '@/components/popup/stored-signal';

describe('a stored popup value', () => {
  it('falls back to what `read` makes of nothing when storage cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const slot = {
      getValue: vi.fn(async () => {
        throw new Error('storage unavailable');
      }),
      setValue: vi.fn(async () => undefined),
      removeValue: vi.fn(async () => undefined),
    };
    const stored = createStoredSignal(async () => ({
      slot,
      read: (raw: unknown) => (typeof raw === 'number' ? raw : 7),
    }));
    expect(stored.value.value).toBeUndefined();
    await expect(stored.load()).resolves.toBe(7);
    expect(stored.value.value).toBe(7);
  });

  it('shows a new value at once, stores it, and removes it when set to null', async () => {
    const slot = {
      getValue: vi.fn(),
      setValue: vi.fn(async () => undefined),
      removeValue: vi.fn(async () => undefined),
    };
    const stored = createStoredSignal<number | null>(async () => ({ slot, read: () => null }));
    const saving = stored.set(3);
    expect(stored.value.value).toBe(3);
    await saving;
    expect(slot.setValue).toHaveBeenCalledWith(3);
    await stored.set(null);
    expect(slot.removeValue).toHaveBeenCalled();
  });
});
