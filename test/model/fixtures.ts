/**
 * A small, valid OKR set using every entity kind and every measure kind,
 * as plain JSON input (defaults partly omitted on purpose).
 */
export function validInput(): Record<string, unknown> {
  return {
    version: 1,
    strategy: {
      id: 'acme-2026',
      mission: 'Make small shops thrive',
      vision: 'Every street has a shop that lasts',
      values: ['Customers first', 'Ship weekly'],
      pillars: [
        {
          id: 'growth',
          title: 'Grow revenue',
          horizon: { start: '2026-01-01', end: '2027-12-31' },
        },
        { id: 'quality', title: 'Quality everywhere', description: 'Fewer defects' },
      ],
      swot: [
        { id: 's-brand', kind: 'strength', title: 'Trusted brand' },
        { id: 'w-churn', kind: 'weakness', title: 'High churn', unitId: 'sales' },
        { id: 'o-smb', kind: 'opportunity', title: 'SMB market' },
        { id: 't-rival', kind: 'threat', title: 'New rival' },
      ],
    },
    units: [
      { id: 'acme', name: 'Acme' },
      { id: 'sales', name: 'Sales', parentId: 'acme' },
      { id: 'eng', name: 'Engineering', parentId: 'acme' },
    ],
    people: [
      { id: 'ceo', name: 'Ada', unitId: 'acme' },
      { id: 'sam', name: 'Sam', unitId: 'sales' },
      { id: 'eve', name: 'Eve', unitId: 'eng' },
    ],
    cycles: [
      { id: '2026', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' },
      { id: '2026-q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: '2026' },
    ],
    objectives: [
      {
        id: 'o-grow',
        title: 'Grow with small shops',
        unitId: 'acme',
        cycleId: '2026-q1',
        ownerId: 'ceo',
        links: [
          { kind: 'pillar', pillarId: 'growth' },
          { kind: 'opportunity', swotId: 'o-smb' },
        ],
        commitment: 'committed',
        state: 'active',
      },
      {
        id: 'o-sales',
        title: 'Win back churned shops',
        description: 'Sales side of growth',
        unitId: 'sales',
        cycleId: '2026-q1',
        ownerId: 'sam',
        parent: { keyResultId: 'kr-derived' },
        links: [{ kind: 'weakness', swotId: 'w-churn' }],
        weight: 2,
        state: 'approved',
        approvedBy: 'ceo',
      },
      {
        id: 'o-eng',
        title: 'Ship a rock-solid checkout',
        unitId: 'eng',
        cycleId: '2026-q1',
        parent: { objectiveId: 'o-grow' },
        links: [
          { kind: 'supports', objectiveId: 'o-sales' },
          { kind: 'strength', swotId: 's-brand' },
          { kind: 'threat', swotId: 't-rival' },
        ],
        carriedFrom: 'o-grow',
      },
    ],
    keyResults: [
      {
        id: 'kr-derived',
        objectiveId: 'o-grow',
        title: 'Sales wins back shops',
        ownerId: 'ceo',
        measure: { kind: 'derived' },
      },
      {
        id: 'kr-metric',
        objectiveId: 'o-grow',
        title: 'Revenue 1.0M → 1.5M',
        ownerId: 'ceo',
        weight: 2,
        due: '2026-03-15',
        measure: { kind: 'metric', start: 1_000_000, target: 1_500_000, unit: 'EUR' },
        confidence: 7,
      },
      {
        id: 'kr-threshold',
        objectiveId: 'o-sales',
        title: 'Keep churn under 3%',
        ownerId: 'sam',
        measure: { kind: 'threshold', mode: 'atMost', value: 3, unit: '%' },
      },
      {
        id: 'kr-range',
        objectiveId: 'o-eng',
        title: 'p95 latency 100–300 ms',
        ownerId: 'eve',
        measure: { kind: 'range', min: 100, max: 300, unit: 'ms' },
      },
      {
        id: 'kr-milestone',
        objectiveId: 'o-eng',
        title: 'New checkout live',
        ownerId: 'eve',
        measure: { kind: 'milestone' },
      },
      {
        id: 'kr-checklist',
        objectiveId: 'o-eng',
        title: 'Payment methods',
        ownerId: 'eve',
        measure: {
          kind: 'checklist',
          items: [
            { id: 'card', title: 'Card' },
            { id: 'sepa', title: 'SEPA' },
            { id: 'paypal', title: 'PayPal' },
          ],
        },
      },
    ],
    checkIns: [
      {
        id: 'c1',
        keyResultId: 'kr-metric',
        at: '2026-01-08',
        value: 1_100_000,
        confidence: 6,
        authorId: 'ceo',
      },
      {
        id: 'c2',
        keyResultId: 'kr-threshold',
        at: '2026-01-08T09:30:00Z',
        value: 2.5,
        moved: 'Calls',
        blocked: 'CRM',
        next: 'Emails',
      },
      { id: 'c3', keyResultId: 'kr-range', at: '2026-01-09', value: 250 },
      { id: 'c4', keyResultId: 'kr-milestone', at: '2026-01-09', value: false },
      { id: 'c5', keyResultId: 'kr-milestone', at: '2026-02-09', value: 1 },
      { id: 'c6', keyResultId: 'kr-checklist', at: '2026-01-10', value: ['card', 'sepa'] },
    ],
    initiatives: [
      {
        id: 'i1',
        keyResultId: 'kr-metric',
        title: 'Partner program',
        ownerId: 'sam',
        state: 'doing',
        due: '2026-02-28',
      },
      { id: 'i2', keyResultId: 'kr-range', title: 'Cache prices' },
    ],
    dependencies: [
      {
        id: 'd1',
        from: { objectiveId: 'o-sales' },
        on: { keyResultId: 'kr-milestone' },
        state: 'accepted',
        note: 'Needs the new checkout',
        decidedAt: '2025-12-20',
      },
    ],
    risks: [
      {
        id: 'r1',
        keyResultId: 'kr-milestone',
        title: 'PSP delays',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Second PSP',
      },
      {
        id: 'r2',
        objectiveId: 'o-sales',
        title: 'Seasonality',
        likelihood: 'low',
        impact: 'medium',
      },
    ],
  };
}

/** The fixture with one change at a path: `withChange(['units', 1, 'parentId'], 'x')`. */
export function withChange(
  path: ReadonlyArray<string | number>,
  value: unknown,
): Record<string, unknown> {
  const input = validInput();
  let node: Record<string | number, unknown> = input;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
  return input;
}

/** Pass as the value to {@link withChange} to delete the key. */
export const REMOVE = Symbol('remove');
