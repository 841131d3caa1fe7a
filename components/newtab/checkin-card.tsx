/**
 * A compact check-in while today's is missing: skin and gut a tap away, the full check-in and the
 * journal one link further. Once shown it stays for the tab's life, so answering the first
 * question does not take the second away. At the end of the panel: it moves nothing when it comes.
 */
import { useSignalEffect } from '@preact/signals';
import { useMemo, useRef } from 'preact/hooks';
import { CheckinForm } from '@/components/checkin/checkin-form';
import { createCheckinModel, type SaveCheckin } from '@/components/checkin/checkin-model';
import { t } from '@/utils/i18n';
import { hasAnswers } from '@/utils/journal/answered';
import type { Snapshot } from '@/utils/messaging/snapshot';

export interface CheckinActions {
  save: SaveCheckin;
  /** Open the popup's full check-in in a small window. */
  more(): Promise<void>;
}

export function CheckinCard({ snapshot, actions }: { snapshot: Snapshot; actions: CheckinActions }) {
  const shown = useRef(false);
  const model = useMemo(() => createCheckinModel(snapshot.today, actions.save), [snapshot.today]);
  useSignalEffect(() => model.sync(model.date === snapshot.today ? snapshot.checkin : null));
  const missing = snapshot.checkin === null || !hasAnswers(snapshot.checkin);
  if (!shown.current && !missing) return null;
  shown.current = true;
  return (
    <section class="checkin-card" aria-labelledby="newtab-checkin-heading">
      <h3 id="newtab-checkin-heading">{t('newtabCheckinHeading')}</h3>
      <CheckinForm model={model} journal={snapshot.settings.journal} idPrefix="newtab-checkin" compact />
      <p class="checkin-links">
        <button type="button" class="link-button" onClick={() => void actions.more()}>
          {t('checkinMoreAnswers')}
        </button>
        <a href="/journal.html">{t('checkinOpenJournal')}</a>
      </p>
    </section>
  );
}
