// Hand-built reports for the renderer tests: every status, every section, hostile text.
import {
  type CycleReview,
  googleScale,
  grade,
  type ReportFigures,
  type StatusCounts,
  type WeeklyKeyResult,
  type WeeklyReport,
} from '../../src/index.js';

const window = { start: '2026-01-01', end: '2026-03-31' };

/** A metric of 0 → 10 `<deals>` (a hostile unit, for escaping). */
export function figures(current: number | null, previous: number | null = null): ReportFigures {
  const n = (v: number) => String(Math.round(v * 100) / 100);
  return {
    kind: 'metric',
    unit: '<deals>',
    current,
    previous,
    start: 0,
    target: 10,
    min: null,
    max: null,
    mode: 'atLeast',
    text:
      current === null
        ? 'no check-in yet · target 10 <deals> (from 0)'
        : `${n(current)} of 10 <deals> (from 0)`,
  };
}

const counts = (c: Partial<StatusCounts>): StatusCounts => ({
  pending: 0,
  'on-track': 0,
  'at-risk': 0,
  'off-track': 0,
  achieved: 0,
  missed: 0,
  ...c,
});

function kr(
  id: string,
  objectiveId: string,
  status: WeeklyKeyResult['status'],
  score: number,
  previousScore: number,
  extra: Partial<WeeklyKeyResult> = {},
): WeeklyKeyResult {
  const series =
    status === 'pending'
      ? []
      : [
          { at: '2026-01-07', score: previousScore / 2, value: (previousScore / 2) * 10 },
          { at: '2026-01-14', score: previousScore, value: previousScore * 10 },
          { at: '2026-01-21', score, value: score * 10 },
        ];
  const delta = score - previousScore;
  return {
    id,
    title: `KR ${id}`,
    objectiveId,
    ownerId: 'p1',
    ownerName: 'Ada',
    score,
    previousScore,
    delta,
    expected: 0.22,
    status,
    previousStatus: status,
    band: grade(score, googleScale),
    stale: false,
    lastCheckInAt: null,
    value: null,
    confidence: null,
    previousConfidence: null,
    movement: delta > 1e-9 ? 'up' : delta < -1e-9 ? 'down' : 'flat',
    outlook: null,
    forecast: null,
    notes: { moved: [], blocked: [], next: [] },
    window,
    series,
    figures: figures(
      status === 'pending' ? null : score * 10,
      status === 'pending' ? null : previousScore * 10,
    ),
    unitId: objectiveId === 'o1' ? 'acme' : 'eng',
    ...(status === 'pending'
      ? {}
      : {
          lastCheckInAt: '2026-01-21',
          forecast: { score: Math.min(score * 4, 1.5), at: '2026-03-31', reachesTargetAt: null },
        }),
    ...extra,
  };
}

