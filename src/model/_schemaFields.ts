/**
 * Private to `okrSchemas`: the field schemas every entity schema is made of —
 * ids, titles, plain text and numbers, weights, confidences, ISO dates, the
 * time zone — and the object factory of the `unknownKeys` mode. Built once per
 * mode, so the entity schemas of one mode share the same field schemas.
 *
 * @module
 */
// A namespace import, not `import { z }`: bundlers can then drop what sokr does not
// use, zod's locales among them (`z` is an object holding all of zod).
import * as z from 'zod';
import { parseIsoDate } from '../_lib/date.js';
import { isTimeZone } from '../_lib/zonedDay.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './limits.js';

/** The weight schemas built so far (one per mode), for `okrSetJsonSchema`. Internal. */
const WEIGHT_SCHEMAS: unknown[] = [];

/**
 * True for the schema of `weight` fields (0, or within [MIN_WEIGHT, MAX_WEIGHT]). Internal.
 *
 * @param schema - A schema met while converting the zod schemas to JSON Schema.
 * @returns Whether it is the weight schema of either `unknownKeys` mode.
 */
export function isWeightSchema(schema: unknown): boolean {
  return WEIGHT_SCHEMAS.includes(schema);
}

/** `1e9` rather than `1000000000` in messages. */
function shortNumber(n: number): string {
  return Math.abs(n) >= 1e6 ? n.toExponential().replace('e+', 'e') : String(n);
}

function isValidIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** The field schemas and object factory of one mode, as {@link buildSchemaFields} returns them. */
export type SchemaFields = ReturnType<typeof buildSchemaFields>;

/**
 * Builds the field schemas; `keep` selects loose objects instead of strict ones.
 *
 * @param keep - True for `unknownKeys: 'keep'` (loose objects), false for `'reject'`.
 * @returns The object factory and the field schemas.
 */
export function buildSchemaFields(keep: boolean) {
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

  return { object, id, title, text, number, weight, confidence, isoDate, timeZone };
}
