import { t } from '@/utils/i18n';
import { dueAt, kindNames } from '@/utils/phrases';
import { useOptions } from './model/context';

/** "Your next reminders", from the settings being edited: the planner's own answer. */
export function Preview() {
  const model = useOptions();
  const prompts = model.preview.value;
  const now = model.now.value;
  const paused = model.currentPause.value === 'forever';
  let body = null;
  if (prompts === null) body = <p>{t('optionsPreviewInvalid')}</p>;
  else if (prompts.length === 0) body = <p>{t(paused ? 'optionsPreviewPaused' : 'optionsPreviewNone')}</p>;
  else {
    body = (
      <ol class="preview-list">
        {prompts.map((prompt) => (
          <li key={prompt.at}>
            <time dateTime={new Date(prompt.at).toISOString()}>{dueAt(prompt.at, now)}</time>
            <span class="preview-kinds">{kindNames(prompt.due.map((due) => due.kind))}</span>
            {prompt.due.length > 1 && <span class="badge">{t('optionsPreviewTogether')}</span>}
          </li>
        ))}
      </ol>
    );
  }
  return (
    <section id="section-preview" class="card preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('optionsPreviewHeading')}</h2>
      <p class="hint">{t('optionsPreviewHint')}</p>
      {body}
    </section>
  );
}