/** 2 units, 3 objectives, 6 key results (one per status, one pending without series). 15 series points. */
export function weeklyFixture(): WeeklyReport {
  const a = [
    kr('k1', 'o1', 'on-track', 0.3, 0.2, {
      notes: { moved: ['Signed 3 <big> deals & more'], blocked: [], next: [] },
    }),
    kr('k2', 'o1', 'at-risk', 0.1, 0.1, {
      notes: { moved: [], blocked: ['Waiting | on legal'], next: ['Call *legal*'] },
      outlook: 'falls-behind',
    }),
  ];
  const b = [
    kr('k3', 'o2', 'off-track', 0, 0.05, { stale: true, lastCheckInAt: '2026-01-07' }),
    kr('k4', 'o2', 'pending', 0, 0),
  ];
  const c = [
    kr('k5', 'o3', 'achieved', 1, 0.8, { outlook: 'reaches-target' }),
    kr('k6', 'o3', 'missed', 0.4, 0.4),
  ];
  const obj = (
    id: string,
    title: string,
    unitId: string,
    keyResults: WeeklyKeyResult[],
    status: WeeklyKeyResult['status'],
  ) => {
    const score = keyResults.reduce((s, k) => s + k.score, 0) / keyResults.length;
    const previousScore = keyResults.reduce((s, k) => s + k.previousScore, 0) / keyResults.length;
    return {
      id,
      title,
      unitId,
      cycleId: 'q1',
      ownerId: 'p1',
      ownerName: 'Ada',
      commitment: 'committed' as const,
      state: 'active' as const,
      score,
      previousScore,
      delta: score - previousScore,
      expected: 0.22,
      status,
      band: grade(score, googleScale),
      keyResults,
      moved: keyResults.filter((k) => k.movement === 'up').map((k) => k.id),
      didNotMove: keyResults.filter((k) => k.movement !== 'up').map((k) => k.id),
      aboutTo: keyResults
        .filter((k) => k.outlook !== null || k.notes.next.length > 0)
        .map((k) => k.id),
      atRisk: keyResults
        .filter((k) => ['at-risk', 'off-track', 'missed'].includes(k.status))
        .map((k) => k.id),
      missing: keyResults.filter((k) => k.status === 'pending').map((k) => k.id),
      stale: keyResults.filter((k) => k.stale).map((k) => k.id),
    };
  };
  return {
    kind: 'weekly',
    asOf: '2026-01-21',
    asOfDay: '2026-01-21',
    timeZone: 'UTC',
    previous: '2026-01-14',
    week: {
      number: 4,
      year: 2026,
      start: '2026-01-19',
      end: '2026-01-25',
      label: 'week 4, 19–25 Jan',
    },
    previousWeek: {
      number: 3,
      year: 2026,
      start: '2026-01-12',
      end: '2026-01-18',
      label: 'week 3, 12–18 Jan',
    },
    filter: { unitId: null, ownerId: null },
    scale: googleScale,
    cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    overall: {
      score: 0.3,
      previousScore: 0.26,
      delta: 0.04,
      band: grade(0.3, googleScale),
      keyResults: 6,
      statusCounts: {
        pending: 1,
        'on-track': 1,
        'at-risk': 1,
        'off-track': 1,
        achieved: 1,
        missed: 1,
      },
    },
    units: [
      {
        id: 'acme',
        name: 'Acme & Co',
        depth: 0,
        score: 0.3,
        previousScore: 0.26,
        objectives: [obj('o1', 'Win <the> market', 'acme', a, 'at-risk')],
        keyResults: 6,
        statusCounts: counts({
          pending: 1,
          'on-track': 1,
          'at-risk': 1,
          'off-track': 1,
          achieved: 1,
          missed: 1,
        }),
        worst: {
          keyResultId: 'k6',
          title: 'KR k6',
          ownerName: 'Ada',
          status: 'missed',
          score: 0.4,
          expected: 0.22,
          figures: figures(4),
        },
      },
      {
        id: 'eng',
        name: 'Engineering',
        depth: 1,
        score: 0.23,
        previousScore: 0.2,
        objectives: [
          obj('o2', 'Ship the platform', 'eng', b, 'off-track'),
          obj('o3', 'Harden security', 'eng', c, 'missed'),
        ],
        keyResults: 4,
        statusCounts: counts({ pending: 1, 'off-track': 1, achieved: 1, missed: 1 }),
        worst: {
          keyResultId: 'k6',
          title: 'KR k6',
          ownerName: 'Ada',
          status: 'missed',
          score: 0.4,
          expected: 0.22,
          figures: figures(4),
        },
      },
    ],
    dependencies: [
      {
        id: 'd1',
        state: 'proposed',
        reason: 'not-accepted',
        from: {
          ref: { objectiveId: 'o1' },
          title: 'Win <the> market',
          unitId: 'acme',
          status: 'at-risk',
        },
        on: { ref: { keyResultId: 'k3' }, title: 'KR k3', unitId: 'eng', status: 'off-track' },
        note: 'Needs the API',
      },
    ],
    owed: [],
    movers: [],
    summary: {
      moved: 2,
      didNotMove: 4,
      aboutTo: 2,
      atRisk: 3,
      missing: 1,
      stale: 1,
      dependencies: 1,
    },
  };
}

