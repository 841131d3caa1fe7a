/**
 * The pause menu: a disclosure button and its list of lengths. Plain buttons in a list (not an
 * ARIA menu), so Tab, Enter and Space work as everywhere else; Escape closes it.
 */
import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { PAUSE_LENGTH, pauseText } from '@/utils/phrases';
import { PAUSE_PRESETS, type PausePreset } from '@/utils/schedule/pause';
import { attempt } from './attempt';
import { usePopup } from './env';

export const PAUSE_TOGGLE_ID = 'pause-toggle';

export function PauseMenu() {
  const env = usePopup();
  const open = useSignal(false);
  const wrap = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    open.value = false;
    if (refocus) toggle.current?.focus();
  };

  async function choose(preset: PausePreset) {
    close(true);
    const paused = await attempt(env, () => env.actions.pause(preset));
    const dayStartHour = env.snapshot.value?.settings.general.dayStartHour ?? 0;
    if (paused?.pause) env.status.announce(pauseText(paused.pause, env.clock.now.value, dayStartHour, env.locale));
  }

  // While open: Escape closes it (focus back on the toggle); focus or a click elsewhere closes it.
  // A layout effect, so the listeners are there as soon as the list is shown.
  useLayoutEffect(() => {
    if (!open.value) return;
    const outside = (event: Event) => {
      if (event.target instanceof Node && !wrap.current?.contains(event.target)) close(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    document.addEventListener('focusin', outside);
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('focusin', outside);
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open.value]);

  return (
    <div class="pause-menu" ref={wrap}>
      <button
        id={PAUSE_TOGGLE_ID}
        ref={toggle}
        type="button"
        class="quiet"
        aria-expanded={open.value}
        aria-controls="pause-choices"
        onClick={() => {
          open.value = !open.value;
        }}
      >
        {t('pause')} <span aria-hidden="true">▾</span>
      </button>
      <ul id="pause-choices" class="menu" hidden={!open.value} aria-label={t('popupPauseFor')}>
        {PAUSE_PRESETS.map((preset) => (
          <li key={preset}>
            <button type="button" onClick={() => void choose(preset)}>
              {t(PAUSE_LENGTH[preset])}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
