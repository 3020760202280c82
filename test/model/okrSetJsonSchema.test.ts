import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { okrSetJsonSchema, parseOkrSet } from '../../src/index.js';
import { REMOVE, validInput, withChange } from './fixtures.js';

type Schema = Record<string, unknown>;

/**
 * A tiny JSON Schema validator for exactly the keywords okrSetJsonSchema()
 * produces (no validator package is installed). Unknown keywords fail the
 * test, so the schema cannot grow a keyword this validator silently ignores.
 * Returns the JSON-pointer-ish paths of the failures.
 */
function validate(schema: Schema, value: unknown, path = '', errors: string[] = []): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN.has(keyword)) throw new Error(`validator does not know the keyword ${keyword}`);
  }
  const fail = (why: string) => errors.push(`${path || '/'}: ${why}`);
  const type = schema['type'];
  // A type list (["number", "null"]: a nullable field) passes when one of them does.
  const types = (Array.isArray(type) ? type : [type]) as string[];
  if (type !== undefined && !types.some((t) => hasType(value, t))) {
    fail(`not ${types.join(' or ')}`);
    return errors;
  }
  if ('const' in schema && value !== schema['const']) fail('const');
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) fail('enum');
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength'])
      fail('minLength');
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      fail('pattern');
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) fail('minimum');
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) fail('maximum');
    if (typeof schema['exclusiveMinimum'] === 'number' && value <= schema['exclusiveMinimum'])
      fail('exclusiveMinimum');
    if (typeof schema['exclusiveMaximum'] === 'number' && value >= schema['exclusiveMaximum'])
      fail('exclusiveMaximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      fail('minItems');
    if (schema['items'] !== undefined) {
      for (let i = 0; i < value.length; i++)
        validate(schema['items'] as Schema, value[i], `${path}/${i}`, errors);
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[])
      if (!(key in object)) fail(`required ${key}`);
    for (const [key, v] of Object.entries(object)) {
      if (Object.hasOwn(properties, key)) validate(properties[key]!, v, `${path}/${key}`, errors);
      else if (schema['additionalProperties'] === false) fail(`additional property ${key}`);
    }
  }
  if (
    Array.isArray(schema['anyOf']) &&
    !schema['anyOf'].some((s) => validate(s as Schema, value, path).length === 0)
  ) {
    fail('anyOf');
  }
  if (schema['not'] !== undefined && validate(schema['not'] as Schema, value, path).length === 0)
    fail('not');
  if (Array.isArray(schema['oneOf'])) {
    const passing = schema['oneOf'].filter(
      (s) => validate(s as Schema, value, path).length === 0,
    ).length;
    if (passing !== 1) fail(`oneOf (${passing} match)`);
  }
  return errors;
}

const KNOWN = new Set([
  '$schema',
  'title',
  'description',
  'examples',
  'default',
  'type',
  'const',
  'enum',
  'minLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'not',
]);

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

const schema = okrSetJsonSchema();
const examplePath = new URL('../../examples/acme.okr.json', import.meta.url);

