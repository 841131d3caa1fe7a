/**
 * The daily check-in's questions: the core four (skin, gut, stress, sleep) first, so they fit the
 * popup without scrolling, then tags, the seed's strategies as quick taps, the person's own factors
 * and a private note. Every answer is optional and saves on its own. `compact` keeps the core two
 * (the new tab's card).
 */
import '@/components/checkin/checkin.css';
import { formatNumber, t } from '@/utils/i18n';
import {
  AMOUNTS,
  GUT_TAGS,
  type JournalEntry,
  type Patch,
  PLANTS_MAX,
  SCORES,
  SKIN_TAGS,
  SLEEP_MAX,
} from '@/utils/journal/entry';
import type { JournalSettings } from '@/utils/settings/schema';
import type { CheckinModel } from './checkin-model';
import { ChoiceGroup } from './choice-group';
import { NoteField } from './note-field';
import { Stepper } from './stepper';
import { TagGroup } from './tag-group';
import { AMOUNT_WORDS, QUESTION, SCORE_WORDS, type ScoreQuestion } from './words';

interface Props {
  model: CheckinModel;
  journal: JournalSettings;
  /** Unique per form on a page, so ids and radio groups do not clash. */
  idPrefix: string;
  compact?: boolean;
  /** Plants counted this week so far, for the hint toward 30. */
  plantsThisWeek?: number;
  locale?: string;
}

const YES_NO = () => [
  { value: true, label: t('answerYes') },
  { value: false, label: t('answerNo') },
];

function Score({ model, question, idPrefix }: { model: CheckinModel; question: ScoreQuestion; idPrefix: string }) {
  const words = SCORE_WORDS[question];
  return (
    <ChoiceGroup
      name={`${idPrefix}-${question}`}
      legend={t(QUESTION[question])}
      options={SCORES.map((score) => ({ value: score, label: t(words[score - 1] ?? words[0]) }))}
      value={model.draft.value[question]}
      onChange={(value) => void model.answer({ [question]: value } as Patch)}
    />
  );
}

type ChoiceField = 'fermented' | 'dairy' | 'alcohol' | 'sugar' | 'processed';

/** A question about the day with a few answers (yes or no; none, some or lots), saved as its field. */
function FieldChoice<F extends ChoiceField>(props: {
  model: CheckinModel;
  field: F;
  legend: string;
  idPrefix: string;
  options: readonly { value: NonNullable<JournalEntry[F]>; label: string }[];
}) {
  const { model, field } = props;
  return (
    <ChoiceGroup
      name={`${props.idPrefix}-${field}`}
      legend={props.legend}
      options={props.options}
      value={model.draft.value[field]}
      onChange={(value) => void model.answer({ [field]: value } as Patch)}
    />
  );
}

function More({ model, journal, idPrefix, plantsThisWeek, locale }: Props) {
  const entry = model.draft.value;
  const answer = (patch: Patch) => void model.answer(patch);
  const yesNo = { model, idPrefix, options: YES_NO() };
  const amounts = { model, idPrefix, options: AMOUNTS.map((value) => ({ value, label: t(AMOUNT_WORDS[value]) })) };
  return (
    <>
      <TagGroup
        name={`${idPrefix}-skin-tags`}
        legend={t('checkinSkinTags')}
        tags={SKIN_TAGS}
        chosen={entry.skinTags}
        onChange={(skinTags) => answer({ skinTags })}
      />
      <TagGroup
        name={`${idPrefix}-gut-tags`}
        legend={t('checkinGutTags')}
        tags={GUT_TAGS}
        chosen={entry.gutTags}
        onChange={(gutTags) => answer({ gutTags })}
      />
      <section class="checkin-group" aria-labelledby={`${idPrefix}-food`}>
        <h3 id={`${idPrefix}-food`}>{t('checkinFoodHeading')}</h3>
        <FieldChoice {...yesNo} field="fermented" legend={t('checkinFermented')} />
        <Stepper
          id={`${idPrefix}-plants`}
          label={t('checkinPlants')}
          value={entry.plants}
          start={1}
          step={1}
          min={0}
          max={PLANTS_MAX}
          format={(n) => n.toLocaleString(locale)}
          onChange={(plants) => answer({ plants })}
          hint={t('checkinPlantsHint', formatNumber(plantsThisWeek ?? entry.plants ?? 0, locale))}
        />
        <FieldChoice {...amounts} field="sugar" legend={t('checkinSugar')} />
        <FieldChoice {...amounts} field="processed" legend={t('checkinProcessed')} />
        {journal.askDairy && <FieldChoice {...yesNo} field="dairy" legend={t('checkinDairy')} />}
        {journal.askAlcohol && <FieldChoice {...yesNo} field="alcohol" legend={t('checkinAlcohol')} />}
      </section>
      <section class="checkin-group" aria-labelledby={`${idPrefix}-own`}>
        <h3 id={`${idPrefix}-own`}>{t('checkinOwnHeading')}</h3>
        {journal.factors.length === 0 && <p class="chip-hint">{t('checkinOwnNone')}</p>}
        {journal.factors.map((name, i) => (
          <ChoiceGroup
            key={name}
            name={`${idPrefix}-own-${i}`}
            legend={name}
            options={YES_NO()}
            value={entry.own.find((a) => a.name === name)?.on ?? null}
            onChange={(on) => answer({ own: [{ name, on }] })}
          />
        ))}
      </section>
      <NoteField model={model} id={`${idPrefix}-note`} />
    </>
  );
}

export function CheckinForm(props: Props) {
  const { model, idPrefix, compact, locale } = props;
  const entry = model.draft.value;
  return (
    <div class="checkin-form">
      <Score model={model} question="skin" idPrefix={idPrefix} />
      <Score model={model} question="gut" idPrefix={idPrefix} />
      {!compact && (
        <>
          <Score model={model} question="stress" idPrefix={idPrefix} />
          <Stepper
            id={`${idPrefix}-sleep`}
            label={t('checkinSleep')}
            value={entry.sleepHours}
            start={7}
            step={0.5}
            min={0}
            max={SLEEP_MAX}
            format={(hours) => t('checkinHours', hours.toLocaleString(locale))}
            onChange={(sleepHours) => void model.answer({ sleepHours })}
          />
          <More {...props} />
        </>
      )}
      {model.failed.value && (
        <p class="error" role="alert">
          {t('checkinSaveFailed')}
        </p>
      )}
    </div>
  );
}
