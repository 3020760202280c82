import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { authoringJsonSchema, normalizeOkrSet, okrSetJsonSchema } from '../../src/index.js';
import { starterTemplate } from '../../src/cli/starterTemplate.js';

const schema = authoringJsonSchema();
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
});
const validate = ajv.compile(schema);

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function errorsOf(doc: unknown): string[] {
  return validate(doc)
    ? []
    : (validate.errors ?? []).map((e) =>
        `${e.instancePath} ${e.keyword} ${e.message ?? ''}`.trim(),
      );
}

/** A fresh copy of the starter file's data. */
function starter(): Json {
  return parse(starterTemplate(2026));
}

type Node = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: reads JSON Schema documents of known shape
type Json = any;

/** Every property schema, with its path in the schema. */
function* properties(node: unknown, at: string): Generator<[string, Node]> {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* properties(node[i], `${at}[${i}]`);
    return;
  }
  const n = node as Node;
  if (typeof n['properties'] === 'object' && n['properties'] !== null) {
    for (const [key, value] of Object.entries(n['properties'] as Node)) {
      yield [`${at}.${key}`, value as Node];
      yield* properties(value, `${at}.${key}`);
    }
  }
  for (const key of ['items', 'anyOf', 'oneOf']) yield* properties(n[key], `${at}.${key}`);
}

describe('authoringJsonSchema', () => {
  it('is a draft 2020-12 schema that a real validator compiles in strict mode', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('sokr OKR file (authoring format)');
    expect(typeof validate).toBe('function');
  });

  it('accepts the file sokr init writes, and the YAML and JSON examples', () => {
    expect(errorsOf(starter())).toEqual([]);
    expect(errorsOf(parse(read('examples/acme.okr.yaml')))).toEqual([]);
    expect(errorsOf(JSON.parse(read('examples/acme.authoring.json')))).toEqual([]);
    // A flat OKR set is an authoring document too (every id given, nothing nested).
    expect(errorsOf(JSON.parse(read('examples/acme.okr.json')))).toEqual([]);
  });

  it('says what the library says about the same typos', () => {
    const typo = starter();
    typo.objectives[0].ownrId = 'ceo';
    delete typo.objectives[0].ownerId;
    expect(errorsOf(typo)).toEqual([
      '/objectives/0 additionalProperties must NOT have additional properties',
    ]);
    const kind = starter();
    kind.objectives[1].keyResults[0].measure.kind = 'milestones';
    expect(errorsOf(kind).length).toBeGreaterThan(0);
    expect(errorsOf(kind).every((e) => e.startsWith('/objectives/1/keyResults/0/measure'))).toBe(
      true,
    );
    const state = starter();
    state.objectives[0].state = 'done';
    expect(errorsOf(state)).toEqual([
      '/objectives/0/state enum must be equal to one of the allowed values',
    ]);
    const nested = starter();
    nested.objectives[0].keyResults[0].checkIns[0].confidence = 11;
    expect(errorsOf(nested)).toEqual([
      '/objectives/0/keyResults/0/checkIns/0/confidence maximum must be <= 10',
    ]);
    const untitled = starter();
    delete untitled.objectives[1].title;
    expect(errorsOf(untitled)).toEqual([
      "/objectives/1 required must have required property 'title'",
    ]);
    const date = starter();
    date.cycles[0].start = '2026-1-1';
    expect(errorsOf(date)).toEqual([
      '/cycles/0/start pattern must match pattern "' +
        ((schema as Json).properties.cycles.items.properties.start.pattern as string) +
        '"',
    ]);
    // Top-level key results still name their objective; nested ones need not.
    const top = starter();
    top.keyResults = [{ title: 'x', ownerId: 'ceo', measure: { kind: 'milestone' } }];
    expect(errorsOf(top)).toEqual([
      "/keyResults/0 required must have required property 'objectiveId'",
    ]);
    top.keyResults[0].objectiveId = 'delight-customers';
    expect(errorsOf(top)).toEqual([]);
    expect(normalizeOkrSet(top).ok).toBe(true);
  });

  it('describes every field with a description and examples, for help on hover', () => {
    const missing: string[] = [];
    for (const [path, property] of properties(schema, '')) {
      if (typeof property['description'] !== 'string' || property['description'] === '')
        missing.push(`${path}: description`);
      if (!Array.isArray(property['examples']) || property['examples'].length === 0)
        missing.push(`${path}: examples`);
    }
    // A new field needs a line in src/model/jsonSchemaDocs.ts (or a zod .meta()).
    expect(missing).toEqual([]);
  });

  it('offers enumerations as enums, so editors complete them', () => {
    const objective = (schema as Json).properties.objectives.items.properties;
    expect(objective.state.enum).toEqual(['draft', 'proposed', 'approved', 'active', 'closed']);
    expect(objective.commitment.enum).toEqual(['committed', 'aspirational']);
    const kinds = objective.keyResults.items.properties.measure.oneOf.map(
      (m: Json) => m.properties.kind.enum[0],
    );
    expect(kinds).toEqual(['metric', 'threshold', 'range', 'milestone', 'checklist', 'derived']);
    const links = objective.links.items.oneOf.flatMap((l: Json) => l.properties.kind.enum);
    expect(links).toEqual(['pillar', 'supports', 'strength', 'weakness', 'opportunity', 'threat']);
  });

  it('keeps ids optional where the authoring format derives them', () => {
    const p = (schema as Json).properties;
    expect(p.objectives.items.required).not.toContain('id');
    const kr = p.objectives.items.properties.keyResults.items;
    expect(kr.required).not.toContain('id');
    expect(kr.required).not.toContain('objectiveId');
    expect(kr.properties.checkIns.items.required).toEqual(['at', 'value']);
    expect(p.units.items.required).toEqual(['id', 'name']);
  });

  it('is shipped up to date as schema/authoring.json and schema/okr-set.json', () => {
    const hint =
      'regenerate: npx tsup --silent && node dist/cli.js schema --format authoring --out schema/authoring.json && node dist/cli.js schema --format flat --out schema/okr-set.json';
    expect(JSON.parse(read('schema/authoring.json')), hint).toEqual(schema);
    expect(JSON.parse(read('schema/okr-set.json')), hint).toEqual(okrSetJsonSchema());
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.exports['./schema/authoring.json']).toBe('./schema/authoring.json');
    expect(pkg.files).toContain('schema');
  });
});
