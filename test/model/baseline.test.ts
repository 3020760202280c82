import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  authoringJsonSchema,
  normalizeOkrSet,
  okrSetJsonSchema,
  parseOkrSet,
} from '../../src/index.js';
import { withChange } from './fixtures.js';

// keyResults[1] of the fixture is the metric kr-metric.
const MEASURE = ['keyResults', 1, 'measure'];

function compile(schema: object) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  return ajv.compile(schema);
}

describe('a baseline metric (start: null) in the model', () => {
  it('parses with start: null, unit and direction kept', () => {
    const r = parseOkrSet(
      withChange(MEASURE, {
        kind: 'metric',
        start: null,
        target: 100,
        unit: '%',
        direction: 'increase',
      }),
    );
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.keyResults[1]!.measure).toEqual({
        kind: 'metric',
        start: null,
        target: 100,
        unit: '%',
        direction: 'increase',
      });
  });

  it("refuses start: 'x' and a missing start", () => {
    const r = parseOkrSet(withChange(MEASURE, { kind: 'metric', start: 'x', target: 100 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toEqual([...MEASURE, 'start']);
    expect(parseOkrSet(withChange(MEASURE, { kind: 'metric', target: 100 })).ok).toBe(false);
  });

  it('refuses checkpoints and planned values on a baseline metric, not a plan curve', () => {
    const r = parseOkrSet(
      withChange(MEASURE, {
        kind: 'metric',
        start: null,
        target: 100,
        checkpoints: [{ value: 50, score: 0.5 }],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: 'invalid_value',
        path: [...MEASURE, 'checkpoints'],
      });
    const planned = withChange(MEASURE, { kind: 'metric', start: null, target: 100 });
    const kr = (planned['keyResults'] as Record<string, unknown>[])[1]!;
    kr['plan'] = [{ at: '2026-02-01', value: 50 }];
    const p = parseOkrSet(planned);
    expect(p.ok).toBe(false);
    if (!p.ok)
      expect(p.issues[0]).toMatchObject({ code: 'invalid_value', path: ['keyResults', 1, 'plan'] });
    kr['plan'] = 'back-loaded';
    expect(parseOkrSet(planned).ok).toBe(true);
  });

  it('is accepted by the authoring format and both JSON Schemas', () => {
    const doc = {
      version: 1,
      units: [{ id: 'co', name: 'Co' }],
      cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
      objectives: [
        {
          id: 'o',
          title: 'Keep customers',
          unitId: 'co',
          cycleId: 'q1',
          keyResults: [
            {
              id: 'nps',
              title: 'Raise NPS',
              ownerId: 'ann',
              measure: { kind: 'metric', start: null, target: 60 },
            },
          ],
        },
      ],
      people: [{ id: 'ann', name: 'Ann' }],
    };
    const r = normalizeOkrSet(doc);
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).toBe(true);
    const authoring = compile(authoringJsonSchema());
    expect(authoring(doc), JSON.stringify(authoring.errors)).toBe(true);
    const bad = structuredClone(doc);
    (bad.objectives[0]!.keyResults[0]!.measure as { start: unknown }).start = 'x';
    expect(authoring(bad)).toBe(false);
    if (r.ok) {
      const flat = compile(okrSetJsonSchema());
      expect(flat(r.value), JSON.stringify(flat.errors)).toBe(true);
    }
  });
});
