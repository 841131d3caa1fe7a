/** Performance marks a page sets for `npm run bench` (bench/page-load.ts reads them). */

/** The frame after the first snapshot: personal data is on screen. */
export const DATA_SHOWN_MARK = 'glow:data-shown';

/** The journal page: the frame after every chart (timeline, heat map, goals) is on screen. */
export const CHARTS_SHOWN_MARK = 'glow:charts-shown';

/** The journal page: the frame after the patterns are on screen (computed after the charts). */
export const PATTERNS_SHOWN_MARK = 'glow:patterns-shown';
