/**
 * The popup's status line: what just happened ("Logged 250 ml", "Paused until 15:00"), shown
 * for a few seconds and announced politely to screen readers.
 */
import { computed, signal } from '@preact/signals';

export function createStatus(showMs = 8_000) {
  const message = signal('');
  let flip = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    message: computed(() => message.value),
    announce(text: string): void {
      // The same words twice in a row are still news (two cups logged): vary an invisible
      // trailing space so assistive technology sees a change.
      flip = !flip;
      message.value = flip ? text : `${text}\u00a0`;
      clearTimeout(timer);
      timer = setTimeout(() => {
        message.value = '';
      }, showMs);
    },
  };
}

export type Status = ReturnType<typeof createStatus>;
