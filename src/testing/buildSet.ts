/**
 * Builds a small, valid OKR set from a nested {@link SetSpec}, for tests of
 * OKR policies and rules: a few lines of spec instead of a full set.
 *
 * @module
 */
import type {
  CheckIn,
  CheckInValue,
  Cycle,
  Dependency,
  Id,
  Initiative,
  KeyResult,
  Link,
  Measure,
  Objective,
  OkrRef,
  OkrSet,
  Person,
  Pillar,
  Unit,
} from '../model/types.js';
import type { Path } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import { CHECK_IN_KEYS } from '../rollup/_editChecks.js';
import { requireArray, requireOptions } from './_arguments.js';
import type { KeyResultSpec, ObjectiveSpec, SetSpec } from './setSpec.js';
import { guardedRead } from '../model/readingSet.js';

const LINK_KINDS = new Set(['pillar', 'supports', 'strength', 'weakness', 'opportunity', 'threat']);

function toLink(link: Link | string): Link {
  if (typeof link !== 'string') return link;
  const at = link.indexOf(':');
  const kind = link.slice(0, at);
  const id = link.slice(at + 1);
  if (at < 0 || !LINK_KINDS.has(kind)) {
    throw new SokrError([
      {
        path: [],
        code: 'invalid_value',
        message: `buildSet: link "${link}" must be "kind:id" with kind pillar, supports, strength, weakness, opportunity or threat`,
      },
    ]);
  }
  if (kind === 'pillar') return { kind, pillarId: id };
  if (kind === 'supports') return { kind, objectiveId: id };
  return { kind: kind as 'strength' | 'weakness' | 'opportunity' | 'threat', swotId: id };
}

function toRef(ref: Id | OkrRef): OkrRef {
  return typeof ref === 'string' ? { objectiveId: ref } : ref;
}

function defaultValue(measure: Measure): CheckInValue {
  switch (measure.kind) {
    case 'metric':
      return measure.start ?? measure.target; // a baseline metric: any number fits
    case 'milestone':
      return false;
    case 'checklist':
      return [];
    case 'threshold':
      return measure.value;
    case 'range':
      return measure.min;
    default:
      return 0;
  }
}

/**
 * Builds a small, valid OKR set from a nested spec with sane defaults, for
 * tests of policies and rules. With no arguments: strategy with pillars
 * growth/quality/people, one unit `company` with person `company-lead`, one
 * cycle `q1` (2026-01-01 … 2026-03-31), no objectives. Objectives default to
 * active, owned by their unit's lead, approved by the lead of the unit above,
 * linked to the first pillar when top-level, with 2 metric key results 0 → 10.
 * Throws a plain `Error` for a malformed shorthand.
 *
 * @param spec - The parts that matter for the test.
 * @returns An `OkrSet` (not validated; run `validate` or `runRule` on it).
 * @example
 * ```ts
 * import { buildSet } from 'sokr/testing';
 * const set = buildSet({
 *   units: { acme: null, eng: 'acme', web: 'eng' },
 *   objectives: [
 *     { id: 'grow', unitId: 'acme', children: [{ id: 'ship', unitId: 'eng', keyResults: 3 }] },
 *   ],
 * });
 * set.keyResults.map((kr) => kr.id); // ['grow.kr1', 'grow.kr2', 'ship.kr1', 'ship.kr2', 'ship.kr3']
 * ```
 */
