/** Performance marks a page sets for `npm run bench` (bench/page-load.ts reads them). */

/** The frame after the first snapshot: personal data is on screen. */
export const DATA_SHOWN_MARK = 'glow:data-shown';
