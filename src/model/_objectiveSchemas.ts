/**
 * Private to `okrSchemas`: the schemas of objectives and of what points at
 * them — the LEAD links and the `{ objectiveId }` / `{ keyResultId }` reference.
 *
 * @module
 */
import * as z from 'zod';
import type { OrganisationSchemas } from './_organisationSchemas.js';
import type { SchemaFields } from './_schemaFields.js';

/**
 * Builds the link, reference and objective schemas from one mode's fields.
 *
 * @param fields - The field schemas and object factory of the mode.
 * @param swotKind - The SWOT kind enum of the strategy schemas (a link's `kind`).
 * @param keep - True in the `unknownKeys: 'keep'` mode (a reference then checks for both keys itself).
 * @returns The schemas.
 */
export function buildObjectiveSchemas(
  { object, id, title, text, weight }: SchemaFields,
  swotKind: OrganisationSchemas['swotKind'],
  keep: boolean,
) {
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

  return { link, okrRef, objective };
}
