/** The popup keeps the settings schema out of its bundle; these pin its stand-ins to the originals. */
import { describe, expect, it } from 'vitest';
import { pauseText } from '@/components/popup/pause-text';
import { KINDS } from '@/utils/kinds';
import { isPaused } from '@/utils/schedule/pause';
import { REMINDER_KINDS } from '@/utils/settings/schema';
import { HOUR } from '@/utils/time/clock';
import { makeSettings } from '../factories';
import { NOW } from './fixtures';

describe('popup stand-ins for schema imports', () => {
  it('lists the kinds in the schema’s order', () => {
    expect(KINDS).toEqual([...REMINDER_KINDS]);
  });

  it.each([null, 'forever', NOW - HOUR, NOW, NOW + 1, NOW + HOUR] as const)(
    'shows a pause exactly when isPaused says so (pausedUntil %s)',
    (pausedUntil) => {
      const general = makeSettings({ general: { pausedUntil } }).general;
      expect(pauseText(general, NOW) !== null).toBe(isPaused(general, NOW));
    },
  );
});
