// Every option of weeklyReport and cycleReview is checked at the door (hostile
// input audit): a wrong type never falls back to a default in silence.
import { describe, expect, it } from 'vitest';
import { cycleReview, weeklyReport } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const set = acmeExample();
const asOf = '2026-02-16';
const issueOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { issues?: { path: unknown[]; code: string; message: string }[] }).issues?.[0];
  }
  return undefined;
};

describe('weeklyReport options', () => {
  it.each([
    ['locale', 42],
    ['locale', 'toString'],
    ['locale', Number.NaN],
    ['locale', ''],
  ])('refuses %s: %s (not a silent fallback to the runtime’s locale)', (name, value) => {
    expect(issueOf(() => weeklyReport(set, { asOf, [name]: value } as never))).toMatchObject({
      path: [name],
      code: 'invalid_value',
    });
  });

  it.each([
    ['clamp', 'no'],
    ['includeChildren', 'yes'],
    ['clamp', 0],
  ])('refuses %s: %s (a string would read as true or false)', (name, value) => {
    expect(issueOf(() => weeklyReport(set, { asOf, [name]: value } as never))).toMatchObject({
      path: [name],
      code: 'invalid_type',
    });
  });

  it('refuses pending: null and weekStartsOn: null', () => {
    expect(issueOf(() => weeklyReport(set, { asOf, pending: null } as never))).toMatchObject({
      path: ['pending'],
      code: 'invalid_value',
    });
    expect(issueOf(() => weeklyReport(set, { asOf, weekStartsOn: null } as never))).toMatchObject({
      path: ['weekStartsOn'],
      code: 'invalid_value',
    });
  });

  it('says what a wrong value is: a boxed number is not the number 1, a string is quoted', () => {
    expect(
      issueOf(() => weeklyReport(set, { asOf, weekStartsOn: new Number(1) } as never))?.message,
    ).toContain('a boxed number (new Number(1))');
    expect(issueOf(() => weeklyReport(set, { asOf, unitId: 5 } as never))?.message).toBe(
      'unitId must be a string id of a unit; got the number 5.',
    );
    expect(issueOf(() => weeklyReport(set, { asOf, ownerId: true } as never))?.message).toBe(
      'ownerId must be a string id of a person; got true.',
    );
    expect(
      issueOf(() => weeklyReport(set, { asOf, locale: '__proto__' } as never))?.message,
    ).toContain('the string "__proto__"');
  });

  it('still accepts every valid value', () => {
    const report = weeklyReport(set, {
      asOf,
      locale: 'de-DE',
      clamp: false,
      includeChildren: true,
      pending: 'exclude',
      weekStartsOn: 0,
    });
    expect(report.kind).toBe('weekly');
  });
});

describe('cycleReview options', () => {
  it('refuses scoring switches of the wrong type', () => {
    expect(
      issueOf(() => cycleReview(set, { cycleId: '2026-q1', asOf, clamp: 'no' } as never)),
    ).toMatchObject({ path: ['clamp'], code: 'invalid_type' });
    expect(
      issueOf(() => cycleReview(set, { cycleId: '2026-q1', asOf, pending: 'all' } as never)),
    ).toMatchObject({ path: ['pending'], code: 'invalid_value' });
  });
});

describe('statusPolicy of the reports', () => {
  it('refuses a status policy that is not an object or has a field out of range, with its path', () => {
    expect(issueOf(() => weeklyReport(set, { asOf, statusPolicy: 42 } as never))).toMatchObject({
      path: ['statusPolicy'],
      code: 'invalid_type',
    });
    expect(
      issueOf(() => weeklyReport(set, { asOf, statusPolicy: { atRiskGap: 'x' } } as never)),
    ).toMatchObject({ path: ['statusPolicy', 'atRiskGap'], code: 'invalid_type' });
    expect(
      issueOf(() =>
        cycleReview(set, { cycleId: '2026-q1', asOf, statusPolicy: { offTrackGap: Number.NaN } }),
      ),
    ).toMatchObject({ path: ['statusPolicy', 'offTrackGap'], code: 'invalid_value' });
    expect(
      issueOf(() => weeklyReport(set, { asOf, statusPolicy: { atRiskgap: 0.1 } } as never)),
    ).toMatchObject({ path: ['statusPolicy', 'atRiskgap'], code: 'unknown_key' });
  });
});
