/** The after-first-paint module, fetched once and shared by everything that needs it. */
type LiveModule = typeof import('./live');

let loading: Promise<LiveModule> | null = null;

export function loadLive(): Promise<LiveModule> {
  loading ??= import('./live');
  return loading;
}
