/**
 * Helpers for people who write and test OKR policies: build a small valid
 * set in a few lines, run one rule, and assert on findings with readable
 * failure messages. Framework-free: the assertions throw plain `Error`s, so
 * they work under vitest, jest, node:test or mocha.
 *
 * @module
 */
import type { AsOf } from '../model/AsOf.js';
import { buildIndex } from '../alignment/buildIndex.js';
import { validate } from '../alignment/validate.js';
import { definePolicy } from '../alignment/definePolicy.js';
import type { AnyRule, Finding, Severity } from '../alignment/types.js';
import { formatPath, type Path } from '../model/issue.js';
import type {
  CheckIn,
  CheckInValue,
  Cycle,
  Dependency,
  Id,
  Initiative,
  IsoDate,
  KeyResult,
  Link,
  Measure,
  Objective,
  OkrRef,
  OkrSet,
  Person,
  Pillar,
  SwotItem,
  Unit,
} from '../model/types.js';

/** A check-in of {@link KeyResultSpec}: `at` is required, the rest has defaults. */
export interface CheckInSpec {
  /** Default `<krId>.c<n>` (1-based). */
  id?: Id;
  at: IsoDate;
  /** Default: the measure's start (metric), `false` (milestone), `[]` (checklist), 0 otherwise. */
  value?: CheckInValue;
  confidence?: number;
  moved?: string;
  blocked?: string;
  next?: string;
  authorId?: Id;
}

/** A key result of {@link ObjectiveSpec}; everything has a default. */
export interface KeyResultSpec {
  /** Default `<objectiveId>.kr<n>` (1-based). */
  id?: Id;
  /** Default `Key result <n> of <objectiveId>`. */
  title?: string;
  /** Default: the objective's owner. */
  ownerId?: Id;
  weight?: number;
  due?: IsoDate;
  /** Default `{ kind: 'metric', start: 0, target: 10 }`. */
  measure?: Measure;
  confidence?: number;
  description?: string;
  /** Check-ins of this key result. */
  checkIns?: CheckInSpec[];
  /** Initiatives of this key result (ids default to `<krId>.i<n>`, state to `todo`). */
  initiatives?: Array<Partial<Omit<Initiative, 'keyResultId'>> & { title?: string }>;
}

/**
 * An objective of {@link SetSpec}. Everything has a default; nested
 * `children` cascade from this objective (their `parent` is set to it).
 */
export interface ObjectiveSpec {
  /** Default `o<n>`, numbered in document order (depth first). */
  id?: Id;
  /** Default `Objective <id>`. */
  title?: string;
  description?: string;
  /** Default: the root unit (for children: the parent's unit). */
  unitId?: Id;
  /** Default: the first cycle (for children: the parent's cycle). */
  cycleId?: Id;
  /** Default: the lead (first person) of the objective's unit; `null` for none. */
  ownerId?: Id | null;
  /** `'o1'` = objective o1, or an `OkrRef` (`{ keyResultId: 'o1.kr1' }`). */
  parent?: Id | OkrRef;
  /**
   * Links, as `Link`s or `'kind:id'` shorthands (`'pillar:growth'`,
   * `'supports:o2'`, `'threat:t1'`). Default: a link to the first pillar when
   * the objective has no parent, none otherwise.
   */
  links?: Array<Link | string>;
  commitment?: Objective['commitment'];
  weight?: number;
  /** Default `'active'`. */
  state?: Objective['state'];
  /**
   * Default for an active or closed objective below the root: the lead of the
   * nearest ancestor unit that has people; `null` for none.
   */
  approvedBy?: Id | null;
  carriedFrom?: Id;
  /** A number of default key results, or their specs. Default 2. */
  keyResults?: number | KeyResultSpec[];
  /** Objectives cascading from this one. */
  children?: ObjectiveSpec[];
}

/** What {@link buildSet} takes; every part has a default. */
export interface SetSpec {
  /** Pillar ids (titles derived) or pillars. Default `['growth', 'quality', 'people']`. */
  pillars?: Array<Id | Pillar>;
  /** SWOT items. Default none. */
  swot?: SwotItem[];
  /** Units as `{ id: parentId | null }` (in order) or `Unit`s. Default `{ company: null }`. */
  units?: Record<Id, Id | null> | Unit[];
  /**
   * People as `{ id: unitId | null }` or `Person`s. Default: one lead per
   * unit, `<unitId>-lead`.
   */
  people?: Record<Id, Id | null> | Person[];
  /** Default one cycle `q1`: 2026-01-01 … 2026-03-31. */
  cycles?: Cycle[];
  /** The objectives, nested with their key results and children. */
  objectives?: ObjectiveSpec[];
  /** Dependencies (`id` defaults to `d<n>`, `state` to `accepted`); `from`/`on` accept an objective id. */
  dependencies?: Array<
    Omit<Partial<Dependency>, 'from' | 'on'> & { from: Id | OkrRef; on: Id | OkrRef }
  >;
  /** Extra check-ins in set form (besides those nested in key results). */
  checkIns?: CheckIn[];
}

const LINK_KINDS = new Set(['pillar', 'supports', 'strength', 'weakness', 'opportunity', 'threat']);

