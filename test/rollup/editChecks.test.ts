// The scorer's edits (applyCheckIn, setMeasure) refuse what parseOkrSet refuses in a
// check-in or a measure, with zod-free checks (the scorer is bundled without the
// parser): the same fields, the same codes, and a refused edit changes nothing.
import { describe, expect, it } from 'vitest';
import {
  type CheckIn,
  createScorer,
  isSokrError,
  type Measure,
  type OkrSet,
  parseOkrSet,
  rollup,
} from '../../src/index.js';
import { okrSchemas } from '../../src/model/schemas.js';
import {
  CHECK_IN_KEYS,
  CHECKLIST_ITEM_KEYS,
  CHECKPOINT_KEYS,
  MEASURE_KEYS,
} from '../../src/rollup/_editChecks.js';
import { AS_OF, checkIn, keyResult, objective, okrSet } from './_fixtures.js';

/** k1 has a check-in (40 of 0→100); k2 none, so any valid measure fits it. */
const set: OkrSet = okrSet({
  objectives: [objective('o1')],
  keyResults: [keyResult('k1', 'o1'), keyResult('k2', 'o1')],
  checkIns: [checkIn('c1', 'k1', 40)],
});

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isSokrError(error)) return error.issues;
    throw error; // anything but a SokrError fails the test
  }
  return undefined;
}

/**
 * The issues parseOkrSet reports about the last check-in / k2's measure, paths
 * relative to it. A field set to `undefined` is left out first: in an input it
 * counts as omitted (as for `recordCheckIn`), and JSON has no `undefined`.
 */
function parserIssuesOfCheckIn(ci: Record<string, unknown>) {
  const json = Object.fromEntries(Object.entries(ci).filter(([, v]) => v !== undefined));
  const result = parseOkrSet({ ...set, checkIns: [...set.checkIns, json] });
  if (result.ok) return undefined;
  return result.issues.map((i) => ({ path: i.path.slice(2), code: i.code }));
}
function parserIssuesOfMeasure(measure: unknown) {
  const keyResults = set.keyResults.map((k) => (k.id === 'k2' ? { ...k, measure } : k));
  const result = parseOkrSet({ ...set, keyResults });
  if (result.ok) return undefined;
  return result.issues.map((i) => ({ path: ['measure', ...i.path.slice(3)], code: i.code }));
}

const base = { id: 'n1', keyResultId: 'k1', at: '2026-02-15', value: 55 };

/** Check-ins the parser refuses for their shape, and a few it accepts. */
const CHECK_INS: Record<string, unknown>[] = [
  base,
  { ...base, confidence: 0, moved: '', blocked: 'x', next: 'y', authorId: 'ann' },
  { ...base, confidence: 10 },
  { id: 'n1', keyResultId: 'k1', at: '2026-02-15' }, // no value (the audit's case)
  { ...base, value: undefined },
  { ...base, confidence: undefined, moved: undefined },
  { ...base, confidence: -1e308 },
  { ...base, confidence: 11 },
  { ...base, confidence: Number.NaN },
  { ...base, confidence: 'banana' },
  { ...base, confidence: null },
  { ...base, confidnce: 3 },
  { ...base, colour: 'red' },
  { ...base, id: '' },
  { ...base, id: 7 },
  { ...base, keyResultId: '' },
  { ...base, moved: 5 },
  { ...base, next: null },
  { ...base, authorId: '' },
  { ...base, authorId: 3 },
  { id: 'n1', keyResultId: 'k1', value: 55 },
  { ...base, at: 20260215 },
  { ...base, id: '', moved: 5, confidence: 12 },
];

/** Measures (for k2, which has no check-in) the parser refuses, and a few it accepts. */
const MEASURES: unknown[] = [
  { kind: 'metric', start: 0, target: 10 },
  { kind: 'metric', start: 0, target: 10, unit: '%', direction: 'decrease' },
  { kind: 'metric', start: 0, target: 10, checkpoints: [{ value: 5, score: 0.2 }] },
  { kind: 'threshold', mode: 'atMost', value: 3, unit: 'ms' },
  { kind: 'range', min: 0, max: 0 },
  { kind: 'checklist', items: [{ id: 'a', title: 'A' }] },
  { kind: 'milestone' },
  { kind: 'derived' },
  { kind: 'threshold', mode: 'sideways', value: 3 },
  { kind: 'threshold', mode: 'atleast', value: 3 },
  { kind: 'threshold', value: 3 },
  { kind: 'range', min: 10, max: 0 },
  { kind: 'range', min: 0, max: 10, foo: 1 },
  { kind: 'metric', start: 0, target: 10, direction: 'up' },
  { kind: 'metric', start: 0, target: 10, unit: 5 },
  { kind: 'metric', start: 0, target: 10, tagret: 3 },
  { kind: 'metric', start: 0, target: 10, checkpoints: [{ value: 5, score: 0.2, note: 'x' }] },
  { kind: 'checklist', items: [] },
  { kind: 'checklist', items: [{ id: 'a' }] },
  { kind: 'checklist', items: [{ id: '', title: 'A' }] },
  { kind: 'checklist', items: [5] },
  { kind: 'checklist', items: [{ id: 'a', title: 'A', done: true }] },
  {
    kind: 'checklist',
    items: [
      { id: 'a', title: 'A' },
      { id: 'a', title: 'B' },
    ],
  },
  { kind: 'milestone', x: 1 },
  { kind: 'derived', weight: 2 },
];

