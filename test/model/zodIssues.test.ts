import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as root from '../../src/index.js';
import { okrSchemas } from '../../src/index.js';
import { zodIssuesToIssues } from '../../src/model/zodIssues.js';

function errorOf(schema: z.ZodType, input: unknown): z.ZodError {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

describe('zodIssuesToIssues', () => {
  it('is internal: not exported from the package root', () => {
    expect('zodIssuesToIssues' in root).toBe(false);
  });

  it('prefixes paths with the base path and names unknown keys one by one', () => {
    const input = { id: 'u1', name: 'Acme', colour: 'red', size: 3 };
    expect(zodIssuesToIssues(errorOf(okrSchemas().unit, input), ['units', 4], input)).toEqual([
      {
        path: ['units', 4, 'colour'],
        code: 'unknown_key',
        message: 'unknown field "colour": remove it',
        key: 'colour',
      },
      {
        path: ['units', 4, 'size'],
        code: 'unknown_key',
        message: 'unknown field "size": remove it',
        key: 'size',
      },
    ]);
  });

  it('suggests the closest known field when given the schema, through unions too', () => {
    const unit = okrSchemas().unit;
    const input = { id: 'u1', nmae: 'Acme', parentID: 'x' };
    expect(zodIssuesToIssues(errorOf(unit, input), [], input, unit)).toEqual([
      { path: ['name'], code: 'missing', message: 'is required (a string)', expected: 'string' },
      {
        path: ['nmae'],
        code: 'unknown_key',
        message: 'unknown field "nmae"; did you mean "name"?',
        key: 'nmae',
        suggestion: 'name',
      },
      {
        path: ['parentID'],
        code: 'unknown_key',
        message: 'unknown field "parentID"; did you mean "parentId"?',
        key: 'parentID',
        suggestion: 'parentId',
      },
    ]);
    const measure = okrSchemas().measure;
    const metric = { kind: 'metric', start: 1, target: 2, untis: '%' };
    expect(zodIssuesToIssues(errorOf(measure, metric), [], metric, measure)).toMatchObject([
      { path: ['untis'], code: 'unknown_key', suggestion: 'unit' },
    ]);
    const threshold = { kind: 'threshold', mode: 'atLeast', valeu: 3 };
    expect(zodIssuesToIssues(errorOf(measure, threshold), [], threshold, measure)).toMatchObject([
      { path: ['value'], code: 'missing', expected: 'number' },
      { path: ['valeu'], code: 'unknown_key', suggestion: 'value' },
    ]);
    // A field that is there already is not suggested for its near-twin.
    const both = { id: 'u1', name: 'Acme', nmae: 'Acme' };
    expect(zodIssuesToIssues(errorOf(unit, both), [], both, unit)).toEqual([
      {
        path: ['nmae'],
        code: 'unknown_key',
        message: 'unknown field "nmae": remove it',
        key: 'nmae',
      },
    ]);
    // A field close to nothing known gets no suggestion.
    const far = { kind: 'milestone', colour: 'red' };
    const [issue] = zodIssuesToIssues(errorOf(measure, far), [], far, measure);
    expect(issue).toEqual({
      path: ['colour'],
      code: 'unknown_key',
      message: 'unknown field "colour": remove it',
      key: 'colour',
    });
  });

  it('carries the options of an enum, the value found and the closest option', () => {
    const { objective, measure } = okrSchemas();
    const input = { id: 'o', title: 'T', unitId: 'u', cycleId: 'c', state: 'actve' };
    expect(zodIssuesToIssues(errorOf(objective, input), [], input, objective)).toEqual([
      {
        path: ['state'],
        code: 'invalid_value',
        message:
          'must be one of "draft", "proposed", "approved", "active", "closed" (got the string "actve"); did you mean "active"?',
        received: 'actve',
        options: ['draft', 'proposed', 'approved', 'active', 'closed'],
        suggestion: 'active',
      },
    ]);
    const kind = { kind: 'milestones' };
    expect(zodIssuesToIssues(errorOf(measure, kind), [], kind, measure)).toEqual([
      {
        path: ['kind'],
        code: 'invalid_value',
        message:
          'must be one of "metric", "threshold", "range", "milestone", "checklist", "derived" (got the string "milestones"); did you mean "milestone"?',
        received: 'milestones',
        options: ['metric', 'threshold', 'range', 'milestone', 'checklist', 'derived'],
        suggestion: 'milestone',
      },
    ]);
    const far = { ...input, state: 'zzz' };
    const [issue] = zodIssuesToIssues(errorOf(objective, far), [], far, objective);
    expect(issue).not.toHaveProperty('suggestion');
    expect(issue?.message).not.toContain('did you mean');
  });

  it('tells a missing field from one of the wrong type, with and without the input', () => {
    const input = { id: 'p1' };
    expect(zodIssuesToIssues(errorOf(okrSchemas().person, input), [], input)).toEqual([
      { path: ['name'], code: 'missing', message: 'is required (a string)', expected: 'string' },
    ]);
    expect(zodIssuesToIssues(errorOf(okrSchemas().person, input))).toMatchObject([
      { path: ['name'], code: 'missing' },
    ]);
    const wrong = { id: 'p1', name: 7 };
    expect(zodIssuesToIssues(errorOf(okrSchemas().person, wrong), [], wrong)).toEqual([
      {
        path: ['name'],
        code: 'invalid_type',
        message: 'expected a string, got the number 7',
        expected: 'string',
        received: 'number',
      },
    ]);
    expect(zodIssuesToIssues(errorOf(okrSchemas().person, wrong))).toMatchObject([
      { path: ['name'], code: 'invalid_type' },
    ]);
  });

  it('maps NaN, Infinity and out-of-range numbers to invalid_value, with the bound', () => {
    const schema = okrSchemas().checkIn;
    const base = { id: 'c', keyResultId: 'k', at: '2026-01-01' };
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const input = { ...base, value };
      expect(zodIssuesToIssues(errorOf(schema, input), [], input)).toMatchObject([
        { path: ['value'], code: 'invalid_value', received: value },
      ]);
    }
    const input = { ...base, value: 1, confidence: -2 };
    expect(zodIssuesToIssues(errorOf(schema, input), [], input)).toEqual([
      {
        path: ['confidence'],
        code: 'invalid_value',
        message: 'must be between 0 and 10',
        received: -2,
        minimum: 0,
      },
    ]);
    const high = { ...base, value: 1, confidence: 10.5 };
    expect(zodIssuesToIssues(errorOf(schema, high), [], high)).toEqual([
      {
        path: ['confidence'],
        code: 'invalid_value',
        message: 'must be between 0 and 10',
        received: 10.5,
        maximum: 10,
      },
    ]);
  });

  it('keeps the sokr code of custom issues and maps other zod codes sensibly', () => {
    const schema = z.object({
      when: okrSchemas().isoDate,
      size: z.number().multipleOf(5),
      email: z.email(),
      note: z
        .string()
        .refine(() => false, { message: 'no notes', params: { sokr: 'invalid_state' } }),
      other: z.string().refine(() => false, { message: 'nope' }),
    });
    const input = { when: '2026-02-30', size: 3, email: 'x', note: 'n', other: 'o' };
    expect(
      zodIssuesToIssues(errorOf(schema, input), [], input).map((i) => [i.path, i.code]),
    ).toEqual([
      [['when'], 'invalid_date'],
      [['size'], 'invalid_value'],
      [['email'], 'invalid_value'],
      [['note'], 'invalid_state'],
      [['other'], 'invalid_value'],
    ]);
  });

  it('reports a union through the branch that fits, or once at the union', () => {
    const { okrRef, checkInValue } = okrSchemas();
    expect(
      zodIssuesToIssues(errorOf(okrRef, { objectiveId: 'o', extra: 1 }), [], {
        objectiveId: 'o',
        extra: 1,
      }),
    ).toMatchObject([{ path: ['extra'], code: 'unknown_key' }]);
    expect(zodIssuesToIssues(errorOf(okrRef, {}), [], {})).toEqual([
      {
        path: [],
        code: 'invalid_value',
        message: 'must be { objectiveId } or { keyResultId } (exactly one of the two)',
      },
    ]);
    expect(zodIssuesToIssues(errorOf(checkInValue, 'x'), [], 'x')).toEqual([
      {
        path: [],
        code: 'invalid_type',
        message: 'must be a number, a boolean or a list of checklist item ids (got the string "x")',
        expected: 'number | boolean | array',
        received: 'string',
      },
    ]);
    expect(zodIssuesToIssues(errorOf(checkInValue, ['a', 2]), [], ['a', 2])).toMatchObject([
      { path: [1], code: 'invalid_type' },
    ]);
  });

  it('reports one issue per path even when zod adds follow-up checks', () => {
    const input = { id: 'u1', name: () => 'x' };
    expect(zodIssuesToIssues(errorOf(okrSchemas().unit, input), [], input)).toEqual([
      {
        path: ['name'],
        code: 'invalid_type',
        message: 'expected a string, got a function',
        expected: 'string',
        received: 'function',
      },
    ]);
  });
});
