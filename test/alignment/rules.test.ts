import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/index.js';
import {
  buildSet,
  expectFindings,
  expectNoFindings,
  type RunRuleOptions,
  runRule,
  type SetSpec,
} from '../../src/testing/index.js';

const org = { acme: null, eng: 'acme', web: 'eng', sales: 'acme' } as const;

function run(id: string, spec: SetSpec, options?: RunRuleOptions) {
  const rule = builtinRules[id];
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return runRule(rule, buildSet(spec), options);
}

describe('link/anchor-required', () => {
  it('calls an objective without any anchor homework', () => {
    const findings = run('link/anchor-required', {
      objectives: [{ id: 'g' }, { id: 'h', links: [] }],
    });
    expectFindings(findings, [
      {
        rule: 'link/anchor-required',
        severity: 'warning',
        path: ['objectives', 1, 'links'],
        ids: ['h'],
        message: 'homework',
      },
    ]);
  });

  it('does not count links to anchors that do not exist', () => {
    const findings = run('link/anchor-required', {
      objectives: [{ id: 'x', links: ['pillar:nope'] }],
    });
    expectFindings(findings, [{ rule: 'link/anchor-required', ids: ['x'] }]);
  });

  it('flags a loop of parents that never reaches an anchor', () => {
    const findings = run('link/anchor-required', {
      objectives: [
        { id: 'a', parent: 'b', links: [] },
        { id: 'b', parent: { keyResultId: 'a.kr1' }, links: [] },
      ],
    });
    expectFindings(findings, [
      { rule: 'link/anchor-required', ids: ['a'], path: ['objectives', 0, 'links'] },
      { rule: 'link/anchor-required', ids: ['b'], path: ['objectives', 1, 'links'] },
    ]);
  });

  it('accepts anchors reached through the parent chain, any SWOT kind and supports links', () => {
    const findings = run('link/anchor-required', {
      units: org,
      swot: [{ id: 't1', kind: 'threat', title: 'A new competitor' }],
      objectives: [
        { id: 'g', unitId: 'acme', children: [{ unitId: 'eng', children: [{ unitId: 'web' }] }] },
        { id: 's', unitId: 'sales', links: ['threat:t1'] },
        {
          id: 'w',
          unitId: 'web',
          links: ['supports:s'],
          children: [{ parent: { keyResultId: 'w.kr2' } }],
        },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('link/anchor-exists', () => {
  it('reports every link to a missing or mismatched anchor, at the link field', () => {
    const findings = run('link/anchor-exists', {
      swot: [{ id: 's1', kind: 'threat', title: 'Churn' }],
      objectives: [
        { id: 'g', links: ['pillar:growht', 'strength:s1', 'supports:ghost', 'weakness:nope'] },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'link/anchor-exists',
        severity: 'error',
        path: ['objectives', 0, 'links', 0, 'pillarId'],
        ids: ['g', 'growht'],
      },
      {
        rule: 'link/anchor-exists',
        path: ['objectives', 0, 'links', 1, 'kind'],
        ids: ['g', 's1'],
        message: 'as a strength',
      },
      {
        rule: 'link/anchor-exists',
        path: ['objectives', 0, 'links', 2, 'objectiveId'],
        ids: ['g', 'ghost'],
      },
      {
        rule: 'link/anchor-exists',
        path: ['objectives', 0, 'links', 3, 'swotId'],
        ids: ['g', 'nope'],
      },
    ]);
  });

  it('passes links to existing anchors of the right kind', () => {
    const findings = run('link/anchor-exists', {
      swot: [{ id: 's1', kind: 'threat', title: 'Churn' }],
      objectives: [{ id: 'g', links: ['pillar:growth', 'threat:s1'] }, { links: ['supports:g'] }],
    });
    expectNoFindings(findings);
  });
});

describe('link/supports-other-unit', () => {
  it("reports support for the objective's own unit and for itself", () => {
    const findings = run('link/supports-other-unit', {
      units: org,
      objectives: [
        { id: 'a', unitId: 'web' },
        { id: 'b', unitId: 'web', links: ['supports:a'] },
        { id: 'c', unitId: 'sales', links: ['supports:a'] },
        { id: 'd', unitId: 'sales', links: ['pillar:growth', 'supports:d'] },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'link/supports-other-unit',
        path: ['objectives', 1, 'links', 0, 'objectiveId'],
        ids: ['b', 'a'],
      },
      {
        rule: 'link/supports-other-unit',
        path: ['objectives', 3, 'links', 1, 'objectiveId'],
        ids: ['d'],
        message: 'itself',
      },
    ]);
  });

  it("passes support for another unit's objective", () => {
    const findings = run('link/supports-other-unit', {
      units: org,
      objectives: [
        { id: 'a', unitId: 'web' },
        { unitId: 'sales', links: ['supports:a'] },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('cascade/parent-exists', () => {
  it('reports parents that do not exist, at the reference', () => {
    const findings = run('cascade/parent-exists', {
      objectives: [
        { id: 'x', parent: 'ghost' },
        { id: 'y', parent: { keyResultId: 'nokr' } },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'cascade/parent-exists',
        severity: 'error',
        path: ['objectives', 0, 'parent', 'objectiveId'],
        ids: ['x', 'ghost'],
      },
      {
        rule: 'cascade/parent-exists',
        path: ['objectives', 1, 'parent', 'keyResultId'],
        ids: ['y', 'nokr'],
      },
    ]);
  });

  it('passes parent objectives and parent key results that exist', () => {
    const findings = run('cascade/parent-exists', {
      objectives: [{ id: 'g' }, { parent: 'g' }, { parent: { keyResultId: 'g.kr1' } }],
    });
    expectNoFindings(findings);
  });
});

describe('cascade/parent-unit', () => {
  it('reports a parent in a sibling branch of the unit tree', () => {
    const findings = run('cascade/parent-unit', {
      units: org,
      objectives: [
        { id: 'g', unitId: 'acme' },
        { id: 's', unitId: 'sales', parent: 'g' },
        { id: 'w', unitId: 'web', parent: { keyResultId: 's.kr1' } },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'cascade/parent-unit',
        severity: 'error',
        path: ['objectives', 2, 'parent'],
        ids: ['w', 's'],
      },
    ]);
  });

  it('passes parents of the same unit or an ancestor unit', () => {
    const findings = run('cascade/parent-unit', {
      units: org,
      objectives: [
        { id: 'g', unitId: 'acme' },
        { unitId: 'web', parent: 'g' },
        { unitId: 'acme', parent: 'g' },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('cascade/parent-cycle', () => {
  const cycles = [
    { id: 'fy26', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' },
    { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'fy26' },
    { id: 'q1-27', name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' },
  ];

  it("reports a child cycle outside the parent's cycle", () => {
    const findings = run('cascade/parent-cycle', {
      cycles,
      objectives: [
        { id: 'g', cycleId: 'fy26' },
        { id: 'c1', cycleId: 'q1', parent: 'g' },
        { id: 'c2', cycleId: 'q1-27', parent: 'g' },
        { id: 'q', cycleId: 'q1' },
        { id: 'c3', cycleId: 'fy26', parent: { keyResultId: 'q.kr1' } },
      ],
    });
    expectFindings(findings, [
      { rule: 'cascade/parent-cycle', path: ['objectives', 2, 'cycleId'], ids: ['c2', 'g'] },
      { rule: 'cascade/parent-cycle', path: ['objectives', 4, 'cycleId'], ids: ['c3', 'q'] },
    ]);
  });

  it('passes a quarter within its year and the same cycle', () => {
    const findings = run('cascade/parent-cycle', {
      cycles,
      objectives: [
        { id: 'g', cycleId: 'fy26', children: [{ cycleId: 'q1' }, { cycleId: 'fy26' }] },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('cascade/no-loop', () => {
  it('reports each loop once, through key results, starting at its first objective', () => {
    const findings = run('cascade/no-loop', {
      objectives: [
        { id: 'a', parent: { keyResultId: 'b.kr1' } },
        { id: 'b', parent: 'a' },
        { id: 'c', parent: 'c' },
        { id: 'd', parent: 'b' },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'cascade/no-loop',
        severity: 'error',
        path: ['objectives', 0, 'parent'],
        ids: ['a', 'b'],
        message: '"a" → "b" → "a"',
      },
      { rule: 'cascade/no-loop', path: ['objectives', 2, 'parent'], ids: ['c'] },
    ]);
  });

  it('finds a loop of 10,000 objectives without overflowing the stack', () => {
    const n = 10_000;
    const objectives = Array.from({ length: n }, (_, i) => ({
      id: `o${i}`,
      parent: { keyResultId: `o${(i + 1) % n}.kr1` },
      keyResults: 1,
    }));
    const findings = run('cascade/no-loop', { objectives });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ids).toHaveLength(n);
    expect(findings[0]!.ids.slice(0, 3)).toEqual(['o0', 'o1', 'o2']);
    expect(findings[0]!.path).toEqual(['objectives', 0, 'parent']);
  });

  it('passes a deep chain without a loop', () => {
    const objectives = Array.from({ length: 2000 }, (_, i) =>
      i === 0 ? { id: 'o0' } : { id: `o${i}`, parent: `o${i - 1}` },
    );
    expectNoFindings(run('cascade/no-loop', { objectives }));
  });
});

describe('cascade/no-level-skip', () => {
  it('reports a team objective cascading straight from the company', () => {
    const findings = run('cascade/no-level-skip', {
      units: org,
      objectives: [
        { id: 'g', unitId: 'acme' },
        { id: 'w', unitId: 'web', parent: 'g' },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'cascade/no-level-skip',
        path: ['objectives', 1, 'parent'],
        ids: ['w', 'g'],
        message: 'skipping "eng"',
      },
    ]);
  });

  it('passes a cascade level by level, and within one unit', () => {
    const findings = run('cascade/no-level-skip', {
      units: org,
      objectives: [
        {
          id: 'g',
          unitId: 'acme',
          children: [{ unitId: 'eng', children: [{ unitId: 'web' }, { unitId: 'eng' }] }],
        },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('cascade/top-level-pillar', () => {
  it('reports a company objective without a pillar link', () => {
    const findings = run('cascade/top-level-pillar', {
      units: org,
      swot: [{ id: 't1', kind: 'threat', title: 'Competitor' }],
      objectives: [
        { id: 'g', unitId: 'acme', links: ['threat:t1'] },
        { unitId: 'web', links: ['threat:t1'] },
      ],
    });
    expectFindings(findings, [
      { rule: 'cascade/top-level-pillar', path: ['objectives', 0, 'links'], ids: ['g'] },
    ]);
  });

  it('passes company objectives linked to a pillar', () => {
    expectNoFindings(
      run('cascade/top-level-pillar', { objectives: [{ links: ['pillar:quality'] }] }),
    );
  });
});

describe('limits/objectives-per-unit', () => {
  const many = (unitId: string, n: number) => Array.from({ length: n }, () => ({ unitId }));

  it('warns above the maximum and informs below the minimum, per unit and cycle (root excluded)', () => {
    const findings = run('limits/objectives-per-unit', {
      units: org,
      objectives: [...many('acme', 1), ...many('web', 6), ...many('sales', 1), ...many('eng', 3)],
    });
    expectFindings(findings, [
      {
        rule: 'limits/objectives-per-unit',
        severity: 'warning',
        path: ['units', 2],
        ids: ['web', 'q1'],
        message: 'has 6 objectives',
      },
      {
        rule: 'limits/objectives-per-unit',
        severity: 'info',
        path: ['units', 3],
        ids: ['sales', 'q1'],
      },
    ]);
  });

  it('passes 3–5 objectives, and follows its options', () => {
    expectNoFindings(
      run('limits/objectives-per-unit', {
        units: org,
        objectives: [...many('web', 5), ...many('eng', 3)],
      }),
    );
    expectNoFindings(
      run(
        'limits/objectives-per-unit',
        { units: org, objectives: many('web', 6) },
        { options: { max: 6, min: 1 } },
      ),
    );
  });
});

describe('limits/kr-per-objective', () => {
  it('warns outside 2–4 and errs above 5', () => {
    const findings = run('limits/kr-per-objective', {
      objectives: [
        { keyResults: 1 },
        { keyResults: 5 },
        { keyResults: 6 },
        { keyResults: 3 },
        { keyResults: 0 },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'limits/kr-per-objective',
        severity: 'warning',
        path: ['objectives', 0],
        ids: ['o1'],
        message: 'has 1 key result;',
      },
      {
        rule: 'limits/kr-per-objective',
        severity: 'warning',
        path: ['objectives', 1],
        ids: ['o2'],
      },
      {
        rule: 'limits/kr-per-objective',
        severity: 'error',
        path: ['objectives', 2],
        ids: ['o3'],
        message: 'never more than 5',
      },
      {
        rule: 'limits/kr-per-objective',
        severity: 'warning',
        path: ['objectives', 4],
        ids: ['o5'],
      },
    ]);
  });

  it('passes 2–4 key results, and more when the options allow', () => {
    expectNoFindings(
      run('limits/kr-per-objective', { objectives: [{ keyResults: 2 }, { keyResults: 4 }] }),
    );
    expectNoFindings(
      run(
        'limits/kr-per-objective',
        { objectives: [{ keyResults: 6 }] },
        { options: { max: 6, hardMax: 7 } },
      ),
    );
  });
});

describe('limits/pillars', () => {
  it('reports too many and too few pillars at strategy.pillars', () => {
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expectFindings(run('limits/pillars', { pillars: seven }), [
      { rule: 'limits/pillars', path: ['strategy', 'pillars'], ids: seven, message: '7 pillars' },
    ]);
    expectFindings(run('limits/pillars', { pillars: ['a', 'b'] }), [
      { rule: 'limits/pillars', ids: ['a', 'b'] },
    ]);
  });

  it('passes 3–5 pillars', () => {
    expectNoFindings(run('limits/pillars', { pillars: ['a', 'b', 'c', 'd'] }));
  });
});

describe('limits/company-objectives', () => {
  it('reports more than 3 company objectives in a cycle', () => {
    const findings = run('limits/company-objectives', { units: org, objectives: [{}, {}, {}, {}] });
    expectFindings(findings, [
      {
        rule: 'limits/company-objectives',
        path: ['units', 0],
        ids: ['acme', 'q1'],
        message: '4 objectives',
      },
    ]);
  });

  it('reports a cycle with team objectives but no company objective to align with', () => {
    const findings = run('limits/company-objectives', {
      units: org,
      objectives: [{ unitId: 'web' }],
    });
    expectFindings(findings, [
      { rule: 'limits/company-objectives', path: ['units', 0], ids: ['acme', 'q1'] },
    ]);
  });

  it("counts the parent cycle's company objectives for its sub-cycles", () => {
    const findings = run('limits/company-objectives', {
      units: org,
      cycles: [
        { id: 'fy26', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' },
        { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'fy26' },
      ],
      objectives: [
        { id: 'g', cycleId: 'fy26', unitId: 'acme', children: [{ unitId: 'web', cycleId: 'q1' }] },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('owner/kr-owner', () => {
  it('reports key results without an owner or with an unknown owner', () => {
    const findings = run('owner/kr-owner', {
      objectives: [{ keyResults: [{ ownerId: 'nobody' }, { ownerId: '' }] }],
    });
    expectFindings(findings, [
      {
        rule: 'owner/kr-owner',
        severity: 'error',
        path: ['keyResults', 0, 'ownerId'],
        ids: ['o1.kr1', 'nobody'],
      },
      {
        rule: 'owner/kr-owner',
        path: ['keyResults', 1, 'ownerId'],
        ids: ['o1.kr2'],
        message: 'no owner',
      },
    ]);
  });

  it('passes key results owned by an existing person', () => {
    expectNoFindings(run('owner/kr-owner', { objectives: [{ keyResults: 3 }] }));
  });
});

describe('owner/objective-owner', () => {
  it('reports objectives without an owner or with an unknown owner', () => {
    const findings = run('owner/objective-owner', {
      objectives: [{ ownerId: null }, { ownerId: 'ghost' }],
    });
    expectFindings(findings, [
      { rule: 'owner/objective-owner', path: ['objectives', 0, 'ownerId'], ids: ['o1'] },
      { rule: 'owner/objective-owner', path: ['objectives', 1, 'ownerId'], ids: ['o2', 'ghost'] },
    ]);
  });

  it('passes owned objectives', () => {
    expectNoFindings(run('owner/objective-owner', { objectives: [{}] }));
  });
});

describe('measure/quantifiable', () => {
  it('reports measures that cannot move or be met', () => {
    const findings = run('measure/quantifiable', {
      objectives: [
        {
          keyResults: [
            { measure: { kind: 'metric', start: 90, target: 90 } },
            { measure: { kind: 'metric', start: 90, target: 90, direction: 'increase' } },
            { measure: { kind: 'checklist', items: [] } },
            { measure: { kind: 'range', min: 5, max: 1 } },
            {
              measure: {
                kind: 'checklist',
                items: [
                  { id: 'a', title: 'A' },
                  { id: 'a', title: 'A again' },
                ],
              },
            },
          ],
        },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'measure/quantifiable',
        path: ['keyResults', 0, 'measure', 'target'],
        ids: ['o1.kr1'],
      },
      {
        rule: 'measure/quantifiable',
        path: ['keyResults', 2, 'measure', 'items'],
        ids: ['o1.kr3'],
      },
      { rule: 'measure/quantifiable', path: ['keyResults', 3, 'measure', 'min'], ids: ['o1.kr4'] },
      {
        rule: 'measure/quantifiable',
        path: ['keyResults', 4, 'measure', 'items', 1, 'id'],
        ids: ['o1.kr5', 'a'],
      },
    ]);
  });

  it('passes decreasing metrics, thresholds, milestones and checklists with items', () => {
    const findings = run('measure/quantifiable', {
      objectives: [
        {
          keyResults: [
            { measure: { kind: 'metric', start: 200, target: 140 } },
            { measure: { kind: 'threshold', mode: 'atLeast', value: 99.9 } },
            { measure: { kind: 'milestone' } },
            { measure: { kind: 'checklist', items: [{ id: 'a', title: 'A' }] } },
          ],
        },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('measure/time-bound', () => {
  it("reports due dates outside the objective's cycle", () => {
    const findings = run('measure/time-bound', {
      objectives: [{ keyResults: [{ due: '2026-04-15' }, { due: '2025-12-01' }] }],
    });
    expectFindings(findings, [
      { rule: 'measure/time-bound', path: ['keyResults', 0, 'due'], ids: ['o1.kr1', 'q1'] },
      { rule: 'measure/time-bound', path: ['keyResults', 1, 'due'], ids: ['o1.kr2', 'q1'] },
    ]);
  });

  it('passes due dates on the first and last day of the cycle, and no due date', () => {
    const findings = run('measure/time-bound', {
      objectives: [
        {
          keyResults: [
            { due: '2026-01-01' },
            { due: '2026-03-31' },
            { due: '2026-03-31T18:00:00Z' },
            {},
          ],
        },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('measure/weights', () => {
  it('reports negative weights and siblings that all weigh zero', () => {
    const findings = run('measure/weights', {
      objectives: [
        { id: 'a', keyResults: [{ weight: -1 }, {}] },
        { id: 'b', keyResults: [{ weight: 0 }, { weight: 0 }] },
        {
          id: 'p',
          children: [
            { id: 'c1', weight: 0 },
            { id: 'c2', weight: 0 },
          ],
        },
      ],
    });
    expectFindings(findings, [
      { rule: 'measure/weights', path: ['keyResults', 0, 'weight'], ids: ['a.kr1'] },
      { rule: 'measure/weights', path: ['objectives', 1], ids: ['b', 'b.kr1', 'b.kr2'] },
      { rule: 'measure/weights', path: ['objectives', 2], ids: ['p', 'c1', 'c2'] },
    ]);
  });

  it('passes positive and partly zero weights', () => {
    expectNoFindings(
      run('measure/weights', { objectives: [{ keyResults: [{ weight: 0 }, { weight: 2 }] }] }),
    );
  });
});

describe('engage/owned-in-unit', () => {
  it('reports an objective handed down to a team by someone above it', () => {
    const findings = run('engage/owned-in-unit', {
      units: org,
      objectives: [{ unitId: 'acme' }, { id: 'w', unitId: 'web', ownerId: 'acme-lead' }],
    });
    expectFindings(findings, [
      { rule: 'engage/owned-in-unit', path: ['objectives', 1, 'ownerId'], ids: ['w', 'acme-lead'] },
    ]);
  });

  it("passes owners from the objective's unit or its subtree", () => {
    const findings = run('engage/owned-in-unit', {
      units: org,
      objectives: [{ unitId: 'web' }, { unitId: 'eng', ownerId: 'web-lead' }],
    });
    expectNoFindings(findings);
  });
});

describe('engage/approved-before-active', () => {
  it('reports active objectives below the root without an approval from above', () => {
    const findings = run('engage/approved-before-active', {
      units: org,
      objectives: [
        { unitId: 'acme', state: 'active' },
        { id: 'w', unitId: 'web', approvedBy: null },
        { id: 'x', unitId: 'web', approvedBy: 'web-lead' },
        { id: 'y', unitId: 'web', state: 'closed', approvedBy: 'ghost' },
        { id: 'z', unitId: 'web', state: 'proposed', approvedBy: null },
      ],
    });
    expectFindings(findings, [
      { rule: 'engage/approved-before-active', path: ['objectives', 1, 'approvedBy'], ids: ['w'] },
      {
        rule: 'engage/approved-before-active',
        path: ['objectives', 2, 'approvedBy'],
        ids: ['x', 'web-lead'],
      },
      {
        rule: 'engage/approved-before-active',
        path: ['objectives', 3, 'approvedBy'],
        ids: ['y', 'ghost'],
      },
    ]);
  });

  it('passes approvals by a person of an ancestor unit', () => {
    const findings = run('engage/approved-before-active', {
      units: org,
      objectives: [{ unitId: 'web' }, { unitId: 'web', approvedBy: 'acme-lead' }],
    });
    expectNoFindings(findings);
  });
});

describe('align/dependency-exists', () => {
  it('reports dependency ends that do not exist', () => {
    const findings = run('align/dependency-exists', {
      objectives: [{ id: 'w' }],
      dependencies: [
        { from: 'ghost', on: 'w' },
        { from: 'w', on: { keyResultId: 'nokr' } },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'align/dependency-exists',
        severity: 'error',
        path: ['dependencies', 0, 'from', 'objectiveId'],
        ids: ['d1', 'ghost'],
      },
      {
        rule: 'align/dependency-exists',
        path: ['dependencies', 1, 'on', 'keyResultId'],
        ids: ['d2', 'nokr'],
      },
    ]);
    // The dependency by the title of its other end, not by its own id.
    expect(findings.map((f) => f.message)).toEqual([
      'A dependency on objective "w" "Objective w" comes from objective "ghost", which does not exist.',
      'Objective "w" "Objective w" depends on key result "nokr", which does not exist.',
    ]);
  });

  it('names no end when neither exists', () => {
    const findings = run('align/dependency-exists', {
      dependencies: [{ id: 'dep-lost', from: 'ghost', on: 'phantom' }],
    });
    expect(findings.map((f) => [f.ids, f.message])).toEqual([
      [['dep-lost', 'ghost'], 'A dependency comes from objective "ghost", which does not exist.'],
      [['dep-lost', 'phantom'], 'A dependency is on objective "phantom", which does not exist.'],
    ]);
  });

  it('passes dependencies between existing objectives and key results', () => {
    expectNoFindings(
      run('align/dependency-exists', {
        objectives: [{ id: 'a' }, { id: 'b' }],
        dependencies: [{ from: 'a', on: { keyResultId: 'b.kr2' } }],
      }),
    );
  });
});

describe('align/dependency-cross-unit', () => {
  it('reports dependencies within one unit', () => {
    const findings = run('align/dependency-cross-unit', {
      units: org,
      objectives: [
        { id: 'w1', unitId: 'web' },
        { id: 'w2', unitId: 'web' },
      ],
      dependencies: [
        { from: 'w1', on: { keyResultId: 'w2.kr1' } },
        { from: 'w1', on: 'w1' },
      ],
    });
    expectFindings(findings, [
      { rule: 'align/dependency-cross-unit', path: ['dependencies', 0], ids: ['d1', 'w1', 'w2'] },
      {
        rule: 'align/dependency-cross-unit',
        path: ['dependencies', 1],
        ids: ['d2', 'w1', 'w1'],
        message: 'itself',
      },
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'The dependency of objective "w1" "Objective w1" on "w2" "Objective w2" links two objectives of the same unit "web"; dependencies make cross-team work explicit.',
      'Objective "w1" "Objective w1" depends on itself.',
    ]);
  });

  it('passes dependencies across units', () => {
    const findings = run('align/dependency-cross-unit', {
      units: org,
      objectives: [
        { id: 's', unitId: 'sales' },
        { id: 'w', unitId: 'web' },
      ],
      dependencies: [{ from: 's', on: 'w' }],
    });
    expectNoFindings(findings);
  });
});

describe('align/dependency-declined', () => {
  const base = {
    units: org,
    dependencies: [{ from: 's', on: 'w', state: 'declined' as const }],
  };

  it('reports a declined dependency of an open objective', () => {
    const findings = run('align/dependency-declined', {
      ...base,
      objectives: [
        { id: 's', unitId: 'sales' },
        { id: 'w', unitId: 'web' },
      ],
    });
    expectFindings(findings, [
      {
        rule: 'align/dependency-declined',
        path: ['dependencies', 0, 'state'],
        ids: ['d1', 's', 'w'],
      },
    ]);
    expect(findings[0]?.message).toBe(
      'The owners of "w" "Objective w" declined the dependency of objective "s" "Objective s", which must be re-planned.',
    );
  });

  it('names the ends that exist, never the dependency id', () => {
    const findings = run('align/dependency-declined', {
      units: org,
      objectives: [{ id: 's', title: 'Sell to the mid-market', unitId: 'sales' }],
      dependencies: [
        { id: 'dep-a', from: 's', on: 'gone', state: 'declined' },
        { id: 'dep-b', from: 'gone', on: 's', state: 'declined' },
        { id: 'dep-c', from: 'gone', on: 'lost', state: 'declined' },
      ],
    });
    expect(findings.map((f) => [f.ids, f.message])).toEqual([
      [
        ['dep-a', 's'],
        'The dependency of objective "s" "Sell to the mid-market" was declined; the objective must be re-planned.',
      ],
      [
        ['dep-b', 's'],
        'The owners of "s" "Sell to the mid-market" declined a dependency on it; the work that needs it must be re-planned.',
      ],
      [['dep-c'], 'A dependency was declined; the work that needs it must be re-planned.'],
    ]);
    for (const f of findings) expect(f.message).not.toMatch(/dep-/);
  });

  it('passes once the dependent objective is closed', () => {
    const findings = run('align/dependency-declined', {
      ...base,
      objectives: [
        { id: 's', unitId: 'sales', state: 'closed' },
        { id: 'w', unitId: 'web' },
      ],
    });
    expectNoFindings(findings);
  });
});

describe('align/dependency-accepted', () => {
  const spec: SetSpec = {
    units: org,
    objectives: [
      { id: 's', unitId: 'sales' },
      { id: 'w', unitId: 'web' },
    ],
    dependencies: [
      { from: 's', on: 'w', state: 'proposed' },
      { from: 's', on: 'w', state: 'accepted', decidedAt: '2026-01-15' },
      { from: 's', on: 'w', state: 'accepted', decidedAt: '2025-12-18' },
      { from: { keyResultId: 's.kr1' }, on: 'w', state: 'accepted' },
    ],
  };

  it('reports dependencies not accepted by the start of the cycle', () => {
    expectFindings(run('align/dependency-accepted', spec, { asOf: '2026-01-20' }), [
      {
        rule: 'align/dependency-accepted',
        path: ['dependencies', 0, 'state'],
        ids: ['d1', 's', 'w'],
        message: 'still proposed',
      },
      {
        rule: 'align/dependency-accepted',
        path: ['dependencies', 1, 'decidedAt'],
        ids: ['d2', 's', 'w'],
      },
    ]);
  });

  it('names the objectives by their titles, not the dependency by its id', () => {
    const titled: SetSpec = {
      units: org,
      objectives: [
        { id: 's', title: 'Turn trials into paying customers', unitId: 'sales' },
        { id: 'w', title: 'Resolve customer issues faster', unitId: 'web' },
      ],
      dependencies: [
        { id: 'trials-need-chat', from: 's', on: 'w', state: 'proposed' },
        { id: 'late-yes', from: 's', on: 'w', state: 'accepted', decidedAt: '2026-01-15' },
        { id: 'on-nothing', from: 's', on: 'gone', state: 'proposed' },
      ],
    };
    const findings = run('align/dependency-accepted', titled, { asOf: '2026-01-20' });
    expect(findings.map((f) => [f.ids, f.path, f.message])).toEqual([
      [
        ['trials-need-chat', 's', 'w'],
        ['dependencies', 0, 'state'],
        'The dependency of objective "s" "Turn trials into paying customers" on "w" "Resolve customer issues faster" is still proposed, though cycle "q1" started 2026-01-01.',
      ],
      [
        ['late-yes', 's', 'w'],
        ['dependencies', 1, 'decidedAt'],
        'The dependency of objective "s" "Turn trials into paying customers" on "w" "Resolve customer issues faster" was accepted on 2026-01-15, after cycle "q1" started (2026-01-01).',
      ],
      [
        ['on-nothing', 's'],
        ['dependencies', 2, 'state'],
        'A dependency of objective "s" "Turn trials into paying customers" is still proposed, though cycle "q1" started 2026-01-01.',
      ],
    ]);
    for (const f of findings) expect(f.message).not.toMatch(/trials-need-chat|late-yes|on-nothing/);
  });

  it('is silent before the cycle starts, and skipped without asOf', () => {
    expectNoFindings(run('align/dependency-accepted', spec, { asOf: '2025-12-20' }));
    expectNoFindings(run('align/dependency-accepted', spec));
  });
});

describe('deliver/stale-check-in', () => {
  const spec = (state: 'active' | 'draft' = 'active'): SetSpec => ({
    objectives: [
      {
        state,
        keyResults: [
          {
            checkIns: [
              { at: '2026-02-05', value: 3 },
              { at: '2026-03-01', value: 5 },
            ],
          },
          { checkIns: [{ at: '2026-02-13', value: 3 }] },
        ],
      },
    ],
  });

  it('reports a latest check-in (at or before asOf) older than the cadence', () => {
    expectFindings(run('deliver/stale-check-in', spec(), { asOf: '2026-02-20' }), [
      {
        rule: 'deliver/stale-check-in',
        path: ['keyResults', 0],
        ids: ['o1.kr1', 'o1.kr1.c1'],
        message: '15 days ago',
      },
    ]);
  });

  it('passes a check-in exactly one cadence old, inactive objectives, closed windows, and no asOf', () => {
    expectNoFindings(
      run('deliver/stale-check-in', spec(), { asOf: '2026-02-20', options: { cadenceDays: 15 } }),
    );
    expectNoFindings(run('deliver/stale-check-in', spec('draft'), { asOf: '2026-02-20' }));
    expectNoFindings(run('deliver/stale-check-in', spec(), { asOf: '2026-04-20' }));
    expectNoFindings(run('deliver/stale-check-in', spec()));
  });
});

describe('deliver/missing-check-in', () => {
  const spec: SetSpec = {
    objectives: [{ keyResults: [{}, { checkIns: [{ at: '2026-01-08' }] }] }],
  };

  it('reports key results of active objectives without a check-in after the first cadence', () => {
    expectFindings(run('deliver/missing-check-in', spec, { asOf: '2026-01-20' }), [
      {
        rule: 'deliver/missing-check-in',
        path: ['keyResults', 0],
        ids: ['o1.kr1'],
        message: '19 days',
      },
    ]);
  });

  it('passes within the first cadence', () => {
    expectNoFindings(run('deliver/missing-check-in', spec, { asOf: '2026-01-08' }));
  });

  it('says the window is over once it is, not "96 days into" a 90-day window', () => {
    const [finding] = run('deliver/missing-check-in', spec, { asOf: '2026-04-06' });
    expect(finding?.message).toBe(
      'Key result "o1.kr1" had no check-in in its window of 90 days, which is over.',
    );
    const due = run(
      'deliver/missing-check-in',
      { objectives: [{ keyResults: [{ due: '2026-01-31' }] }] },
      { asOf: '2026-02-10' },
    );
    expect(due[0]?.message).toContain('its window of 31 days, which is over');
  });
});

describe('deliver/confidence-drop', () => {
  it('reports a fall of 3 points or more since the previous confidence', () => {
    const findings = run(
      'deliver/confidence-drop',
      {
        objectives: [
          {
            keyResults: [
              {
                checkIns: [
                  { at: '2026-01-08', confidence: 8 },
                  { at: '2026-01-15' },
                  { at: '2026-01-22', confidence: 5 },
                ],
              },
              { confidence: 7, checkIns: [{ at: '2026-01-08', confidence: 4 }] },
              {
                checkIns: [
                  { at: '2026-01-08', confidence: 8 },
                  { at: '2026-01-15', confidence: 6 },
                ],
              },
            ],
          },
        ],
      },
      { asOf: '2026-01-25' },
    );
    expectFindings(findings, [
      {
        rule: 'deliver/confidence-drop',
        path: ['keyResults', 0],
        ids: ['o1.kr1', 'o1.kr1.c3', 'o1.kr1.c1'],
        message: 'from 8 to 5',
      },
      { rule: 'deliver/confidence-drop', path: ['keyResults', 1], ids: ['o1.kr2', 'o1.kr2.c1'] },
    ]);
  });

  it('judges the latest check-in at or before asOf only', () => {
    const spec: SetSpec = {
      objectives: [
        {
          keyResults: [
            {
              checkIns: [
                { at: '2026-01-08', confidence: 8 },
                { at: '2026-01-22', confidence: 2 },
              ],
            },
          ],
        },
      ],
    };
    expectNoFindings(run('deliver/confidence-drop', spec, { asOf: '2026-01-15' }));
  });
});

describe('deliver/check-in-outside-window', () => {
  // The worked cases are in checkInOutsideWindow.test.ts; here, the rule through validate's runner.
  it('reports a check-in dated after the window and passes one inside it', () => {
    const spec = (at: string): SetSpec => ({
      objectives: [{ keyResults: [{ checkIns: [{ at, value: 1 }] }] }],
    });
    expectFindings(run('deliver/check-in-outside-window', spec('2026-04-02')), [
      {
        rule: 'deliver/check-in-outside-window',
        path: ['checkIns', 0, 'at'],
        ids: ['o1.kr1.c1', 'o1.kr1'],
      },
    ]);
    expectNoFindings(run('deliver/check-in-outside-window', spec('2026-03-31')));
  });
});

it('every built-in rule has its describe block in this file', () => {
  // The quality/* rules have theirs in quality.test.ts.
  const source =
    readFileSync(fileURLToPath(import.meta.url), 'utf8') +
    readFileSync(fileURLToPath(new URL('./quality.test.ts', import.meta.url)), 'utf8');
  const described = [...source.matchAll(/^describe\('([^']+\/[^']+)'/gm)].map((m) => m[1]);
  expect(described.sort()).toEqual(Object.keys(builtinRules).sort());
  expect(Object.keys(builtinRules)).toHaveLength(37);
});
