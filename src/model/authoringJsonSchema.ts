import { annotateJsonSchema } from './jsonSchemaDocs.js';
import { okrSetJsonSchema } from './okrSetJsonSchema.js';

type JsonNode = Record<string, unknown>;

/** `node.properties[name].items` of a JSON Schema built by `okrSetJsonSchema` (always there). */
function itemsOf(schema: JsonNode, name: string): JsonNode {
  const properties = schema['properties'] as Record<string, JsonNode>;
  return properties[name]!['items'] as JsonNode;
}

/** A copy of an object schema with `optional` no longer required. */
function loosen(schema: JsonNode, optional: readonly string[]): JsonNode {
  const copy = structuredClone(schema);
  const required = copy['required'];
  if (Array.isArray(required)) copy['required'] = required.filter((k) => !optional.includes(k));
  return copy;
}

/** Adds list properties (`keyResults: [ … ]`) to an object schema, after its own fields. */
function withLists(schema: JsonNode, lists: Record<string, JsonNode>): JsonNode {
  const properties = schema['properties'] as Record<string, unknown>;
  for (const [name, items] of Object.entries(lists)) properties[name] = { type: 'array', items };
  return schema;
}

/**
 * A JSON Schema (draft 2020-12) of the nested authoring format
 * ({@link AuthoringSet}), the format people write by hand and `sokr init`
 * writes: objectives may hold their `keyResults`, key results their `checkIns`
 * and `initiatives`, and the ids of those four kinds are optional (see
 * {@link normalizeOkrSet}); a nested item may leave out the id of what it is
 * nested in. Everything else is as in {@link okrSetJsonSchema}, from which it
 * is built: every field has a `description` and `examples` (shown by editors
 * on hover), enumerations are `enum`s (completed by editors), unknown fields
 * are not allowed.
 *
 * The package ships it as `sokr/schema/authoring.json` (the file
 * `node_modules/sokr/schema/authoring.json`), for the
 * `# yaml-language-server: $schema=…` line of an OKR file. Like the flat
 * schema it is looser than {@link normalizeOkrSet} where JSON Schema cannot
 * say a rule (references that resolve, calendar days that exist, …).
 *
 * @returns A fresh JSON Schema object (safe to modify).
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { authoringJsonSchema } from 'sokr';
 * writeFileSync('okr-file.schema.json', JSON.stringify(authoringJsonSchema(), null, 2));
 * ```
 */
export function authoringJsonSchema(): Record<string, unknown> {
  const flat = okrSetJsonSchema();
  const checkIn = itemsOf(flat, 'checkIns');
  const initiative = itemsOf(flat, 'initiatives');
  const keyResult = itemsOf(flat, 'keyResults');
  const objective = itemsOf(flat, 'objectives');

  const nestedLists = () => ({
    checkIns: loosen(checkIn, ['id', 'keyResultId']),
    initiatives: loosen(initiative, ['id', 'keyResultId']),
  });
  const nestedKeyResult = withLists(loosen(keyResult, ['id', 'objectiveId']), nestedLists());
  const properties = flat['properties'] as Record<string, JsonNode>;
  properties['objectives']!['items'] = withLists(loosen(objective, ['id']), {
    keyResults: nestedKeyResult,
  });
  properties['keyResults']!['items'] = withLists(loosen(keyResult, ['id']), nestedLists());
  properties['checkIns']!['items'] = loosen(checkIn, ['id']);
  properties['initiatives']!['items'] = loosen(initiative, ['id']);

  const schema: JsonNode = {
    ...flat,
    title: 'sokr OKR file (authoring format)',
    description:
      'An OKR file as people write it: objectives holding their key results, key results their check-ins and initiatives; ids of objectives, key results, check-ins and initiatives are optional (derived by sokr).',
  };
  annotateJsonSchema(schema, 'set');
  return schema;
}
