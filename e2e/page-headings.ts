/** Each extension page and the heading a person sees first: both browser suites check them. */
export const PAGE_HEADINGS = [
  ['popup', 'Today'],
  ['options', 'Glow Within settings'],
  ['newtab', "Today's gut-skin tip"],
  ['journal', 'Skin and gut journal'],
] as const;
