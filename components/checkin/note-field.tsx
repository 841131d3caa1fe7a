/**
 * The private note: plain text, saved when the field is left and after a pause in typing. Markup
 * is refused (as everywhere a person's text is kept), so an exported journal always imports again.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { plural, t } from '@/utils/i18n';
import { NOTE_MAX } from '@/utils/journal/entry';
import { HTML_LIKE } from '@/utils/settings/schema';
import type { CheckinModel } from './checkin-model';

const QUIET_MS = 1200;

export function NoteField({ model, id }: { model: CheckinModel; id: string }) {
  const text = useSignal(model.draft.peek().note);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const bad = HTML_LIKE.test(text.value);

  // A note saved elsewhere (another page) shows here unless the person is typing.
  useSignalEffect(() => {
    const stored = model.draft.value.note;
    if (!focused.current) text.value = stored;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = () => {
    clearTimeout(timer.current);
    const note = text.peek().trim();
    if (HTML_LIKE.test(note) || note === model.draft.peek().note) return;
    void model.answer({ note });
  };

  return (
    <div class="note-field">
      <label for={id}>{t('checkinNote')}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={NOTE_MAX}
        value={text.value}
        aria-invalid={bad ? 'true' : undefined}
        aria-describedby={`${id}-hint${bad ? ` ${id}-error` : ''}`}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          commit();
        }}
        onInput={(event) => {
          text.value = event.currentTarget.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(commit, QUIET_MS);
        }}
      />
      <p id={`${id}-hint`} class="chip-hint">
        {t('checkinNoteHint')} {plural('popupNoteLeft', NOTE_MAX - text.value.length)}
      </p>
      {bad && (
        <p id={`${id}-error`} class="error">
          {t('errNoHtml')}
        </p>
      )}
    </div>
  );
}
