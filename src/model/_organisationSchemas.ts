/**
 * Private to `okrSchemas`: the schemas of the organisation's context — the
 * strategy (pillars with their horizon, SWOT items), units, people and cycles.
 *
 * @module
 */
import * as z from 'zod';
import type { SchemaFields } from './_schemaFields.js';

const SWOT_KINDS = ['strength', 'weakness', 'opportunity', 'threat'] as const;

/** The schemas {@link buildOrganisationSchemas} returns. */
export type OrganisationSchemas = ReturnType<typeof buildOrganisationSchemas>;

/**
 * Builds the strategy, unit, person and cycle schemas from one mode's fields.
 *
 * @param fields - The field schemas and object factory of the mode.
 * @returns The schemas, and the SWOT kind enum the link schema reuses.
 */
export function buildOrganisationSchemas({ object, id, title, text, isoDate }: SchemaFields) {
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

  return { horizon, pillar, swotKind, swotItem, strategy, unit, person, cycle };
}