describe('okrSetJsonSchema', () => {
  it('is a draft 2020-12 schema of a closed object with every part of the set', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['type']).toBe('object');
    expect(schema['additionalProperties']).toBe(false);
    expect(Object.keys(schema['properties'] as object)).toEqual([
      'version',
      'timeZone',
      'strategy',
      'units',
      'people',
      'cycles',
      'objectives',
      'keyResults',
      'checkIns',
      'initiatives',
      'dependencies',
      'risks',
    ]);
    // Input side: defaults make fields optional.
    expect(schema['required'] ?? []).toEqual([]);
  });

  it('returns a fresh object every time', () => {
    const a = okrSetJsonSchema();
    a['title'] = 'changed';
    expect(okrSetJsonSchema()['title']).toBe('sokr OKR set');
  });

  it('accepts the valid fixture and the bundled example', () => {
    expect(validate(schema, validInput())).toEqual([]);
    expect(validate(schema, {})).toEqual([]);
    if (existsSync(examplePath))
      expect(validate(schema, JSON.parse(readFileSync(examplePath, 'utf8')))).toEqual([]);
  });

  it('rejects broken sets, at the broken place', () => {
    const broken: Array<[ReadonlyArray<string | number>, unknown, string]> = [
      [['units', 1, 'name'], REMOVE, '/units/1: required name'],
      [['units', 1, 'colour'], 'red', '/units/1: additional property colour'],
      [['version'], 2, '/version: const'],
      [['objectives', 0, 'state'], 'done', '/objectives/0/state: enum'],
      [['keyResults', 1, 'weight'], -1, '/keyResults/1/weight: minimum'],
      [['keyResults', 1, 'weight'], 1e308, '/keyResults/1/weight: maximum'],
      [['keyResults', 1, 'weight'], 5e-324, '/keyResults/1/weight: not'],
      [['checkIns', 0, 'confidence'], 11, '/checkIns/0/confidence: maximum'],
      [['cycles', 0, 'start'], '2026-1-1', '/cycles/0/start: pattern'],
      [['cycles', 0, 'start'], '2026-13-01', '/cycles/0/start: pattern'],
      [['people', 0, 'id'], '', '/people/0/id: minLength'],
      [['keyResults', 5, 'measure', 'items'], [], '/keyResults/5/measure: oneOf (0 match)'],
      [['keyResults', 1, 'measure', 'kind'], 'formula', '/keyResults/1/measure: oneOf (0 match)'],
      [['risks', 0, 'objectiveId'], 'o-eng', '/risks/0: oneOf (2 match)'],
      [['risks', 1, 'objectiveId'], REMOVE, '/risks/1: oneOf (0 match)'],
      [['checkIns', 0, 'value'], 'lots', '/checkIns/0/value: anyOf'],
      [
        ['dependencies', 0, 'from'],
        { objectiveId: 'a', keyResultId: 'b' },
        '/dependencies/0/from: anyOf',
      ],
      [['units'], {}, '/units: not array'],
    ];
    for (const [path, value, expected] of broken) {
      const input = withChange(path, value);
      expect(validate(schema, input), path.join('.')).toContain(expected);
      expect(parseOkrSet(input).ok).toBe(false);
    }
  });

  it('is looser than parseOkrSet only where documented (calendar days, min ≤ max, integrity)', () => {
    const looser = [
      withChange(['cycles', 0, 'end'], '2026-02-30'),
      withChange(['keyResults', 3, 'measure', 'min'], 1000),
      withChange(['units', 1, 'parentId'], 'ghost'),
    ];
    for (const input of looser) {
      expect(validate(schema, input)).toEqual([]);
      expect(parseOkrSet(input).ok).toBe(false);
    }
  });

  it('accepts whatever parseOkrSet accepts, and rejects structurally only what it rejects (property)', () => {
    const paths: Array<Array<string | number>> = [];
    const collect = (v: unknown, p: Array<string | number>) => {
      paths.push(p);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) collect(v[i], [...p, i]);
      } else if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v)) collect(x, [...p, k]);
    };
    collect(validInput(), []);
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        REMOVE,
        '',
        -1,
        0,
        11,
        1e9,
        1e-9,
        2e9,
        1e-10,
        5e-324,
        1e308,
        '2026-02-30',
        '2026-04-01T10:00:00Z',
        'o-grow',
        'kr-metric',
        'ghost',
      ),
    );
    const integrityCodes = new Set([
      'duplicate_id',
      'dangling_reference',
      'date_order',
      'unit_tree',
      'reference_loop',
      'value_mismatch',
      'invalid_date',
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), value, (path, v) => {
        const input = withChange(path, v);
        const parsed = parseOkrSet(input);
        const errors = validate(schema, input);
        if (parsed.ok) expect(errors).toEqual([]);
        else if (errors.length === 0) {
          for (const issue of parsed.issues) {
            const documented =
              integrityCodes.has(issue.code) ||
              (issue.code === 'invalid_value' &&
                ['kind', 'max'].includes(String(issue.path[issue.path.length - 1])));
            expect(documented, JSON.stringify(issue)).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  }, 180_000);
});
