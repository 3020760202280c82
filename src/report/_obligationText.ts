/**
 * Private to the report layer: one obligation in words, shared by the
 * reminder renderers and the weekly report's "owed this week" section.
 *
 * @module
 */
import { flatText } from '../_lib/flatText.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Id } from '../model/types.js';
import { zonedDayText } from './_formatDate.js';
import type { Obligation, ObligationKind } from '../rhythm/types.js';
import type { OwedItem } from './types.js';

/** The names and titles an obligation's text needs, by id (first occurrence wins). */
export interface ObligationNames {
  person(id: Id | null): string;
  /** A due date as a calendar day in the set's zone (`YYYY-MM-DD`; an instant's day there). */
  day(text: string): string;
  title(kind: 'keyResult' | 'objective' | 'initiative' | 'cycle', id: Id): string;
  /** The name of an objective's cycle (`undefined` when either is unknown). */
  cycleOfObjective(id: Id): string | undefined;
  /** The title of a dependency's side: its key result's when it is on one, else its objective's. */
  dependencySide(id: Id, side: 'from' | 'on'): string | undefined;
}

/**
 * Lookups for {@link describeObligation}, over the graph's id positions (no
 * new maps, except one for initiatives, built when first needed).
 */
export function obligationNames(graph: OkrGraph): ObligationNames {
  const set = graph.set;
  let initiatives: Map<Id, string> | undefined;
  const at = <T>(list: readonly T[] | undefined, p: number | undefined): T | undefined =>
    p === undefined || list === undefined ? undefined : list[p];
  return {
    day: (text) => zonedDayText(text, graph.timeZone),
    person: (id) =>
      id === null ? 'Unassigned' : (at(set.people, graph.personOf.get(id))?.name ?? id),
    title: (kind, id) => {
      switch (kind) {
        case 'keyResult':
          return at(set.keyResults, graph.keyResultOf.get(id))?.title ?? id;
        case 'objective':
          return at(set.objectives, graph.objectiveOf.get(id))?.title ?? id;
        case 'cycle':
          return at(set.cycles, graph.cycleOf.get(id))?.name ?? id;
        case 'initiative': {
          if (initiatives === undefined) {
            initiatives = new Map();
            for (const x of set.initiatives ?? [])
              if (!initiatives.has(x.id)) initiatives.set(x.id, x.title);
          }
          return initiatives.get(id) ?? id;
        }
      }
    },
    cycleOfObjective: (id) => {
      const o = graph.objectiveOf.get(id);
      const c = o === undefined ? -1 : graph.objectiveCycle[o]!;
      return c < 0 ? undefined : set.cycles[c]?.name;
    },
    dependencySide: (id, side) => {
      const ref = at(set.dependencies, graph.dependencyOf.get(id))?.[side];
      if (typeof ref !== 'object' || ref === null) return undefined;
      if ('keyResultId' in ref)
        return at(set.keyResults, graph.keyResultOf.get(ref.keyResultId))?.title;
      return at(set.objectives, graph.objectiveOf.get(ref.objectiveId))?.title;
    },
  };
}

/** Objective titles a cycle review's line names before "and N more". */
const REVIEW_TITLES = 3;

const WHAT: Readonly<Record<ObligationKind, string>> = {
  'check-in': 'Check-in',
  approval: 'Approval',
  dependency: 'Answer to a dependency',
  initiative: 'Initiative',
  review: 'Cycle review',
};

/** Each kind as a noun in a count, singular and plural: `7 check-ins`, `1 answer to a dependency`. */
export const OBLIGATION_NOUNS: Readonly<Record<ObligationKind, readonly [string, string]>> = {
  'check-in': ['check-in', 'check-ins'],
  approval: ['approval', 'approvals'],
  dependency: ['answer to a dependency', 'answers to dependencies'],
  initiative: ['initiative', 'initiatives'],
  review: ['cycle review', 'cycle reviews'],
};

/** The parts of an obligation's text, before any escaping. */
export interface ObligationText {
  /** `Check-in`, `Approval`, … */
  what: string;
  /** What it is about, with titles: `key result "Checkout conversion…"`. */
  subject: string;
  /** `due 2026-02-20`, `due today`, `7 days late (due 2026-02-09)`. */
  when: string;
  /** `escalated to Lea, Theo`, or `''`. */
  escalation: string;
}

/**
 * One obligation in words; `esc` is applied to every piece of user text
 * (titles, names, ids, dates), the rest is sokr's own words.
 */
