/**
 * What an import or a reset would change, field by field, for the person to review before it is
 * applied. Lists (times, weekdays, one day's windows) count as one field each.
 */

import { isRecord } from '@/utils/is-record';
import { sameValue } from './paths';

export interface FieldChange {
  /** Settings dot path, e.g. "hydration.schedule.interval.week.1". */
  path: string;
  before: unknown;
  after: unknown;
}

const isWeek = (value: unknown): value is unknown[][] => Array.isArray(value) && value.every(Array.isArray);

export function diffSettings(before: unknown, after: unknown, path = ''): FieldChange[] {
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffSettings(before[key], after[key], at(key)));
  }
  if (isWeek(before) && isWeek(after) && before.length === after.length) {
    return after.flatMap((day, i) => diffSettings(before[i], day, at(i)));
  }
  return sameValue(before, after) ? [] : [{ path, before, after }];
}
