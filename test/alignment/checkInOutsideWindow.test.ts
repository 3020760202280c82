import { describe, expect, it } from 'vitest';
import { builtinRules, recommended, recordCheckIn, validate } from '../../src/index.js';
import {
  buildSet,
  expectFindings,
  expectNoFindings,
  runRule,
  type SetSpec,
} from '../../src/testing/index.js';

const rule = builtinRules['deliver/check-in-outside-window']!;

describe('deliver/check-in-outside-window', () => {
  it('warns about check-ins before the cycle or after the end of the window', () => {
    const spec: SetSpec = {
      objectives: [
        {
          keyResults: [
            {
              checkIns: [
                { at: '2025-12-20', value: 1 },
                { at: '2026-02-01', value: 2 },
                { at: '2026-04-02', value: 3 },
              ],
            },
          ],
        },
      ],
    };
    expectFindings(runRule(rule, buildSet(spec)), [
      {
        rule: 'deliver/check-in-outside-window',
        severity: 'warning',
        path: ['checkIns', 0, 'at'],
        ids: ['o1.kr1.c1', 'o1.kr1'],
        message: 'outside the key result\'s window (cycle "q1": 2026-01-01 – 2026-03-31)',
      },
      {
        rule: 'deliver/check-in-outside-window',
        path: ['checkIns', 2, 'at'],
        ids: ['o1.kr1.c3', 'o1.kr1'],
      },
    ]);
  });

  it('is silent for check-ins inside the window, the last day and a later due day included', () => {
    const spec: SetSpec = {
      objectives: [
        {
          keyResults: [
            {
              checkIns: [
                { at: '2026-01-01', value: 1 },
                { at: '2026-03-31', value: 2 },
              ],
            },
            { due: '2026-04-10', checkIns: [{ at: '2026-04-10', value: 3 }] },
          ],
        },
      ],
    };
    expectNoFindings(runRule(rule, buildSet(spec)));
  });

  it('is on in the recommended preset, as a warning, and agrees with recordCheckIn', () => {
    expect(recommended.settings['deliver/check-in-outside-window']?.severity).toBe('warning');
    const set = buildSet({
      objectives: [{ keyResults: [{ checkIns: [{ at: '2026-04-02', value: 1 }] }] }],
    });
    const findings = validate(set, { policy: recommended });
    expect(findings.filter((f) => f.rule === 'deliver/check-in-outside-window')).toHaveLength(1);
    // The command refuses the same date.
    const refused = recordCheckIn(set, { keyResultId: 'o1.kr1', at: '2026-04-02', value: 2 });
    expect(refused.ok).toBe(false);
  });
});
