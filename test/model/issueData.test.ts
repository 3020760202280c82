import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addKeyResult,
  defineScale,
  type Issue,
  normalizeOkrSet,
  parseOkrSet,
  recordCheckIn,
} from '../../src/index.js';
import { REMOVE, validInput, withChange } from './fixtures.js';

function issuesOf(input: unknown): Issue[] {
  const result = parseOkrSet(input);
  return result.ok ? [] : result.issues;
}

describe('issues carry the data of their code', () => {
  it('invalid_type: expected and received', () => {
    expect(issuesOf(withChange(['keyResults', 1, 'measure', 'target'], 'lots'))).toEqual([
      {
        path: ['keyResults', 1, 'measure', 'target'],
        code: 'invalid_type',
        message: 'expected a number, got the string "lots"',
        expected: 'number',
        received: 'string',
      },
    ]);
  });

  it('missing: expected', () => {
    expect(issuesOf(withChange(['units', 1, 'name'], REMOVE))).toEqual([
      {
        path: ['units', 1, 'name'],
        code: 'missing',
        message: 'is required (a string)',
        expected: 'string',
      },
    ]);
  });

  it('invalid_value: received and the options of an enum, with the closest one', () => {
    expect(issuesOf(withChange(['objectives', 0, 'commitment'], 'comitted'))).toEqual([
      {
        path: ['objectives', 0, 'commitment'],
        code: 'invalid_value',
        message:
          'must be one of "committed", "aspirational" (got the string "comitted"); did you mean "committed"?',
        received: 'comitted',
        options: ['committed', 'aspirational'],
        suggestion: 'committed',
      },
    ]);
  });

  it('too_big / too_small: the bound and the value', () => {
    expect(issuesOf(withChange(['keyResults', 1, 'weight'], 2e9))).toMatchObject([
      { code: 'too_big', maximum: 1e9, received: 2e9 },
    ]);
    expect(issuesOf(withChange(['keyResults', 1, 'weight'], 1e-12))).toMatchObject([
      { code: 'too_small', minimum: 1e-9, received: 1e-12 },
    ]);
    expect(issuesOf(withChange(['keyResults', 1, 'confidence'], 11))).toMatchObject([
      { code: 'invalid_value', maximum: 10, received: 11 },
    ]);
  });

  it('invalid_date: the string received', () => {
    expect(issuesOf(withChange(['cycles', 1, 'end'], '2026-02-30'))).toMatchObject([
      { path: ['cycles', 1, 'end'], code: 'invalid_date', received: '2026-02-30' },
    ]);
  });

  it('duplicate_id: the id, its kind, and where it was first', () => {
    const input = validInput();
    (input.objectives as Record<string, unknown>[]).push({
      id: 'o-eng',
      title: 'Again',
      unitId: 'eng',
      cycleId: '2026-q1',
    });
    expect(issuesOf(input)).toEqual([
      {
        path: ['objectives', 3, 'id'],
        code: 'duplicate_id',
        message: 'objective id "o-eng" is used twice (first at objectives[2])',
        id: 'o-eng',
        kind: 'objective',
      },
    ]);
  });

  it('dangling_reference: the id, the kind it should name, and the closest existing id of that kind', () => {
    expect(issuesOf(withChange(['objectives', 2, 'parent', 'objectiveId'], 'o-grw'))).toEqual([
      {
        path: ['objectives', 2, 'parent', 'objectiveId'],
        code: 'dangling_reference',
        message: 'no objective has id "o-grw"; did you mean "o-grow"?',
        id: 'o-grw',
        kind: 'objective',
        suggestion: 'o-grow',
      },
    ]);
    // The suggestion is of the right kind: "eng" is a unit, not a person.
    expect(issuesOf(withChange(['keyResults', 1, 'ownerId'], 'evee'))).toMatchObject([
      { kind: 'person', id: 'evee', suggestion: 'eve' },
    ]);
    expect(issuesOf(withChange(['objectives', 0, 'unitId'], 'engg'))).toMatchObject([
      { kind: 'unit', id: 'engg', suggestion: 'eng' },
    ]);
    expect(issuesOf(withChange(['objectives', 0, 'links', 0, 'pillarId'], 'growht'))).toMatchObject(
      [{ kind: 'pillar', suggestion: 'growth' }],
    );
    // Nothing close: no suggestion, and the message says nothing of one.
    const [far] = issuesOf(withChange(['keyResults', 1, 'ownerId'], 'zachary'));
    expect(far).toEqual({
      path: ['keyResults', 1, 'ownerId'],
      code: 'dangling_reference',
      message: 'no person has id "zachary"',
      id: 'zachary',
      kind: 'person',
    });
  });

  it('unknown_key: the key and the closest known field', () => {
    expect(issuesOf(withChange(['objectives', 2, 'ownrId'], 'ceo'))).toEqual([
      {
        path: ['objectives', 2, 'ownrId'],
        code: 'unknown_key',
        message: 'unknown field "ownrId"; did you mean "ownerId"?',
        key: 'ownrId',
        suggestion: 'ownerId',
      },
    ]);
    // Inside a measure, the fields of its kind.
    expect(
      issuesOf(withChange(['keyResults', 1, 'measure', 'directoin'], 'increase')),
    ).toMatchObject([
      {
        path: ['keyResults', 1, 'measure', 'directoin'],
        code: 'unknown_key',
        suggestion: 'direction',
      },
    ]);
    // A field that is there already is not suggested for its near-twin.
    const [twin] = issuesOf(withChange(['keyResults', 2, 'measure', 'mdoe'], 'atMost'));
    expect(twin).toMatchObject({ code: 'unknown_key', key: 'mdoe' });
    expect(twin).not.toHaveProperty('suggestion');
  });

  it('the authoring format suggests nested lists and keeps paths into the document', () => {
    const doc = {
      units: [{ id: 'acme', name: 'Acme' }],
      people: [{ id: 'ana', name: 'Ana' }],
      cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
      objectives: [
        {
          id: 'delight-customers',
          title: 'Delight customers',
          unitId: 'acme',
          cycleId: 'q1',
          keyResults: [
            {
              title: 'NPS',
              ownerId: 'ana',
              measure: { kind: 'milestones' },
              checkIn: [],
            },
          ],
        },
        {
          title: 'Support',
          unitId: 'acme',
          cycleId: 'q1',
          parent: { objectiveId: 'delight-customer' },
          keyResult: [],
        },
      ],
    };
    const result = normalizeOkrSet(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path.join('.'), i.code, i.suggestion])).toEqual([
      ['objectives.1.keyResult', 'unknown_key', 'keyResults'],
      ['objectives.0.keyResults.0.measure.kind', 'invalid_value', 'milestone'],
      ['objectives.0.keyResults.0.checkIn', 'unknown_key', 'checkIns'],
    ]);
    const fixed = structuredClone(doc) as typeof doc;
    fixed.objectives[0]!.keyResults![0]!.measure.kind = 'milestone';
    delete (fixed.objectives[0]!.keyResults![0] as Record<string, unknown>).checkIn;
    delete (fixed.objectives[1] as Record<string, unknown>).keyResult;
    const again = normalizeOkrSet(fixed);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.issues).toEqual([
      {
        path: ['objectives', 1, 'parent', 'objectiveId'],
        code: 'dangling_reference',
        message: 'no objective has id "delight-customer"; did you mean "delight-customers"?',
        id: 'delight-customer',
        kind: 'objective',
        suggestion: 'delight-customers',
      },
    ]);
  });

  it('keeps suggestions bounded: ids of any length never crash, many dangling ids stay fast enough to finish', () => {
    const long = 'x'.repeat(100_000);
    const [issue] = issuesOf(withChange(['keyResults', 1, 'ownerId'], long));
    expect(issue).toMatchObject({ code: 'dangling_reference', kind: 'person' });
    expect(issue?.suggestion).toBeUndefined();
    expect(issue!.message.length).toBeLessThan(200);
    const input = validInput();
    const people = input.people as { id: string; name: string }[];
    for (let i = 0; i < 600; i++) people.push({ id: `person-${i}`, name: `P${i}` });
    const keyResults = input.keyResults as Record<string, unknown>[];
    for (let i = 0; i < 600; i++) {
      keyResults.push({
        id: `kr-extra-${i}`,
        objectiveId: 'o-grow',
        title: 'x',
        ownerId: `persn-${i}`,
        measure: { kind: 'milestone' },
      });
    }
    const issues = issuesOf(input);
    expect(issues).toHaveLength(600);
    expect(issues.every((i) => i.code === 'dangling_reference')).toBe(true);
    expect(issues[5]).toMatchObject({ suggestion: 'person-5' });
    // Past the budget of compared ids (250,000), the rest carry no suggestion.
    expect(issues[599]).not.toHaveProperty('suggestion');
  });

  it('a suggestion is always an existing id of the right kind, close to the one written', () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(ids, fc.stringMatching(/^[a-z]{1,9}$/), (personIds, written) => {
        const input = validInput();
        input.people = personIds.map((id) => ({ id, name: id }));
        for (const o of input.objectives as Record<string, unknown>[]) {
          delete o.ownerId;
          delete o.approvedBy;
        }
        for (const kr of input.keyResults as Record<string, unknown>[]) kr.ownerId = personIds[0];
        const initiatives = input.initiatives as Record<string, unknown>[];
        for (const x of initiatives) delete x.ownerId;
        for (const c of input.checkIns as Record<string, unknown>[]) delete c.authorId;
        (input.keyResults as Record<string, unknown>[])[0]!.ownerId = written;
        const issues = issuesOf(input);
        if (personIds.includes(written)) return;
        const dangling = issues.find((i) => i.code === 'dangling_reference');
        expect(dangling).toMatchObject({ id: written, kind: 'person' });
        if (dangling?.suggestion !== undefined) {
          expect(personIds).toContain(dangling.suggestion);
          expect(dangling.suggestion).not.toBe(written);
          expect(dangling.message).toContain(
            `did you mean ${JSON.stringify(dangling.suggestion)}?`,
          );
        } else {
          expect(dangling?.message).not.toContain('did you mean');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('commands and scales say the same facts the same way, with the same data', () => {
    const parsed = parseOkrSet(validInput());
    if (!parsed.ok) throw new Error('fixture');
    const set = parsed.value;
    const checkIn = recordCheckIn(set, { keyResultId: 'kr-metrc', at: '2026-02-01', value: 1 });
    expect(checkIn.ok).toBe(false);
    if (checkIn.ok) return;
    expect(checkIn.issues).toContainEqual({
      path: ['keyResultId'],
      code: 'dangling_reference',
      message: 'no key result has id "kr-metrc"; did you mean "kr-metric"?',
      id: 'kr-metrc',
      kind: 'keyResult',
      suggestion: 'kr-metric',
    });
    const added = addKeyResult(set, {
      id: 'kr-metric',
      objectiveId: 'o-grow',
      title: 'Again',
      ownerId: 'ceo',
      measure: { kind: 'milestone' },
    });
    expect(added.ok).toBe(false);
    if (added.ok) return;
    expect(added.issues).toContainEqual({
      path: ['id'],
      code: 'duplicate_id',
      message: 'key result id "kr-metric" is used twice',
      id: 'kr-metric',
      kind: 'keyResult',
    });
    let caught: unknown;
    try {
      defineScale({
        id: 's',
        name: 'S',
        bands: [
          { id: 'low', label: 'Low', color: '#f00', min: 0 },
          { id: 'low', label: 'High', color: '#0f0', min: 0.5 },
        ],
      } as never);
    } catch (error) {
      caught = error;
    }
    expect((caught as { issues?: Issue[] }).issues).toContainEqual({
      path: ['bands', 1, 'id'],
      code: 'duplicate_id',
      message: 'band id "low" is used twice',
      id: 'low',
      kind: 'band',
    });
  });
});
