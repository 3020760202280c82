// A namespace import, not `import { z }`: bundlers can then drop what sokr does not
// use, zod's locales among them (`z` is an object holding all of zod).
import * as z from 'zod';
import { buildKeyResultSchemas } from './_keyResultSchemas.js';
import { buildObjectiveSchemas } from './_objectiveSchemas.js';
import { buildOrganisationSchemas } from './_organisationSchemas.js';
import { buildSchemaFields } from './_schemaFields.js';
import type { ParseOptions } from './ParseOptions.js';
import {
  type CheckIn,
  type CheckInValue,
  type ChecklistItem,
  type Cycle,
  type Dependency,
  type Horizon,
  type Initiative,
  type IsoDate,
  type KeyResult,
  type Link,
  type Measure,
  OKR_SET_VERSION,
  type Objective,
  type OkrRef,
  type OkrSet,
  type Person,
  type Pillar,
  type Risk,
  type Strategy,
  type SwotItem,
  type Unit,
} from './types.js';
import { guardedRead } from './readingSet.js';

/**
 * The zod schemas of every entity of the OKR set, as returned by {@link okrSchemas}.
 *
 * Their output types are exactly the hand-written model types of `sokr`
 * (checked at compile time), with the documented defaults filled in:
 * objective `links: []`, `commitment: 'aspirational'`, `state: 'draft'`;
 * initiative `state: 'todo'`; dependency `state: 'proposed'`; every
 * set-level array `[]`, `strategy` `{ pillars: [] }`, `version` 1.
 *
 * The schemas check the structure of one value. Cross-entity rules
 * (duplicate ids, dangling references, the unit tree, check-in values
 * against their measure) are {@link checkIntegrity}'s job; use
 * {@link parseOkrSet} to get both plus sokr issue codes.
 */
export interface OkrSchemas {
  /** The whole OKR set. */
  okrSet: z.ZodType<OkrSet>;
  /** Mission, vision, values, pillars and SWOT. */
  strategy: z.ZodType<Strategy>;
  /** A strategic pillar. */
  pillar: z.ZodType<Pillar>;
  /** A SWOT item. */
  swotItem: z.ZodType<SwotItem>;
  /** A pillar horizon `{ start, end }`. */
  horizon: z.ZodType<Horizon>;
  /** A unit of the organisation tree. */
  unit: z.ZodType<Unit>;
  /** A person. */
  person: z.ZodType<Person>;
  /** A cycle (time box). */
  cycle: z.ZodType<Cycle>;
  /** One of the six LEAD anchors. */
  link: z.ZodType<Link>;
  /** `{ objectiveId }` or `{ keyResultId }` (exactly one). */
  okrRef: z.ZodType<OkrRef>;
  /** An objective. */
  objective: z.ZodType<Objective>;
  /** A measure (discriminated on `kind`). */
  measure: z.ZodType<Measure>;
  /** An item of a checklist measure. */
  checklistItem: z.ZodType<ChecklistItem>;
  /** A key result. */
  keyResult: z.ZodType<KeyResult>;
  /** The value of a check-in: a number, a boolean or a list of item ids. */
  checkInValue: z.ZodType<CheckInValue>;
  /** A check-in. */
  checkIn: z.ZodType<CheckIn>;
  /** An initiative. */
  initiative: z.ZodType<Initiative>;
  /** A cross-team dependency. */
  dependency: z.ZodType<Dependency>;
  /** A risk on a key result or an objective (exactly one of the two). */
  risk: z.ZodType<Risk>;
  /** An ISO-8601 calendar date or date-time that exists in the calendar. */
  isoDate: z.ZodType<IsoDate>;
}

let rejecting: OkrSchemas | undefined;
let keeping: OkrSchemas | undefined;

/**
 * The zod schemas of the OKR model, built on first use and memoized per
 * `unknownKeys` mode (importing sokr does not build them).
 *
 * With `unknownKeys: 'reject'` (default) every object is strict: each unknown
 * key is a zod `unrecognized_keys` issue. With `'keep'` objects are loose and
 * unknown keys are copied verbatim. Either way, prefer {@link parseOkrSet}:
 * it adds the integrity checks, `unsafe_key` / `not_json` detection and sokr
 * issue codes; these schemas are for composing sokr data into your own zod
 * schemas.
 *
 * @param options - `unknownKeys: 'reject' | 'keep'` (default `'reject'`).
 * @returns The schemas, the same object for every call with the same mode.
 * @example
 * ```ts
 * import { okrSchemas } from 'sokr';
 * const { keyResult } = okrSchemas();
 * const kr = keyResult.parse({
 *   id: 'kr1', objectiveId: 'o1', title: 'NPS 40', ownerId: 'p1',
 *   measure: { kind: 'metric', start: 20, target: 40 },
 * });
 * console.log(kr.measure.kind); // 'metric'
 * ```
 */
