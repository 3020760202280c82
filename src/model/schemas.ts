// A namespace import, not `import { z }`: bundlers can then drop what sokr does not
// use, zod's locales among them (`z` is an object holding all of zod).
import * as z from 'zod';
import { parseIsoDate } from '../_lib/date.js';
import { isTimeZone } from '../_lib/zonedDay.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './limits.js';
import { checkpointIssue } from './checkpointIssue.js';
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

/** The weight schemas built so far (one per mode), for `okrSetJsonSchema`. Internal. */
const WEIGHT_SCHEMAS: unknown[] = [];

/** True for the schema of `weight` fields (0, or within [MIN_WEIGHT, MAX_WEIGHT]). Internal. */
export function isWeightSchema(schema: unknown): boolean {
  return WEIGHT_SCHEMAS.includes(schema);
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
  if (options?.unknownKeys === 'keep') return (keeping ??= buildSchemas(true));
  return (rejecting ??= buildSchemas(false));
}

const SWOT_KINDS = ['strength', 'weakness', 'opportunity', 'threat'] as const;

/** `1e9` rather than `1000000000` in messages. */
function shortNumber(n: number): string {
  return Math.abs(n) >= 1e6 ? n.toExponential().replace('e+', 'e') : String(n);
}

function isValidIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** Builds the schemas; `keep` selects loose objects instead of strict ones. */
function buildSchemas(keep: boolean) {
  // Both factories take the same shapes; the loose one only adds an index
  // signature to the output type, which the public `OkrSchemas` hides.
  const object = (keep ? z.looseObject : z.strictObject) as typeof z.strictObject;

  const id = z.string().min(1, { error: 'must not be empty' });
  const title = z.string().min(1, { error: 'must not be empty' });
  const text = z.string();
  const number = z.number();
  // 0, or within [MIN_WEIGHT, MAX_WEIGHT]: a weighted mean can then neither
  // overflow (two weights of 1e308) nor underflow (two of 5e-324) to 0 / 0.
  const weight = z
    .number()
    .min(0, { error: 'must be 0 or more' })
    .superRefine((w, ctx) => {
      if (w > MAX_WEIGHT || (w > 0 && w < MIN_WEIGHT)) {
        ctx.addIssue({
          code: 'custom',
          message: `must be 0 or between ${shortNumber(MIN_WEIGHT)} and ${shortNumber(MAX_WEIGHT)}, got ${shortNumber(w)}`,
          params:
            w > MAX_WEIGHT
              ? { sokr: 'too_big', maximum: MAX_WEIGHT }
              : { sokr: 'too_small', minimum: MIN_WEIGHT },
        });
      }
    });
  WEIGHT_SCHEMAS.push(weight);
  const confidence = z
    .number()
    .min(0, { error: 'must be between 0 and 10' })
    .max(10, { error: 'must be between 0 and 10' });
  const isoDate = z.string().refine(isValidIsoDate, {
    error: 'must be an ISO-8601 date that exists, like 2026-03-31 or 2026-03-31T09:00:00Z',
    params: { sokr: 'invalid_date' },
  });

  const timeZone = z
    .string()
    .refine(isTimeZone, {
      error: "must be an IANA time zone this runtime knows, like 'UTC' or 'America/Los_Angeles'",
      params: { sokr: 'invalid_value' },
    })
    .meta({
      description:
        "The organisation's IANA time zone (default 'UTC'): date-only strings are calendar days there.",
    });

  const horizon = object({ start: isoDate, end: isoDate });
  const pillar = object({
    id,
    title,
    description: text.exactOptional(),
    horizon: horizon.exactOptional(),
  });
  const swotKind = z.enum(SWOT_KINDS);
  const swotItem = object({
    id,
    kind: swotKind,
    title,
    unitId: id.exactOptional(),
    description: text.exactOptional(),
  });
  const strategy = object({
    id: id.exactOptional(),
    mission: text.exactOptional(),
    vision: text.exactOptional(),
    values: z.array(text).exactOptional(),
    pillars: z.array(pillar).default(() => []),
    swot: z.array(swotItem).exactOptional(),
  });

  const unit = object({
    id,
    name: title,
    parentId: id.exactOptional(),
    leadId: id.exactOptional(),
  });
  const person = object({ id, name: title, unitId: id.exactOptional() });
  const cycle = object({
    id,
    name: title,
    start: isoDate,
    end: isoDate,
    parentId: id.exactOptional(),
  });

  const link = z.discriminatedUnion('kind', [
    object({ kind: z.literal('pillar'), pillarId: id }),
    object({ kind: z.literal('supports'), objectiveId: id }),
    object({ kind: swotKind, swotId: id }),
  ]);

  const objectiveRef = object({ objectiveId: id });
  const keyResultRef = object({ keyResultId: id });
  const okrRefUnion = z.union([objectiveRef, keyResultRef], {
    error: 'must be { objectiveId } or { keyResultId } (exactly one of the two)',
  });
  // Strict objects already reject a reference with both keys; loose ones would
  // take the first branch and keep the other id as an unknown key.
  const okrRef = keep
    ? okrRefUnion.superRefine((ref, ctx) => {
        if ('objectiveId' in ref && 'keyResultId' in ref) {
          ctx.addIssue({
            code: 'custom',
            path: ['keyResultId'],
            message: 'give exactly one of objectiveId or keyResultId, not both',
            params: { sokr: 'invalid_value' },
          });
        }
      })
    : okrRefUnion;

  const objective = object({
    id,
    title,
    description: text.exactOptional(),
    unitId: id,
    cycleId: id,
    ownerId: id.exactOptional(),
    parent: okrRef.exactOptional(),
    links: z.array(link).default(() => []),
    commitment: z.enum(['committed', 'aspirational']).default('aspirational'),
    weight: weight.exactOptional(),
    state: z.enum(['draft', 'proposed', 'approved', 'active', 'closed']).default('draft'),
    approvedBy: id.exactOptional(),
    carriedFrom: id.exactOptional(),
    finalScore: z
      .number()
      .min(0, { error: 'must be between 0 and 1' })
      .max(1, { error: 'must be between 0 and 1' })
      .exactOptional(),
    finalScoreReason: title.exactOptional(),
  });

  const checklistItem = object({ id, title });
  const measure = z.discriminatedUnion('kind', [
    object({
      kind: z.literal('metric'),
      start: number.nullable(),
      target: number,
      unit: text.exactOptional(),
      direction: z.enum(['increase', 'decrease']).exactOptional(),
      checkpoints: z.array(object({ value: number, score: number })).exactOptional(),
    }).superRefine((metric, ctx) => {
      if (metric.checkpoints === undefined) return;
      const problem = checkpointIssue(metric.start, metric.target, metric.checkpoints);
      if (problem !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...problem.path],
          message: problem.message,
          params: { sokr: 'invalid_value' },
        });
      }
    }),
    object({
      kind: z.literal('threshold'),
      mode: z.enum(['atLeast', 'atMost']),
      value: number,
      unit: text.exactOptional(),
    }),
    object({
      kind: z.literal('range'),
      min: number,
      max: number,
      unit: text.exactOptional(),
    }).superRefine((range, ctx) => {
      if (range.min > range.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: `must be at least min (${range.min})`,
          params: { sokr: 'invalid_value' },
        });
      }
    }),
    object({ kind: z.literal('milestone') }),
    object({
      kind: z.literal('checklist'),
      items: z.array(checklistItem).min(1, { error: 'needs at least one item' }),
    }),
    object({ kind: z.literal('derived') }),
  ]);

  const keyResult = object({
    id,
    objectiveId: id,
    title,
    description: text.exactOptional(),
    ownerId: id,
    weight: weight.exactOptional(),
    due: isoDate.exactOptional(),
    measure,
    confidence: confidence.exactOptional(),
    plan: z
      .union([
        z.enum(['linear', 'front-loaded', 'back-loaded', 's-curve', 'step']),
        z
          .array(object({ at: isoDate, value: number }))
          .min(1, { error: 'needs at least one point' }),
      ])
      .exactOptional(),
  }).superRefine((kr, ctx) => {
    // Planned values are in the unit of a start that a baseline metric does not know yet.
    if (kr.measure.kind === 'metric' && kr.measure.start === null && Array.isArray(kr.plan)) {
      ctx.addIssue({
        code: 'custom',
        path: ['plan'],
        message:
          'A baseline metric (start: null) takes a plan curve, not planned values: they are relative to a start the first check-in sets.',
        params: { sokr: 'invalid_value' },
      });
    }
  });

  const checkInValue = z.union([number, z.boolean(), z.array(text)], {
    error: 'must be a number, a boolean or a list of checklist item ids',
  });
  const checkIn = object({
    id,
    keyResultId: id,
    at: isoDate,
    value: checkInValue,
    confidence: confidence.exactOptional(),
    moved: text.exactOptional(),
    blocked: text.exactOptional(),
    next: text.exactOptional(),
    authorId: id.exactOptional(),
  });

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
