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
