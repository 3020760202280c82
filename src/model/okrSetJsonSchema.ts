import * as z from 'zod'; // namespace import: tree-shakable (see schemas.ts)
import { annotateJsonSchema } from './jsonSchemaDocs.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './limits.js';
import { isWeightSchema } from './_schemaFields.js';
import { okrSchemas } from './schemas.js';

/**
 * ISO-8601 calendar date or date-time, as a JSON Schema `pattern`
 * (ECMA-262). It checks the shape and the ranges of each field; it cannot
 * check that the day exists in its month (`2026-02-30` matches).
 */
const ISO_DATE_PATTERN =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])' +
  '([T ]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?)?$';

/**
 * A JSON Schema (draft 2020-12) of the OKR set, for editors (completion and
 * checks in `*.okr.json` files) and for tools in other languages.
 *
 * It describes the input side: fields with defaults (`links`, `state`,
 * `commitment`, the set-level arrays, `version`…) are optional, and unknown
 * fields are not allowed (`additionalProperties: false`, like the default
 * `unknownKeys: 'reject'`). Dates carry a `pattern`; weights are 0 or within
 * [`MIN_WEIGHT`, `MAX_WEIGHT`]; a risk must name exactly
 * one of `keyResultId` / `objectiveId` (`oneOf`). Every field has a
 * `description` and `examples` (editors show them on hover), and every
 * enumeration is an `enum` (editors complete it). For the nested format people
 * write by hand, see {@link authoringJsonSchema}.
 *
 * It is looser than {@link parseOkrSet} in what JSON Schema cannot say:
 * calendar validity (`2026-02-30` matches the date pattern), a range's
 * `min ≤ max`, and every integrity rule of {@link checkIntegrity} (unique
 * ids, references that resolve, date order, the unit tree, check-in values
 * that fit their measure). Anything `parseOkrSet` accepts, the schema accepts.
 *
 * @returns A fresh JSON Schema object (safe to modify).
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { okrSetJsonSchema } from 'sokr';
 * writeFileSync('okr-set.schema.json', JSON.stringify(okrSetJsonSchema(), null, 2));
 * ```
 */
export function okrSetJsonSchema(): Record<string, unknown> {
  const schemas = okrSchemas();
  const schema = z.toJSONSchema(schemas.okrSet, {
    target: 'draft-2020-12',
    io: 'input',
    override(ctx) {
      const zodSchema: unknown = ctx.zodSchema;
      if (zodSchema === schemas.isoDate) {
        ctx.jsonSchema.pattern = ISO_DATE_PATTERN;
      } else if (isWeightSchema(zodSchema)) {
        // 0, or within [MIN_WEIGHT, MAX_WEIGHT]: at most MAX_WEIGHT, and not strictly between 0 and MIN_WEIGHT.
        ctx.jsonSchema.maximum = MAX_WEIGHT;
        ctx.jsonSchema.not = { exclusiveMinimum: 0, exclusiveMaximum: MIN_WEIGHT };
      } else if (zodSchema === schemas.risk) {
        ctx.jsonSchema.oneOf = [{ required: ['keyResultId'] }, { required: ['objectiveId'] }];
      }
    },
  }) as Record<string, unknown>;
  const out: Record<string, unknown> = {
    $schema: schema['$schema'],
    title: 'sokr OKR set',
    description:
      'One normalized OKR document: strategy, units, people, cycles, objectives, key results, check-ins, initiatives, dependencies and risks.',
    ...schema,
  };
  annotateJsonSchema(out, 'set');
  return out;
}
