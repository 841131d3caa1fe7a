/**
 * The topics a person cares about (chosen on the welcome page, changed on the new tab), and which
 * tips the daily rotation draws from. Pure.
 *
 * - General glow and gut comfort are the general tips, split by category. Choosing one of them
 *   narrows the general tips to it; choosing neither keeps both, so the rotation is never empty.
 * - A tip about a skin condition (acne, eczema, rosacea, psoriasis) comes in the rotation only
 *   for people who chose that condition.
 * - The topic filter shows every tip of a category whatever the topics: all stay browsable.
 */
import { SKIN_CONDITIONS, type SkinCondition, type Tip, type TipCategory } from './types';

export const TOPICS = ['glow', 'gut', ...SKIN_CONDITIONS] as const;
export type Topic = (typeof TOPICS)[number];
export type GeneralTopic = Exclude<Topic, SkinCondition>;

/** A new person's topics: the general tips, and no skin condition until they choose one. */
export const DEFAULT_TOPICS: readonly Topic[] = ['glow', 'gut'];

const GUT_CATEGORIES: readonly TipCategory[] = [
  'whole-foods-fibre',
  'fermented-foods',
  'probiotics',
  'prebiotics',
  'gut-brain-mood',
  'mindful-eating',
];

export const isTopic = (value: unknown): value is Topic => TOPICS.some((topic) => topic === value);

const isCondition = (topic: Topic): topic is SkinCondition => SKIN_CONDITIONS.some((c) => c === topic);

/** Which topic a tip belongs to: its skin condition, else gut comfort or general glow by category. */
export function topicOf(tip: Tip): Topic {
  if (tip.condition) return tip.condition;
  return GUT_CATEGORIES.includes(tip.category) ? 'gut' : 'glow';
}

/** Whether the daily rotation for these topics includes the tip. */
export function inRotation(tip: Tip, topics: readonly Topic[]): boolean {
  const topic = topicOf(tip);
  if (isCondition(topic)) return topics.includes(topic);
  const general = topics.filter((t): t is GeneralTopic => !isCondition(t));
  return general.length === 0 || general.includes(topic);
}

/** Each topic once, in the order they are offered. */
export const tidyTopics = (topics: readonly unknown[]): Topic[] => TOPICS.filter((topic) => topics.includes(topic));
