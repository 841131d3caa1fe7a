import type { GeneralSettings } from '@/utils/settings/schema';

/** Apply the person's theme choice; "system" follows prefers-color-scheme through CSS. */
export function applyTheme(theme: GeneralSettings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
