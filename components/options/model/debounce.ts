/**
 * Trailing debounce with a maximum wait: a run happens `wait` ms after the last call, and never
 * later than `maxWait` ms after the first call it is waiting on, so a value that changes without
 * pause (a held arrow key, a dragged slider) is still written every `maxWait` ms.
 */
interface Debounced {
  call(): void;
  /** Run now if a run is waiting. */
  flush(): void;
  /** Drop the waiting run. */
  cancel(): void;
  readonly pending: boolean;
}

export function debounce(run: () => void, options: { wait: number; maxWait: number }): Debounced {
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  function cancel(): void {
    clearTimeout(trailing);
    clearTimeout(deadline);
    trailing = undefined;
    deadline = undefined;
  }

  function fire(): void {
    cancel();
    run();
  }

  return {
    call() {
      clearTimeout(trailing);
      trailing = setTimeout(fire, options.wait);
      deadline ??= setTimeout(fire, options.maxWait);
    },
    flush() {
      if (trailing !== undefined) fire();
    },
    cancel,
    get pending() {
      return trailing !== undefined;
    },
  };
}
