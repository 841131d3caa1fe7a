/**
 * Runs async tasks one after another. Storage has no transactions, so every read-modify-write
 * of shared data goes through one of these in its single writer (the background worker).
 */
export function createSerial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