describe('the edit checks follow the model schemas', () => {
  it('know exactly the fields of a check-in, of each measure kind, of a checklist item and a checkpoint', () => {
    // Internals of zod v4 read to keep the zod-free lists equal to the schemas.
    const schemas = okrSchemas() as unknown as {
      checkIn: { shape: object };
      checklistItem: { shape: object };
      measure: { options: { shape: Record<string, unknown> }[] };
    };
    expect([...CHECK_IN_KEYS].sort()).toEqual(Object.keys(schemas.checkIn.shape).sort());
    expect([...CHECKLIST_ITEM_KEYS].sort()).toEqual(
      Object.keys(schemas.checklistItem.shape).sort(),
    );
    const kinds: Record<string, string[]> = {};
    for (const option of schemas.measure.options) {
      const kind = (option.shape['kind'] as { value?: string; _zod: { def: { values: string[] } } })
        ._zod.def.values[0]!;
      kinds[kind] = Object.keys(option.shape).sort();
    }
    expect(
      Object.fromEntries(Object.entries(MEASURE_KEYS).map(([k, v]) => [k, [...v].sort()])),
    ).toEqual(kinds);
    const checkpoints = schemas.measure.options[0]!.shape['checkpoints'] as {
      unwrap(): { element: { shape: object } };
    };
    expect([...CHECKPOINT_KEYS].sort()).toEqual(
      Object.keys(checkpoints.unwrap().element.shape).sort(),
    );
  });
});

describe('applyCheckIn refuses what parseOkrSet refuses in a check-in', () => {
  it('accepts and refuses the same check-ins, with the same paths and codes', () => {
    for (const ci of CHECK_INS) {
      const scorer = createScorer(set, { asOf: AS_OF });
      const before = scorer.snapshot();
      const parser = parserIssuesOfCheckIn(ci);
      const ours = issuesOf(() => scorer.applyCheckIn(ci as unknown as CheckIn));
      expect(
        ours?.map((i) => ({ path: i.path, code: i.code })),
        JSON.stringify(ci),
      ).toEqual(parser);
      if (ours !== undefined) expect(scorer.snapshot()).toEqual(before);
    }
  });

  it('keeps the score of a key result when a check-in without a value is refused', () => {
    const scorer = createScorer(set, { asOf: AS_OF });
    expect(
      issuesOf(() =>
        scorer.applyCheckIn({ id: 'x', keyResultId: 'k1', at: '2026-02-15' } as CheckIn),
      ),
    ).toEqual([
      {
        path: ['value'],
        code: 'missing',
        message:
          "A check-in's value is required: a number, a boolean or a list of checklist item ids.",
        expected: 'number | boolean | array',
      },
    ]);
    expect(scorer.keyResult('k1')).toMatchObject({ score: 0.4, value: 40 });
    expect(scorer.snapshot()).toEqual(rollup(set, { asOf: AS_OF }));
  });

  it('names the data of each problem (confidence range, unknown field with a suggestion)', () => {
    const scorer = createScorer(set, { asOf: AS_OF });
    expect(issuesOf(() => scorer.applyCheckIn({ ...base, confidence: -1e308 }))).toEqual([
      expect.objectContaining({
        path: ['confidence'],
        code: 'invalid_value',
        received: -1e308,
        minimum: 0,
        maximum: 10,
      }),
    ]);
    expect(issuesOf(() => scorer.applyCheckIn({ ...base, confidence: 'banana' as never }))).toEqual(
      [expect.objectContaining({ code: 'invalid_type', expected: 'number', received: 'string' })],
    );
    expect(
      issuesOf(() => scorer.applyCheckIn({ ...base, confidnce: 3 } as unknown as CheckIn)),
    ).toEqual([
      expect.objectContaining({
        path: ['confidnce'],
        code: 'unknown_key',
        message: 'unknown field "confidnce"; did you mean "confidence"?',
        suggestion: 'confidence',
      }),
    ]);
    // Every problem of the check-in at once.
    expect(
      issuesOf(() =>
        scorer.applyCheckIn({ ...base, id: '', moved: 5, confidence: 12 } as unknown as CheckIn),
      )?.map((i) => i.path[0]),
    ).toEqual(['id', 'confidence', 'moved']);
    expect(scorer.snapshot()).toEqual(rollup(set, { asOf: AS_OF }));
  });

  it('still takes valid check-ins, and confidence moves the status as before', () => {
    const scorer = createScorer(set, { asOf: AS_OF });
    scorer.applyCheckIn({ ...base, value: 50, confidence: 2, moved: 'a deal' });
    const withIt = {
      ...set,
      checkIns: [...set.checkIns, { ...base, value: 50, confidence: 2, moved: 'a deal' }],
    };
    expect(scorer.snapshot()).toEqual(rollup(withIt, { asOf: AS_OF }));
    expect(scorer.keyResult('k1')?.status).toBe('at-risk');
  });
});

