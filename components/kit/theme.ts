import type { GeneralSettings } from '@/utils/settings/schema';

export type Theme = GeneralSettings['theme'];
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Whether a value read back from page storage is one of the themes. */
export const isTheme = (value: unknown): value is Theme => THEMES.some((theme) => theme === value);

/** Apply the person's theme choice; "system" follows prefers-color-scheme through CSS. */
export function applyTheme(theme: GeneralSettings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
