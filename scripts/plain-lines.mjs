// Terminal output made plain for a log: a spinner redraws its line with carriage returns and
// escape codes, which a file or a CI log keeps as noise. Each finished line keeps only what was
// last drawn on it, without escape codes.

import { stripVTControlCharacters } from 'node:util';

/** What a line shows once drawn: the text after its last carriage return, codes removed. */
function finished(line) {
  const text = stripVTControlCharacters(line);
  return text.slice(text.lastIndexOf('\r') + 1);
}

/**
 * A filter for a stream of output chunks: `push` gives back the complete plain lines so far,
 * `end` whatever is left. A spinner's erased line leaves nothing behind.
 */
export function plainLines() {
  let pending = '';
  return {
    push(chunk) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      return lines.map((line) => `${finished(line)}\n`).join('');
    },
    end() {
      const rest = finished(pending);
      pending = '';
      return rest ? `${rest}\n` : '';
    },
  };
}
