/**
 * Private to `okrSchemas`: the schemas of key results and what measures them —
 * the measure kinds (with their own consistency checks), the plan, checklist
 * items and check-ins with their value.
 *
 * @module
 */
import * as z from 'zod';
import { checkpointIssue } from './checkpointIssue.js';
import type { SchemaFields } from './_schemaFields.js';

/**
 * Builds the measure, key result and check-in schemas from one mode's fields.
 *
 * @param fields - The field schemas and object factory of the mode.
 * @returns The schemas.
 */
export function buildKeyResultSchemas({
  object,
  id,
  title,
  text,
  number,
  weight,
  confidence,
  isoDate,
}: SchemaFields) {
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

  return { checklistItem, measure, keyResult, checkInValue, checkIn };
}
