/**
 * Private to `generateEnterprise`: the words of the synthetic organisation —
 * department and people names, objective titles, metrics with their start and
 * target, check-in notes, initiatives, SWOT items and pillars — from which the
 * seeded generator picks.
 *
 * @module
 */
import type { InitiativeState, RiskLevel, SwotKind } from '../model/types.js';

/** Names of the level-1 units (numbered when there are more units than names). */
export const DEPARTMENTS = [
  'Sales',
  'Marketing',
  'Product',
  'Engineering',
  'Operations',
  'Finance',
  'People',
  'Customer Success',
  'Data',
  'Security',
] as const;
/** First names of people. */
export const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Elif',
  'Femi',
  'Grace',
  'Hugo',
  'Ines',
  'Jun',
  'Kofi',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
] as const;
/** Last names of people. */
export const LAST_NAMES = [
  'Silva',
  'Okafor',
  'Martin',
  'Kumar',
  'Yilmaz',
  'Adeyemi',
  'Hopper',
  'Moreau',
  'Costa',
  'Tanaka',
  'Mensah',
  'Berg',
] as const;
const OBJECTIVE_VERBS = [
  'Delight',
  'Win',
  'Scale',
  'Simplify',
  'Strengthen',
  'Accelerate',
  'Modernize',
  'Protect',
] as const;
const OBJECTIVE_NOUNS = [
  'our enterprise customers',
  'the mid-market',
  'self-serve onboarding',
  'the platform',
  'our delivery pipeline',
  'customer trust',
  'the partner channel',
  'team health',
] as const;
/** [title, start, target, unit] of increasing metrics. */
export const METRICS_UP = [
  ['Increase weekly active accounts', 1200, 1800, 'accounts'],
  ['Grow net revenue retention', 102, 110, '%'],
  ['Raise NPS', 31, 45, 'points'],
  ['Grow qualified pipeline', 2.4, 3.6, 'M€'],
  ['Increase trial-to-paid conversion', 8, 12, '%'],
] as const;
/** [title, start, target, unit] of decreasing metrics. */
export const METRICS_DOWN = [
  ['Reduce monthly churn', 2.8, 1.8, '%'],
  ['Cut median time to resolution', 30, 18, 'hours'],
  ['Reduce p95 page load', 2400, 1500, 'ms'],
  ['Cut open critical bugs', 40, 10, 'bugs'],
] as const;
/** `moved` notes of check-ins. */
export const CHECK_NOTES_MOVED = [
  'Shipped the first iteration',
  'Two more customers live',
  'Hiring closed',
  'Experiment results in',
] as const;
/** `blocked` notes of check-ins. */
export const CHECK_NOTES_BLOCKED = [
  'Waiting on the platform team',
  'Vendor contract not signed',
  'Data pipeline outage',
] as const;
/** Titles of initiatives. */
export const INITIATIVE_TITLES = [
  'Run customer interviews',
  'Automate the weekly report',
  'Migrate to the new billing API',
  'Launch the referral experiment',
  'Write the onboarding playbook',
] as const;
/** States of initiatives. */
export const INITIATIVE_STATES: readonly InitiativeState[] = ['todo', 'doing', 'done'];
/** Likelihoods and impacts of risks. */
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];
/** Ids of checklist items, in order. */
export const CHECKLIST_IDS = ['a', 'b', 'c', 'd', 'e'] as const;
/** The SWOT kinds, in the order the strategy lists them. */
export const SWOT_KINDS: readonly SwotKind[] = ['strength', 'weakness', 'opportunity', 'threat'];
/** The two SWOT item titles of each kind. */
export const SWOT_TITLES: Record<SwotKind, readonly [string, string]> = {
  strength: ['Loyal enterprise customer base', 'Strong engineering culture'],
  weakness: ['Slow onboarding', 'Fragmented internal tooling'],
  opportunity: ['Mid-market demand for self-serve', 'New EU data regulation favours us'],
  threat: ['Well-funded new competitor', 'Rising cloud costs'],
};
/** [id, title] of the strategic pillars. */
export const PILLARS = [
  ['pl1', 'Customer love'],
  ['pl2', 'Profitable growth'],
  ['pl3', 'Operational excellence'],
  ['pl4', 'Great place to work'],
] as const;

/**
 * The objective titles: every verb with every noun, verbs in the outer order.
 *
 * @returns A fresh list of `${verb} ${noun}` titles.
 */
export function objectiveTitles(): string[] {
  const titles: string[] = [];
  for (const verb of OBJECTIVE_VERBS)
    for (const noun of OBJECTIVE_NOUNS) titles.push(`${verb} ${noun}`);
  return titles;
}