export function okrSchemas(options?: ParseOptions): OkrSchemas {
  return guardedRead('okrSchemas', () => {
    if (options?.unknownKeys === 'keep') return (keeping ??= buildSchemas(true));
    return (rejecting ??= buildSchemas(false));
  });
}

/** Builds the schemas; `keep` selects loose objects instead of strict ones. */
function buildSchemas(keep: boolean) {
  const fields = buildSchemaFields(keep);
  const { object, id, title, text, isoDate, timeZone } = fields;
  const { horizon, pillar, swotKind, swotItem, strategy, unit, person, cycle } =
    buildOrganisationSchemas(fields);
  const { link, okrRef, objective } = buildObjectiveSchemas(fields, swotKind, keep);
  const { checklistItem, measure, keyResult, checkInValue, checkIn } =
    buildKeyResultSchemas(fields);

  const initiative = object({
    id,
    keyResultId: id,
    title,
    ownerId: id.exactOptional(),
    state: z.enum(['todo', 'doing', 'done']).default('todo'),
    due: isoDate.exactOptional(),
  });

  const dependency = object({
    id,
    from: okrRef,
    on: okrRef,
    state: z.enum(['proposed', 'accepted', 'declined']).default('proposed'),
    note: text.exactOptional(),
    decidedAt: isoDate.exactOptional(),
  });

  const riskLevel = z.enum(['low', 'medium', 'high']);
  const risk = object({
    id,
    keyResultId: id.exactOptional(),
    objectiveId: id.exactOptional(),
    title,
    likelihood: riskLevel,
    impact: riskLevel,
    mitigation: text.exactOptional(),
  }).superRefine((value, ctx) => {
    const hasKr = value.keyResultId !== undefined;
    const hasObjective = value.objectiveId !== undefined;
    if (hasKr && hasObjective) {
      ctx.addIssue({
        code: 'custom',
        path: ['objectiveId'],
        message:
          'a risk belongs to a key result or an objective: give keyResultId or objectiveId, not both',
        params: { sokr: 'invalid_value' },
      });
    } else if (!hasKr && !hasObjective) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a risk needs keyResultId or objectiveId (exactly one of the two)',
        params: { sokr: 'missing' },
      });
    }
  });

  const okrSet = object({
    version: z
      .literal(OKR_SET_VERSION, { error: `must be ${OKR_SET_VERSION}` })
      .default(OKR_SET_VERSION),
    timeZone: timeZone.exactOptional(),
    strategy: strategy.default(() => ({ pillars: [] })),
    units: z.array(unit).default(() => []),
    people: z.array(person).default(() => []),
    cycles: z.array(cycle).default(() => []),
    objectives: z.array(objective).default(() => []),
    keyResults: z.array(keyResult).default(() => []),
    checkIns: z.array(checkIn).default(() => []),
    initiatives: z.array(initiative).default(() => []),
    dependencies: z.array(dependency).default(() => []),
    risks: z.array(risk).default(() => []),
  });

  return {
    okrSet,
    strategy,
    pillar,
    swotItem,
    horizon,
    unit,
    person,
    cycle,
    link,
    okrRef,
    objective,
    measure,
    checklistItem,
    keyResult,
    checkInValue,
    checkIn,
    initiative,
    dependency,
    risk,
    isoDate,
  } satisfies OkrSchemas;
}

// Compile-time check: the (strict) schemas produce exactly the hand-written
// model types, so types.ts and the schemas cannot drift apart.
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type Built = ReturnType<typeof buildSchemas>;
type Out<K extends keyof Built> = z.output<Built[K]>;
type _SchemasMatchTypes = [
  Assert<Equals<Out<'okrSet'>, OkrSet>>,
  Assert<Equals<Out<'strategy'>, Strategy>>,
  Assert<Equals<Out<'pillar'>, Pillar>>,
  Assert<Equals<Out<'swotItem'>, SwotItem>>,
  Assert<Equals<Out<'horizon'>, Horizon>>,
  Assert<Equals<Out<'unit'>, Unit>>,
  Assert<Equals<Out<'person'>, Person>>,
  Assert<Equals<Out<'cycle'>, Cycle>>,
  Assert<Equals<Out<'link'>, Link>>,
  Assert<Equals<Out<'okrRef'>, OkrRef>>,
  Assert<Equals<Out<'objective'>, Objective>>,
  Assert<Equals<Out<'measure'>, Measure>>,
  Assert<Equals<Out<'checklistItem'>, ChecklistItem>>,
  Assert<Equals<Out<'keyResult'>, KeyResult>>,
  Assert<Equals<Out<'checkInValue'>, CheckInValue>>,
  Assert<Equals<Out<'checkIn'>, CheckIn>>,
  Assert<Equals<Out<'initiative'>, Initiative>>,
  Assert<Equals<Out<'dependency'>, Dependency>>,
  Assert<Equals<Out<'risk'>, Risk>>,
  Assert<Equals<Out<'isoDate'>, IsoDate>>,
];
