/** How much to measure: the full bench (npm run bench) or the quick smoke run inside npm test. */

export interface BenchOptions {
  /** Loads per page figure (and cold starts); every figure is a median over these. */
  loads: number;
  alarm: { warm: number; cold: number; leadMs: number };
  /** How long a load waits for a paint or the data-shown mark before counting it missing. */
  markTimeoutMs: number;
}

export const FULL: BenchOptions = {
  loads: 30,
  alarm: { warm: 10, cold: 10, leadMs: 1500 },
  markTimeoutMs: 5000,
};

export const SMOKE: BenchOptions = {
  loads: 2,
  alarm: { warm: 1, cold: 1, leadMs: 1500 },
  markTimeoutMs: 5000,
};

function positive(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1, not "${text}"`);
  return value;
}

/** BENCH_LOADS, BENCH_ALARM_RUNS (warm and cold each) override the counts. */
export function optionsFromEnv(base: BenchOptions): BenchOptions {
  const alarmRuns = positive('BENCH_ALARM_RUNS', base.alarm.warm);
  return {
    ...base,
    loads: positive('BENCH_LOADS', base.loads),
    alarm: { ...base.alarm, warm: alarmRuns, cold: alarmRuns },
  };
}
