/**
 * The welcome page's state as signals: which step is showing, the answers so far, what they would
 * give (counts, today's prompts from the planner) and finishing or skipping, which ends the hold
 * on reminders the first install put in place. The browser comes in through a port, so tests pass
 * a fake.
 */
import { batch, computed, signal } from '@preact/signals';
import type { Clock } from '@/components/kit/clock';
import { countingDay } from '@/utils/schedule/day-count';
import { freshPlan, type Prompt, prompts } from '@/utils/schedule/planner';
import type { Settings, SettingsProblem } from '@/utils/settings/schema';
import type { SaveResult } from '@/utils/settings/store';
import { nextDayStart } from '@/utils/time/clock';
import type { Topic } from '@/utils/tips/topics';
import { dayCount, defaultChoices, hoursOf, problemsOf, settingsFrom, type WelcomeChoices } from './choices';

export interface WelcomePort {
  saveSettings(settings: Settings): Promise<SaveResult>;
  saveTopics(topics: Topic[]): Promise<void>;
  /** Tell the worker the welcome page is done: reminders may come. */
  finish(): Promise<unknown>;
  /** Close the welcome page's tab. */
  close(): Promise<void>;
}

export const STEPS = ['reminders', 'hours', 'water', 'topics', 'ready'] as const;
export type Step = (typeof STEPS)[number];
/** The questions, each skippable; "ready" shows what they give and starts the reminders. */
export const QUESTIONS = STEPS.length - 1;

/** Which answers each question owns: skipping it puts those back to the defaults. */
const OWNS: Record<Exclude<Step, 'ready'>, keyof WelcomeChoices> = {
  reminders: 'kinds',
  hours: 'hours',
  water: 'water',
  topics: 'topics',
};

/** Which problems belong to a step, by where they are in the settings. */
const PROBLEM_STEP = (problem: SettingsProblem): Step =>
  problem.path.startsWith('water.') ? 'water' : problem.path.includes('.schedule.') ? 'hours' : 'reminders';

export type Finish = 'asking' | 'saving' | 'done' | 'failed';

export function createWelcomeModel(port: WelcomePort, clock: Clock) {
  const step = signal(0);
  const choices = signal<WelcomeChoices>(defaultChoices());
  const finish = signal<Finish>('asking');
  /** Set when Next was refused, so problems show from then on, not while the person types. */
  const tried = signal(false);

  const current = computed<Step>(() => STEPS[step.value] ?? 'ready');
  const problems = computed(() => problemsOf(choices.value));
  const stepProblems = computed(() => problems.value.filter((p) => PROBLEM_STEP(p) === current.value));
  const settings = computed(() => settingsFrom(choices.value));
  /** The date counted as "a workday" for the answers' days. */
  const workday = computed(() => countingDay(clock.today.value, hoursOf(choices.value.hours).days));
  const workdayCount = computed(() => dayCount(choices.value, workday.value));
  /** What the planner gives from now to the day's end, as the worker will plan it once this is done. */
  const today = computed((): Prompt[] => {
    if (problems.value.length > 0) return [];
    const now = clock.now.value;
    const end = nextDayStart(now, settings.value.general.dayStartHour);
    const list: Prompt[] = [];
    for (const prompt of prompts(settings.value, freshPlan(), now)) {
      if (prompt.at >= end) break;
      list.push(prompt);
    }
    return list;
  });
  /** The first prompt after today, for a day with nothing left. */
  const firstLater = computed((): Prompt | null => {
    if (problems.value.length > 0 || today.value.length > 0) return null;
    const next = prompts(settings.value, freshPlan(), clock.now.value).next();
    return next.done ? null : next.value;
  });

  function go(to: number): void {
    batch(() => {
      tried.value = false;
      step.value = Math.max(0, Math.min(STEPS.length - 1, to));
    });
  }

  async function end(work: () => Promise<void>): Promise<void> {
    if (finish.value === 'saving' || finish.value === 'done') return;
    finish.value = 'saving';
    try {
      await work();
      finish.value = 'done';
    } catch {
      finish.value = 'failed';
    }
  }

  return {
    step: computed(() => step.value),
    current,
    choices: computed(() => choices.value),
    problems: computed(() => (tried.value ? stepProblems.value : [])),
    workday,
    workdayCount,
    today,
    firstLater,
    finish: computed(() => finish.value),

    update(change: (draft: WelcomeChoices) => void): void {
      const next = structuredClone(choices.peek());
      change(next);
      choices.value = next;
    },

    next(): void {
      if (stepProblems.peek().length > 0) {
        tried.value = true;
        return;
      }
      go(step.peek() + 1);
    },
    back: () => go(step.peek() - 1),

    /** This question's answers back to the defaults, and on to the next. */
    skipStep(): void {
      const owned = OWNS[current.peek() as Exclude<Step, 'ready'>];
      if (owned) {
        const defaults = defaultChoices();
        choices.value = { ...choices.peek(), [owned]: defaults[owned] };
      }
      go(step.peek() + 1);
    },

    /** Keep the answers and start the reminders. */
    start: () =>
      end(async () => {
        if (problems.peek().length > 0) throw new Error('invalid answers');
        const saved = await port.saveSettings(settings.peek());
        if (!saved.ok) throw new Error('not saved');
        await port.saveTopics(choices.peek().topics);
        await port.finish();
      }),

    /** Skip the whole page: the defaults as they are, and the reminders start. */
    skipAll: () => end(async () => void (await port.finish())),

    close: () => port.close(),
  };
}

export type WelcomeModel = ReturnType<typeof createWelcomeModel>;