export function describeObligation(
  e: Obligation,
  names: ObligationNames,
  asOfDay: string,
  esc: (text: string) => string = (text) => text,
): ObligationText {
  const escalation =
    e.escalatedTo.length === 0
      ? ''
      : `escalated to ${e.escalatedTo.map((id) => esc(names.person(id))).join(', ')}`;
  return {
    what: WHAT[e.kind],
    subject: obligationSubject(e, names, esc),
    when: obligationWhen(e, asOfDay, esc, names),
    escalation,
  };
}

/** One line for an obligation, without escalation: `Check-in 7 days late (due …): key result "…"`. */
export function obligationLine(e: Obligation, names: ObligationNames, asOfDay: string): string {
  const plain = (text: string) => text;
  // Flat (one string, not a chain of concatenations): a report keeps one line per owed item.
  return flatText`${WHAT[e.kind]} ${obligationWhen(e, asOfDay, plain, names)}: ${obligationSubject(e, names, plain)}`;
}

/**
 * What an obligation is about, in titles and names only (the ids stay in the
 * entry's `ids`, for tools): `key result "Checkout conversion…"`.
 */
function obligationSubject(
  e: Obligation,
  names: ObligationNames,
  esc: (text: string) => string,
): string {
  const title = (kind: Parameters<ObligationNames['title']>[0], id: string | undefined) =>
    esc(names.title(kind, id ?? ''));
  switch (e.kind) {
    case 'check-in':
      return `key result "${title('keyResult', e.ids[0])}"`;
    case 'approval': {
      // Approvals are often for the next cycle: say which.
      const cycle = names.cycleOfObjective(e.ids[0] ?? '');
      return `objective "${title('objective', e.ids[0])}"${cycle === undefined ? '' : ` of ${esc(cycle)}`}`;
    }
    case 'dependency': {
      // A side on a key result names the key result (its owner is who answers), else its objective.
      const side = (which: 'from' | 'on', at: number) => {
        const text = names.dependencySide(e.ids[0] ?? '', which);
        return text === undefined ? title('objective', e.ids[at]) : esc(text);
      };
      return `"${side('from', 1)}" depends on "${side('on', 2)}"`;
    }
    case 'initiative':
      return `"${title('initiative', e.ids[0])}" for key result "${title('keyResult', e.ids[1])}"`;
    case 'review': {
      const n = Math.max(0, e.ids.length - 1);
      // The first few titles name what is open; the count says the rest.
      const shown = e.ids.slice(1, 1 + REVIEW_TITLES).map((id) => `"${title('objective', id)}"`);
      const more = n > REVIEW_TITLES ? ` and ${n - REVIEW_TITLES} more` : '';
      return `${title('cycle', e.ids[0])}: ${n} objective${n === 1 ? '' : 's'} to grade and close${shown.length === 0 ? '' : ` (${shown.join(', ')}${more})`}`;
    }
  }
}

/** When it is due: `due 2026-02-20`, `due today`, `7 days late (due 2026-02-09)`. */
function obligationWhen(
  e: Obligation,
  asOfDay: string,
  esc: (text: string) => string,
  names: ObligationNames,
): string {
  const due = names.day(e.dueAt);
  if (e.overdue)
    return `${e.daysLate === 0 ? 'late' : `${e.daysLate} day${e.daysLate === 1 ? '' : 's'} late`} (due ${esc(due)})`;
  return due === asOfDay ? 'due today' : `due ${esc(due)}`;
}

/**
 * Writes what a person reads of an obligation onto `into` (the entry itself,
 * or a copy of it) and returns it as an `OwedItem`: the person's name, the
 * line of text, and the names of the leads it escalates to. Entries that
 * escalate to the same leads share one frozen `escalatedTo` list
 * (`obligations`), so their items share one frozen list of names too. One
 * writer per report or digest (it keeps that memo).
 */
export function owedItemWriter(
  names: ObligationNames,
  asOfDay: string,
): (e: Obligation, into: Obligation) => OwedItem {
  const namesOf = new Map<readonly Id[], readonly string[]>();
  return (e, into) => {
    let leads = namesOf.get(e.escalatedTo);
    if (leads === undefined) {
      leads = Object.freeze(e.escalatedTo.map((id) => names.person(id)));
      namesOf.set(e.escalatedTo, leads);
    }
    const item = into as OwedItem;
    item.personName = names.person(e.personId);
    item.text = obligationLine(e, names, asOfDay);
    item.escalatedToNames = leads;
    return item;
  };
}