/** 2 objectives (one flagged), 3 key results with 3 + 2 + 0 series points. */
export function reviewFixture(): CycleReview {
  const w = { start: '2026-01-01', end: '2026-03-31' };
  const k = (
    id: string,
    objectiveId: string,
    score: number,
    status: WeeklyKeyResult['status'],
    n: number,
  ) => ({
    id,
    title: `KR ${id}`,
    objectiveId,
    ownerId: 'p1',
    ownerName: 'Ada',
    score,
    band: grade(score, googleScale),
    status,
    checkIns: n,
    firstScore: n > 0 ? 0.1 : null,
    improvement: n > 0 ? score - 0.1 : 0,
    achievedAt: status === 'achieved' ? '2026-02-10' : null,
    achievedEarly: status === 'achieved',
    confidence: null,
    window: w,
    series: [
      { at: '2026-01-07', score: 0.1, value: 1 },
      { at: '2026-02-10', score: score * 0.8, value: score * 8 },
      { at: '2026-03-30', score, value: score * 10 },
    ].slice(0, n),
    figures: figures(n > 0 ? score * 10 : null),
    forecast: null,
  });
  return {
    kind: 'review',
    cycle: { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
    asOf: '2026-04-07',
    asOfDay: '2026-04-07',
    timeZone: 'UTC',
    closed: true,
    started: true,
    scale: googleScale,
    overall: {
      score: 0.6,
      band: grade(0.6, googleScale),
      objectives: 2,
      keyResults: 3,
      statusCounts: {
        pending: 0,
        'on-track': 0,
        'at-risk': 0,
        'off-track': 0,
        achieved: 1,
        missed: 2,
      },
    },
    objectives: [
      {
        id: 'o1',
        title: 'Win the market',
        unitId: 'acme',
        unitName: 'Acme',
        ownerId: null,
        ownerName: null,
        commitment: 'committed',
        state: 'active',
        score: 0.7,
        band: grade(0.7, googleScale),
        status: 'missed',
        target: 1,
        flagged: true,
        keyResults: [k('k1', 'o1', 1, 'achieved', 3), k('k2', 'o1', 0.4, 'missed', 2)],
        finalScore: null,
        finalScoreReason: null,
      },
      {
        id: 'o2',
        title: 'Explore <AI>',
        unitId: 'acme',
        unitName: 'Acme',
        ownerId: null,
        ownerName: null,
        commitment: 'aspirational',
        state: 'active',
        score: 0,
        band: grade(0, googleScale),
        status: 'missed',
        target: 0.7,
        flagged: true,
        keyResults: [k('k3', 'o2', 0, 'missed', 0)],
        finalScore: null,
        finalScoreReason: null,
      },
    ],
    flagged: ['o1', 'o2'],
    celebrate: {
      achieved: ['k1'],
      improvements: ['k1', 'k2'],
      owners: [{ ownerId: 'p1', name: 'Ada', achieved: 1 }],
    },
    carryOver: [
      {
        objectiveId: 'o1',
        title: 'Win the market',
        score: 0.7,
        commitment: 'committed',
        keyResults: ['k2'],
        carriedTo: null,
        carriedToTitle: null,
        carriedToCycle: null,
      },
    ],
    pillars: [
      {
        pillarId: 'pl1',
        title: 'Growth',
        score: 0.35,
        band: grade(0.35, googleScale),
        objectives: 2,
        met: 0,
      },
    ],
    alignment: {
      health: 88,
      homework: [],
      errors: 0,
      warnings: 1,
      infos: 0,
      findings: [
        {
          rule: 'deliver/stale-check-in',
          severity: 'warning',
          path: ['keyResults', 2],
          ids: ['k3'],
          message: 'Key result "k3" has no check-in.',
          text: 'Key result “KR k3” (Ada) has no check-in.',
        },
      ],
    },
    prompts: [{ kind: 'never-updated', message: 'KR k3 was never updated: why?', ids: ['k3'] }],
    commitments: {
      committed: { target: 1, objectives: 1, met: 0, score: 0.7 },
      aspirational: { target: 0.7, objectives: 1, met: 0, score: 0 },
    },
  };
}
