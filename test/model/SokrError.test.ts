import { describe, expect, it } from 'vitest';
import { formatPath, isSokrError, SokrError } from '../../src/index.js';

describe('SokrError', () => {
  it('carries its issues and names itself', () => {
    const error = new SokrError([
      {
        path: ['keyResults', 3, 'ownerId'],
        code: 'dangling_reference',
        message: 'no such person "p9"',
      },
    ]);
    expect(error.name).toBe('SokrError');
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain('keyResults[3].ownerId: dangling_reference');
    expect(isSokrError(error)).toBe(true);
    expect(isSokrError(new Error('x'))).toBe(false);
  });

  it('formats paths with odd keys safely', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['a', 0, 'b-c'])).toBe('a[0]["b-c"]');
  });
});

describe('isSokrError across two copies of sokr', () => {
  it("recognises an error named SokrError with an issues array that is not this copy's class", () => {
    class OtherCopySokrError extends Error {
      issues = [{ path: [], code: 'invalid_type', message: 'x' }];
      constructor() {
        super('from another copy');
        this.name = 'SokrError';
      }
    }
    const foreign = new OtherCopySokrError();
    expect(foreign instanceof SokrError).toBe(false);
    expect(isSokrError(foreign)).toBe(true);
  });

  it('needs both the name and the issues array, and an Error', () => {
    const named = new Error('x');
    named.name = 'SokrError';
    expect(isSokrError(named)).toBe(false);
    const withIssues = Object.assign(new Error('x'), { issues: [] });
    expect(isSokrError(withIssues)).toBe(false);
    expect(isSokrError({ name: 'SokrError', issues: [] })).toBe(false);
    expect(
      isSokrError(Object.assign(new TypeError('x'), { name: 'SokrError', issues: 'no' })),
    ).toBe(false);
  });
});