describe('setMeasure refuses what parseOkrSet refuses in a measure', () => {
  it('accepts and refuses the same measures, with the same paths and codes', () => {
    for (const measure of MEASURES) {
      const scorer = createScorer(set, { asOf: AS_OF });
      const before = scorer.snapshot();
      const parser = parserIssuesOfMeasure(measure);
      const ours = issuesOf(() => scorer.setMeasure('k2', measure as Measure));
      expect(
        ours?.map((i) => ({ path: i.path, code: i.code })),
        JSON.stringify(measure),
      ).toEqual(parser);
      if (ours !== undefined) expect(scorer.snapshot()).toEqual(before);
    }
  });

  it('refuses a threshold mode it does not know (it scored 1), suggesting the closest', () => {
    const scorer = createScorer(set, { asOf: AS_OF });
    const before = scorer.snapshot();
    expect(
      issuesOf(() =>
        scorer.setMeasure('k1', { kind: 'threshold', mode: 'sideways', value: 3 } as never),
      ),
    ).toEqual([
      {
        path: ['measure', 'mode'],
        code: 'invalid_value',
        message: 'A threshold\'s mode is "atLeast" or "atMost", got the string "sideways".',
        options: ['atLeast', 'atMost'],
        received: 'sideways',
      },
    ]);
    expect(
      issuesOf(() =>
        scorer.setMeasure('k1', { kind: 'threshold', mode: 'atleast', value: 3 } as never),
      )?.[0],
    ).toMatchObject({ suggestion: 'atLeast' });
    expect(issuesOf(() => scorer.setMeasure('k1', { kind: 'range', min: 10, max: 0 }))).toEqual([
      expect.objectContaining({ path: ['measure', 'max'], code: 'invalid_value', received: 0 }),
    ]);
    expect(scorer.keyResult('k1')?.score).toBe(0.4);
    expect(scorer.snapshot()).toEqual(before);
  });

  it('names a checklist item id used twice with where it was first used', () => {
    const scorer = createScorer(set, { asOf: AS_OF });
    expect(
      issuesOf(() =>
        scorer.setMeasure('k2', {
          kind: 'checklist',
          items: [
            { id: 'a', title: 'A' },
            { id: 'a', title: 'B' },
          ],
        }),
      ),
    ).toEqual([
      {
        path: ['measure', 'items', 1, 'id'],
        code: 'duplicate_id',
        message: 'checklist item id "a" is used twice (first at measure.items[0])',
        id: 'a',
        kind: 'checklistItem',
      },
    ]);
  });
});

describe('derived key results take no check-ins in the scorer either', () => {
  it('applyCheckIn refuses a check-in of a derived key result, and setMeasure a derived measure on one with check-ins', () => {
    const derivedSet = okrSet({
      objectives: [objective('o1')],
      keyResults: [
        keyResult('k1', 'o1'),
        { ...keyResult('k2', 'o1'), measure: { kind: 'derived' } },
      ],
      checkIns: [checkIn('c1', 'k1', 40)],
    });
    const scorer = createScorer(derivedSet, { asOf: AS_OF });
    const before = scorer.snapshot();
    const ci: CheckIn = { id: 'x', keyResultId: 'k2', at: AS_OF, value: 1 };
    expect(parseOkrSet({ ...derivedSet, checkIns: [...derivedSet.checkIns, ci] }).ok).toBe(false);
    expect(issuesOf(() => scorer.applyCheckIn(ci))).toEqual([
      expect.objectContaining({ path: ['value'], code: 'value_mismatch' }),
    ]);
    expect(issuesOf(() => scorer.setMeasure('k1', { kind: 'derived' }))).toEqual([
      expect.objectContaining({ path: ['measure', 'kind'], code: 'value_mismatch' }),
    ]);
    expect(scorer.snapshot()).toEqual(before);
    // k2 has no check-in: it may stop and start being derived.
    expect(() => scorer.setMeasure('k2', { kind: 'milestone' })).not.toThrow();
    expect(() => scorer.setMeasure('k2', { kind: 'derived' })).not.toThrow();
  });
});