function toLink(link: Link | string): Link {
  if (typeof link !== 'string') return link;
  const at = link.indexOf(':');
  const kind = link.slice(0, at);
  const id = link.slice(at + 1);
  if (at < 0 || !LINK_KINDS.has(kind)) {
    throw new Error(
      `buildSet: link "${link}" must be "kind:id" with kind pillar, supports, strength, weakness, opportunity or threat`,
    );
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
}

/** Options of {@link runRule}. */
export interface RunRuleOptions {
  /** The evaluation date (needed by `deliver/*` and `align/dependency-accepted`). */
  asOf?: AsOf;
  /** The rule's options (merged over its defaults, validated like in a policy). */
  options?: Readonly<Record<string, unknown>>;
  /** The severity to run it at. Default: the rule's `meta.severity`. */
  severity?: Severity;
}

/**
 * Runs one rule (built-in or custom) on a set, alone, exactly as `validate`
 * would run it in a policy, and returns its findings (sorted like
 * `validate`'s). A rule that throws yields an `internal/rule-crashed` finding;
 * a rule that needs `asOf` yields nothing without it.
 *
 * @param rule - The rule (e.g. `builtinRules['link/anchor-required']` or your `defineRule` result).
 * @param set - The set to check.
 * @param options - `{ asOf?, options?, severity? }`.
 * @returns The findings.
 * @throws SokrError when `options.options` does not fit the rule's option schema.
 * @example
 * ```ts
 * import { builtinRules } from 'sokr';
 * import { buildSet, runRule } from 'sokr/testing';
 * const findings = runRule(builtinRules['limits/kr-per-objective']!, buildSet({ objectives: [{ keyResults: 1 }] }));
 * findings[0]?.message; // 'Objective "o1" has 1 key result; 2–4 is recommended.'
 * ```
 */
export function runRule(rule: AnyRule, set: OkrSet, options: RunRuleOptions = {}): Finding[] {
  const severity = options.severity ?? rule.meta.severity;
  const policy = definePolicy({
    name: `only ${rule.id}`,
    plugins: [rule],
    rules: { [rule.id]: options.options === undefined ? severity : [severity, options.options] },
  });
  const only = { ...policy, settings: { [rule.id]: policy.settings[rule.id]! } };
  return validate(set, {
    policy: only,
    index: buildIndex(set),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
}

/** What {@link expectFindings} expects of one finding; omitted fields are not checked. */
export interface ExpectedFinding {
  rule: string;
  /** Exactly these ids, in this order. */
  ids?: string[];
  /** Exactly this path. */
  path?: Path;
  severity?: Severity;
  /** A substring of the message. */
  message?: string;
}

function describeFinding(f: Finding): string {
  return `${f.severity} ${f.rule} at ${formatPath(f.path)} ids=[${f.ids.join(', ')}] — ${f.message}`;
}

function describeExpected(e: ExpectedFinding): string {
  const parts = [e.severity ?? '*', e.rule];
  if (e.path !== undefined) parts.push(`at ${formatPath(e.path)}`);
  if (e.ids !== undefined) parts.push(`ids=[${e.ids.join(', ')}]`);
  if (e.message !== undefined) parts.push(`message ∋ ${JSON.stringify(e.message)}`);
  return parts.join(' ');
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  return (
    f.rule === e.rule &&
    (e.severity === undefined || f.severity === e.severity) &&
    (e.path === undefined ||
      (f.path.length === e.path.length && f.path.every((p, i) => p === e.path![i]))) &&
    (e.ids === undefined ||
      (f.ids.length === e.ids.length && f.ids.every((id, i) => id === e.ids![i]))) &&
    (e.message === undefined || f.message.includes(e.message))
  );
}

/**
 * Asserts that the findings are exactly the expected ones (as a multiset,
 * in any order; only the given fields are compared). Throws an `Error` whose
 * message lists the missing and the unexpected findings.
 *
 * @param findings - What `validate` / `runRule` returned.
 * @param expected - One entry per expected finding.
 * @returns Nothing; throws on a mismatch.
 * @example
 * ```ts
 * import { expectFindings, runRule } from 'sokr/testing';
 * expectFindings(runRule(rule, set), [{ rule: 'link/anchor-required', ids: ['o2'], path: ['objectives', 1, 'links'] }]);
 * ```
 */
export function expectFindings(
  findings: readonly Finding[],
  expected: readonly ExpectedFinding[],
): void {
  const remaining = [...findings];
  const missing: ExpectedFinding[] = [];
  for (const e of expected) {
    const at = remaining.findIndex((f) => matches(f, e));
    if (at < 0) missing.push(e);
    else remaining.splice(at, 1);
  }
  if (missing.length === 0 && remaining.length === 0) return;
  const lines = [`expected ${expected.length} finding(s), got ${findings.length}:`];
  for (const e of missing) lines.push(`  - missing:    ${describeExpected(e)}`);
  for (const f of remaining) lines.push(`  + unexpected: ${describeFinding(f)}`);
  throw new Error(lines.join('\n'));
}

/**
 * Asserts that there are no findings (of one rule, when given). Throws an
 * `Error` listing the findings otherwise.
 *
 * @param findings - What `validate` / `runRule` returned.
 * @param rule - Only consider findings of this rule id.
 * @returns Nothing; throws when there is a finding.
 * @example
 * ```ts
 * import { buildSet, expectNoFindings } from 'sokr/testing';
 * import { validate } from 'sokr';
 * expectNoFindings(validate(buildSet({ objectives: [{}] })), 'link/anchor-required');
 * ```
 */
export function expectNoFindings(findings: readonly Finding[], rule?: string): void {
  const relevant = rule === undefined ? findings : findings.filter((f) => f.rule === rule);
  if (relevant.length === 0) return;
  throw new Error(
    [`expected no findings${rule === undefined ? '' : ` of ${rule}`}, got ${relevant.length}:`]
      .concat(relevant.map((f) => `  + ${describeFinding(f)}`))
      .join('\n'),
  );
}