export function buildSet(spec: SetSpec = {}): OkrSet {
  return guardedRead('buildSet', () => {
    checkSpec(spec);
    const pillars: Pillar[] = (spec.pillars ?? ['growth', 'quality', 'people']).map((p) =>
      typeof p === 'string' ? { id: p, title: `Pillar ${p}` } : p,
    );
    const units: Unit[] = Array.isArray(spec.units)
      ? spec.units
      : Object.entries(spec.units ?? { company: null }).map(([id, parentId]) =>
          parentId === null ? { id, name: `Unit ${id}` } : { id, name: `Unit ${id}`, parentId },
        );
    const people: Person[] = Array.isArray(spec.people)
      ? spec.people
      : spec.people !== undefined
        ? Object.entries(spec.people).map(([id, unitId]) =>
            unitId === null ? { id, name: `Person ${id}` } : { id, name: `Person ${id}`, unitId },
          )
        : units.map((u) => ({ id: `${u.id}-lead`, name: `Lead of ${u.id}`, unitId: u.id }));
    const cycles: Cycle[] = spec.cycles ?? [
      { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
    ];
    const rootUnit = units.find((u) => u.parentId === undefined)?.id ?? units[0]?.id ?? 'company';
    const unitById = new Map(units.map((u) => [u.id, u]));
    const leadOf = new Map<Id, Id>();
    for (const p of people)
      if (p.unitId !== undefined && !leadOf.has(p.unitId)) leadOf.set(p.unitId, p.id);
    const approverFor = (unitId: Id): Id | undefined => {
      const seen = new Set<Id>([unitId]);
      let parent = unitById.get(unitId)?.parentId;
      while (parent !== undefined && !seen.has(parent)) {
        seen.add(parent);
        const lead = leadOf.get(parent);
        if (lead !== undefined) return lead;
        parent = unitById.get(parent)?.parentId;
      }
      return undefined;
    };

    const objectives: Objective[] = [];
    const keyResults: KeyResult[] = [];
    const checkIns: CheckIn[] = [];
    const initiatives: Initiative[] = [];
    let counter = 0;

    const addObjective = (o: ObjectiveSpec, parent: Objective | undefined): void => {
      counter += 1;
      const id = o.id ?? `o${counter}`;
      const unitId = o.unitId ?? parent?.unitId ?? rootUnit;
      const cycleId = o.cycleId ?? parent?.cycleId ?? cycles[0]?.id ?? 'q1';
      const parentRef: OkrRef | undefined =
        o.parent !== undefined
          ? toRef(o.parent)
          : parent !== undefined
            ? { objectiveId: parent.id }
            : undefined;
      const state = o.state ?? 'active';
      const objective: Objective = {
        id,
        title: o.title ?? `Objective ${id}`,
        unitId,
        cycleId,
        links: (
          o.links ??
          (parentRef === undefined && pillars[0] !== undefined ? [`pillar:${pillars[0].id}`] : [])
        ).map(toLink),
        commitment: o.commitment ?? 'aspirational',
        state,
      };
      if (o.description !== undefined) objective.description = o.description;
      const owner = o.ownerId === undefined ? leadOf.get(unitId) : (o.ownerId ?? undefined);
      if (owner !== undefined) objective.ownerId = owner;
      if (parentRef !== undefined) objective.parent = parentRef;
      if (o.weight !== undefined) objective.weight = o.weight;
      const approver =
        o.approvedBy === undefined
          ? (state === 'active' || state === 'closed') && unitId !== rootUnit
            ? approverFor(unitId)
            : undefined
          : (o.approvedBy ?? undefined);
      if (approver !== undefined) objective.approvedBy = approver;
      if (o.carriedFrom !== undefined) objective.carriedFrom = o.carriedFrom;
      objectives.push(objective);

      const krSpecs: KeyResultSpec[] =
        typeof o.keyResults === 'number' || o.keyResults === undefined
          ? Array.from({ length: o.keyResults ?? 2 }, () => ({}))
          : o.keyResults;
      krSpecs.forEach((k, n) => {
        const krId = k.id ?? `${id}.kr${n + 1}`;
        const measure: Measure = k.measure ?? { kind: 'metric', start: 0, target: 10 };
        const kr: KeyResult = {
          id: krId,
          objectiveId: id,
          title: k.title ?? `Key result ${n + 1} of ${id}`,
          ownerId: k.ownerId ?? owner ?? leadOf.get(unitId) ?? people[0]?.id ?? 'nobody',
          measure,
        };
        if (k.description !== undefined) kr.description = k.description;
        if (k.weight !== undefined) kr.weight = k.weight;
        if (k.due !== undefined) kr.due = k.due;
        if (k.confidence !== undefined) kr.confidence = k.confidence;
        keyResults.push(kr);
        (k.checkIns ?? []).forEach((c, m) => {
          const checkIn: CheckIn = {
            id: c.id ?? `${krId}.c${m + 1}`,
            keyResultId: krId,
            at: c.at,
            value: c.value ?? defaultValue(measure),
          };
          for (const key of ['confidence', 'moved', 'blocked', 'next', 'authorId'] as const) {
            const value = c[key];
            if (value !== undefined) (checkIn as unknown as Record<string, unknown>)[key] = value;
          }
          checkIns.push(checkIn);
        });
        (k.initiatives ?? []).forEach((it, m) => {
          const initiative: Initiative = {
            id: it.id ?? `${krId}.i${m + 1}`,
            keyResultId: krId,
            title: it.title ?? `Initiative ${m + 1} of ${krId}`,
            state: it.state ?? 'todo',
          };
          if (it.ownerId !== undefined) initiative.ownerId = it.ownerId;
          if (it.due !== undefined) initiative.due = it.due;
          initiatives.push(initiative);
        });
      });
      for (const child of o.children ?? []) addObjective(child, objective);
    };
    for (const o of spec.objectives ?? []) addObjective(o, undefined);

    const dependencies: Dependency[] = (spec.dependencies ?? []).map((d, n) => {
      const dep: Dependency = {
        id: d.id ?? `d${n + 1}`,
        from: toRef(d.from),
        on: toRef(d.on),
        state: d.state ?? 'accepted',
      };
      if (d.note !== undefined) dep.note = d.note;
      if (d.decidedAt !== undefined) dep.decidedAt = d.decidedAt;
      return dep;
    });

    const strategy: OkrSet['strategy'] = { pillars };
    if (spec.swot !== undefined) strategy.swot = spec.swot;
    return {
      version: 1,
      strategy,
      units,
      people,
      cycles,
      objectives,
      keyResults,
      checkIns: [...checkIns, ...(spec.checkIns ?? [])],
      initiatives,
      dependencies,
      risks: [],
    };
  });
}

/** The names each part of a {@link SetSpec} takes (any other is a typo, refused). */
const SPEC_FIELDS: readonly string[] = [
  'pillars',
  'swot',
  'units',
  'people',
  'cycles',
  'objectives',
  'dependencies',
  'checkIns',
];
const OBJECTIVE_FIELDS: readonly string[] = [
  'id',
  'title',
  'description',
  'unitId',
  'cycleId',
  'ownerId',
  'parent',
  'links',
  'commitment',
  'weight',
  'state',
  'approvedBy',
  'carriedFrom',
  'keyResults',
  'children',
];
const KEY_RESULT_FIELDS: readonly string[] = [
  'id',
  'title',
  'ownerId',
  'weight',
  'due',
  'measure',
  'confidence',
  'description',
  'checkIns',
  'initiatives',
];
/** A check-in's fields but its key result (a nested check-in belongs to its spec's). */
const CHECK_IN_FIELDS: readonly string[] = CHECK_IN_KEYS.filter((key) => key !== 'keyResultId');
const INITIATIVE_FIELDS: readonly string[] = ['id', 'title', 'ownerId', 'state', 'due'];

/**
 * Refuses a spec whose parts are not what {@link SetSpec} says or carry a
 * name it does not know, at the part's path (`['objectives', 0, 'keyresults']`,
 * with a suggestion): a misspelt part would otherwise fall back to its default
 * and the test built on it would check another set.
 */
function checkSpec(spec: unknown): void {
  requireOptions(spec, SPEC_FIELDS, [], 'a set spec, an object');
  const objectives = (spec as SetSpec).objectives;
  if (objectives === undefined) return;
  requireArray(objectives, ['objectives'], 'an array of objective specs');
  const visit = (list: readonly unknown[], path: Path): void => {
    list.forEach((o, i) => {
      const at = [...path, i];
      requireOptions(o, OBJECTIVE_FIELDS, at, 'an objective spec, an object');
      const { keyResults, children } = o as ObjectiveSpec;
      if (keyResults !== undefined && typeof keyResults !== 'number') {
        requireArray(keyResults, [...at, 'keyResults'], 'a number or an array of key result specs');
        keyResults.forEach((k, n) => {
          const kAt = [...at, 'keyResults', n];
          requireOptions(k, KEY_RESULT_FIELDS, kAt, 'a key result spec, an object');
          const { checkIns, initiatives } = k as KeyResultSpec;
          if (checkIns !== undefined) {
            requireArray(checkIns, [...kAt, 'checkIns'], 'an array of check-in specs');
            checkIns.forEach((c, m) => {
              requireOptions(
                c,
                CHECK_IN_FIELDS,
                [...kAt, 'checkIns', m],
                'a check-in spec, an object',
              );
            });
          }
          if (initiatives !== undefined) {
            requireArray(initiatives, [...kAt, 'initiatives'], 'an array of initiative specs');
            initiatives.forEach((it, m) => {
              requireOptions(
                it,
                INITIATIVE_FIELDS,
                [...kAt, 'initiatives', m],
                'an initiative spec, an object',
              );
            });
          }
        });
      }
      if (children !== undefined) {
        requireArray(children, [...at, 'children'], 'an array of objective specs');
        visit(children, [...at, 'children']);
      }
    });
  };
  visit(objectives, ['objectives']);
}
