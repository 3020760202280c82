import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commitmentTarget,
  formatScore,
  googleScale,
  grade,
  gradeObjective,
  isSokrError,
  type Scale,
} from '../../src/index.js';
import { hostileWhole, RUNS } from '../hostile/_hostile.js';
import { issueOf } from '../_support/sokrIssues.js';

describe('the scale functions refuse what is not a scale, a score or a commitment', () => {
  const notScales: unknown[] = [null, 5, 'google', {}, { bands: [] }, { bands: 'abc' }, new Map()];

  it('grade, formatScore and gradeObjective: invalid_type at ["scale", "bands"] for a scale without bands', () => {
    for (const scale of notScales) {
      for (const call of [
        () => grade(0.5, scale as Scale),
        () => formatScore(0.5, scale as Scale),
        () => gradeObjective(0.5, 'committed', scale as Scale),
      ]) {
        expect(issueOf(call)).toMatchObject({ path: ['scale', 'bands'], code: 'invalid_type' });
      }
    }
  });

  it('a band whose min is not finite, or not above the one before, is named by its index', () => {
    const band = (id: string, min: unknown) => ({ id, label: id, color: '#000', min });
    const cases: [unknown[], number][] = [
      [[band('a', 0), band('b', Number.NaN)], 1],
      [[band('a', 0), band('b', '0.7')], 1],
      [[band('a', 0.7), band('b', 0.3)], 1], // unsorted: 0.5 would grade in the wrong band
      [[band('a', 0), band('b', 0.5), band('c', 0.5)], 2],
      [[null], 0],
      [[band('a', Number.POSITIVE_INFINITY)], 0],
    ];
    for (const [bands, at] of cases) {
      const scale = { id: 'hand-written', name: 'x', bands } as unknown as Scale;
      expect(issueOf(() => grade(0.5, scale))).toMatchObject({
        path: ['scale', 'bands', at, 'min'],
        code: 'invalid_value',
      });
    }
  });

  it('a hand-written scale with ascending bands still grades (no defineScale needed)', () => {
    const scale = {
      id: 'two',
      name: 'Two',
      bands: [
        { id: 'low', label: 'Low', color: '#f00', min: 0 },
        { id: 'high', label: 'High', color: '#0f0', min: 0.6 },
      ],
    } as unknown as Scale;
    expect(grade(0.59, scale).id).toBe('low');
    expect(grade(0.6, scale).id).toBe('high');
    expect(formatScore(0.61, scale)).toBe('0.6');
  });

  it('a score that is not a finite number is refused with a message that shows it (a symbol too)', () => {
    expect(issueOf(() => grade(Symbol('s') as unknown as number))).toMatchObject({
      path: ['score'],
      message: 'Expected a finite score, got Symbol(s).',
    });
    expect(issueOf(() => grade('0.5' as unknown as number)).message).toBe(
      'Expected a finite score, got "0.5".',
    );
    expect(issueOf(() => formatScore(Number.NaN)).message).toBe(
      'Expected a finite score, got NaN.',
    );
  });

  it('commitmentTarget refuses a commitment it does not know instead of reading it as aspirational', () => {
    expect(commitmentTarget('committed')).toBe(1);
    expect(commitmentTarget('aspirational')).toBe(0.7);
    for (const c of ['stretch', '', undefined, null, 1]) {
      expect(issueOf(() => commitmentTarget(c as never))).toMatchObject({
        path: ['commitment'],
        code: 'invalid_value',
      });
      expect(issueOf(() => gradeObjective(0.5, c as never)).path).toEqual(['commitment']);
    }
  });

  it('any hostile score, commitment or scale gives a band or a SokrError, never another error', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileWhole, fc.double()),
        fc.oneof(hostileWhole, fc.constantFrom('committed', 'aspirational')),
        fc.oneof(hostileWhole, fc.constant(googleScale)),
        (score, commitment, scale) => {
          for (const call of [
            () => grade(score as number, scale as Scale),
            () => formatScore(score as number, scale as Scale),
            () => gradeObjective(score as number, commitment as never, scale as Scale),
            () => commitmentTarget(commitment as never),
          ]) {
            try {
              call();
            } catch (error) {
              expect(isSokrError(error), String(error)).toBe(true);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
