// validate never throws: input it cannot read (a throwing getter or Proxy trap) is a finding.
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { throwingProxy } from '../_support/throwingProxy.js';

const trap = throwingProxy;

describe('validate on input it cannot read', () => {
  it('options whose getter or Proxy throws: internal/invalid-options at ["options"], not the error', () => {
    for (const options of [
      trap(),
      {
        get asOf(): string {
          throw new Error('getter');
        },
      },
    ]) {
      const findings = validate(acmeExample(), options as never);
      expect(findings).toEqual([
        expect.objectContaining({
          rule: 'internal/invalid-options',
          severity: 'error',
          path: ['options'],
          message: expect.stringContaining('reading it threw'),
        }),
      ]);
    }
  });

  it('a set that is a throwing Proxy: internal/invalid-set at []', () => {
    const findings = validate(trap() as never, { asOf: '2026-02-15' });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'internal/invalid-set', severity: 'error', path: [] }),
    ]);
  });

  it('plain input validates as before', () => {
    const findings = validate(acmeExample(), { asOf: '2026-02-15' });
    expect(findings.every((f) => !f.rule.startsWith('internal/'))).toBe(true);
  });
});
