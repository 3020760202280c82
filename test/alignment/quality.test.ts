import { describe, expect, it } from 'vitest';
import {
  builtinRules,
  definePolicy,
  type Finding,
  type Measure,
  type OkrSet,
  policies,
  validate,
} from '../../src/index.js';
import {
  buildSet,
  type KeyResultSpec,
  type ObjectiveSpec,
  runRule,
} from '../../src/testing/index.js';

const QUALITY_RULES = [
  'quality/duplicate-title',
  'quality/early-achievement',
  'quality/early-confidence',
  'quality/kr-activity',
  'quality/kr-unit',
  'quality/metric-baseline',
  'quality/mostly-milestones',
  'quality/objective-numbers',
  'quality/title-length',
];

/** Key results that read well: outcomes, real baselines, units where named. */
const GOOD_KRS: KeyResultSpec[] = [
  {
    title: 'Checkout conversion from 2% to 4%',
    measure: { kind: 'metric', start: 2, target: 4, unit: '%' },
  },
  {
    title: 'Median page load under 800 ms',
    measure: { kind: 'threshold', mode: 'atMost', value: 800, unit: 'ms' },
  },
  {
    title: 'Repeat orders per shop from 1.2 to 2',
    measure: { kind: 'metric', start: 1.2, target: 2 },
  },
];

/** A well-written objective and its key results: no quality rule may flag it. */
const GOOD: ObjectiveSpec = {
  id: 'o-good',
  title: 'Make buying from small shops a joy',
  keyResults: GOOD_KRS,
};

function setOf(...objectives: ObjectiveSpec[]): OkrSet {
  return buildSet({ objectives });
}

function run(id: string, set: OkrSet, options?: Record<string, unknown>): Finding[] {
  return runRule(builtinRules[id]!, set, options === undefined ? {} : { options });
}

function titles(id: string, ...objectiveTitles: string[]): Finding[] {
  return run(
    id,
    setOf(...objectiveTitles.map((title, i) => ({ id: `o${i + 1}`, title, keyResults: GOOD_KRS }))),
  );
}

function krTitles(id: string, krs: KeyResultSpec[]): Finding[] {
  return run(id, setOf({ id: 'o1', title: GOOD.title!, keyResults: krs }));
}

describe('the quality preset', () => {
  it('extends recommended and turns every quality rule on (titles are info)', () => {
    const quality = policies.quality;
    for (const [id, setting] of Object.entries(policies.recommended.settings)) {
      if (!id.startsWith('quality/')) expect(quality.settings[id]).toEqual(setting);
    }
    const on = Object.entries(quality.settings)
      .filter(([id]) => id.startsWith('quality/'))
      .map(([id, s]) => [id, s.severity]);
    expect(on.map(([id]) => id).sort()).toEqual(QUALITY_RULES);
    expect(Object.fromEntries(on)['quality/title-length']).toBe('info');
    expect(on.filter(([, s]) => s === 'off')).toEqual([]);
    expect(policies.recommended.settings['quality/kr-activity']?.severity).toBe('off');
  });

  it("is what definePolicy({ extends: 'quality' }) starts from, options and all", () => {
    const policy = definePolicy({
      extends: 'quality',
      rules: { 'quality/kr-activity': ['error', { activityVerbs: ['write'] }] },
    });
    expect(policy.settings['quality/objective-numbers']?.severity).toBe('warning');
    expect(policy.settings['quality/kr-activity']).toEqual({
      severity: 'error',
      options: { activityVerbs: ['write'] },
    });
  });

  it('a well-written objective and key results get no quality finding', () => {
    const set = setOf(GOOD, {
      id: 'o-other',
      title: 'Help shops keep their regulars',
      keyResults: [
        {
          title: 'Shops that reorder within 30 days from 35% to 50%',
          measure: { kind: 'metric', start: 35, target: 50, unit: '%' },
          checkIns: [
            { at: '2026-01-08', value: 36, confidence: 6 },
            { at: '2026-01-15', value: 38, confidence: 7 },
          ],
        },
        {
          title: 'Sign 20 new partner shops',
          measure: { kind: 'metric', start: 0, target: 20 },
          checkIns: [
            { at: '2026-01-08', value: 2, confidence: 9 },
            { at: '2026-01-15', value: 5, confidence: 5 },
          ],
        },
      ],
    });
    const findings = validate(set, { policy: policies.quality, asOf: '2026-01-20' });
    expect(findings.filter((f) => f.rule.startsWith('quality/'))).toEqual([]);
  });

  it('every finding carries a fix hint', () => {
    const bad = setOf(
      {
        id: 'o1',
        title: 'Grow revenue to $2M',
        keyResults: [{ title: 'Launch the app', measure: { kind: 'milestone' } }],
      },
      {
        id: 'o2',
        title: 'Grow revenue to $2M!',
        keyResults: [
          {
            title: 'Page load under 800 ms',
            measure: { kind: 'threshold', mode: 'atMost', value: 800 },
          },
        ],
      },
    );
    const findings = validate(bad, { policy: policies.quality }).filter((f) =>
      f.rule.startsWith('quality/'),
    );
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(4);
    for (const f of findings) expect(f.fix).toMatch(/\w/);
  });
});

describe('quality/objective-numbers', () => {
  it('flags numbers, percent and currency signs, and metric words in an objective title', () => {
    const found = titles(
      'quality/objective-numbers',
      'Grow revenue to $2M',
      'Reach 10,000 active shops',
      'Cut churn by 20%',
      'Raise our NPS with great support',
      'Lower the churn rate of new shops',
    );
    expect(found.map((f) => f.ids[0])).toEqual(['o1', 'o2', 'o3', 'o4', 'o5']);
    expect(found[1]).toMatchObject({ path: ['objectives', 1, 'title'], severity: 'warning' });
    expect(found[1]?.message).toBe(
      'Objective "o2" "Reach 10,000 active shops" carries a number (10,000); an objective is qualitative.',
    );
    expect(found[3]?.message).toContain('a metric (NPS)');
    expect(found[4]?.message).toContain('a metric (churn rate)');
    expect(found[0]?.message).toBe(
      'Objective "o1" "Grow revenue to $2M" carries a number ($2M); an objective is qualitative.',
    );
  });

  it('quotes the whole figure as written: sign, decimals, multiplier', () => {
    const figures = [
      ['Grow revenue to $2M', '$2M'],
      ['Reach €1.5M in partner sales', '€1.5M'],
      ['Win € 250k of new business', '€ 250k'],
      ['Cut churn by 20%', '20%'],
      ['Cut churn by 12.5 %', '12.5 %'],
      ['Sell 3k subscriptions in 2026', '3k'],
      ['Land a 2.5 million user base', '2.5 million'],
      ['Book 5M€ of new contracts', '5M€'],
      ['Raise £1.2bn for the fund', '£1.2bn'],
      ['Grow to 2B visits a year', '2B'],
      ['Save 30 € per order', '30 €'],
      ['Delight 10,000 shops in Q3', '10,000'],
      ['Serve 4 markets by FY2027', '4'],
      ['Offer 24/7 support to every shop', '24/7'],
      ['Be the 1st choice of small shops', '1st'],
      ['Become the 3rd largest marketplace', '3rd'],
    ] as const;
    const found = titles('quality/objective-numbers', ...figures.map(([title]) => title));
    expect(found.map((f) => f.message.match(/a number \((.+?)\);/)?.[1])).toEqual(
      figures.map(([, figure]) => figure),
    );
  });

  it('leaves words, years and period names alone', () => {
    expect(
      titles(
        'quality/objective-numbers',
        'Delight small shops in 2026',
        'Win the mid-market in Q3',
        'Become the B2B shop people love',
        'Grow the FY2026 pipeline in H2',
        'Win shops from 1999 to 2030',
      ),
    ).toEqual([]);
  });

  it("reads 1900–2099 as a year only in a year's place, and flags it as a count", () => {
    const counts = [
      ['Reach 2000 paying customers', '2000'],
      ['Get 1900 new signups', '1900'],
      ['Grow to 2050 partner shops', '2050'],
      ['Win 2026 new shops in 2026', '2026'],
      ['Serve 1999 shops by 2027', '1999'],
    ] as const;
    const found = titles('quality/objective-numbers', ...counts.map(([title]) => title));
    expect(found.map((f) => f.message.match(/a number \((.+?)\);/)?.[1])).toEqual(
      counts.map(([, figure]) => figure),
    );
    expect(found[0]?.message).toBe(
      'Objective "o1" "Reach 2000 paying customers" carries a number (2000); an objective is qualitative.',
    );
    // Years: after in/by/for/of/since/until/…/FY/mid or a quarter, at the end, in a range.
    expect(
      titles(
        'quality/objective-numbers',
        'Become the market leader in 2026',
        'Delight small shops by 2027 across Europe',
        'Win back trust lost since 2019',
        'Make checkout effortless before 2030 arrives',
        'Finish the platform move by the end of 2026 for good',
        'Close the FY 2026 books without a late night',
        'Own the mid-market by mid-2027 with partners',
        'Launch in Asia in Q3 2026 with two partners',
        'Lead the market from 2026 to 2030 and beyond',
        'Keep our promises through 2026–2027 for every shop',
        'The shop people love, 2026',
      ),
    ).toEqual([]);
  });

  it('takes the metric words as an option', () => {
    const set = setOf({
      id: 'o1',
      title: 'Raise our NPS with great support',
      keyResults: GOOD_KRS,
    });
    expect(run('quality/objective-numbers', set, { metricWords: ['arr'] })).toEqual([]);
  });
});

describe('quality/kr-activity', () => {
  it('flags a milestone or checklist key result that starts with an activity verb', () => {
    const found = krTitles('quality/kr-activity', [
      { title: 'Write the onboarding guide', measure: { kind: 'milestone' } },
      { title: 'Launch the new checkout', measure: { kind: 'milestone' } },
      {
        title: 'Hold 3 customer workshops',
        measure: {
          kind: 'checklist',
          items: [
            { id: 'w1', title: 'Berlin' },
            { id: 'w2', title: 'Lyon' },
            { id: 'w3', title: 'Porto' },
          ],
        },
      },
      { title: 'Run a pricing survey', measure: { kind: 'milestone' } },
    ]);
    expect(found.map((f) => f.ids[0])).toEqual(['o1.kr1', 'o1.kr2', 'o1.kr3', 'o1.kr4']);
    expect(found[0]?.message).toBe(
      'Key result "o1.kr1" "Write the onboarding guide" describes an activity (“write”), not an outcome.',
    );
    expect(found[0]?.path).toEqual(['keyResults', 0, 'title']);
  });

  // Titles of the acceptance review: measured outcomes whose first word is on the verb list.
  const MEASURED: KeyResultSpec[] = [
    {
      title: 'Build times under 10 minutes',
      measure: { kind: 'threshold', mode: 'atMost', value: 10, unit: 'min' },
    },
    {
      title: 'Run-rate revenue from €1M to €2M',
      measure: { kind: 'metric', start: 1, target: 2, unit: 'M€' },
    },
    {
      title: 'Setup time for new shops from 30 to 5 minutes',
      measure: { kind: 'metric', start: 30, target: 5, unit: 'min' },
    },
    {
      title: 'Hold time on support calls from 6 to 2 minutes',
      measure: { kind: 'metric', start: 6, target: 2, unit: 'min' },
    },
    {
      title: 'Plan upgrades from 5% to 12%',
      measure: { kind: 'metric', start: 5, target: 12, unit: '%' },
    },
    {
      title: 'Design partners renewing from 3 to 8',
      measure: { kind: 'metric', start: 3, target: 8 },
    },
  ];

  it('never flags a measured key result, whatever its first word', () => {
    const set = buildSet({
      objectives: [
        { id: 'o1', title: GOOD.title!, keyResults: MEASURED.slice(0, 3) },
        { id: 'o2', title: 'Keep our customers for years', keyResults: MEASURED.slice(3) },
        {
          id: 'o3',
          title: 'Help every team ship sooner',
          keyResults: [
            {
              title: 'Launch lead time within 2 to 5 days',
              measure: { kind: 'range', min: 2, max: 5, unit: 'days' },
            },
            { title: 'Build a culture of small releases', measure: { kind: 'derived' } },
          ],
        },
      ],
    });
    expect(run('quality/kr-activity', set)).toEqual([]);
    // The whole preset has nothing to say about them (units given, baselines measured).
    const quality = validate(set, { policy: policies.quality }).filter((f) =>
      f.rule.startsWith('quality/'),
    );
    expect(quality).toEqual([]);
  });

  it('flags the same titles as milestones: the verb is still read', () => {
    const found = krTitles(
      'quality/kr-activity',
      MEASURED.map((kr) => ({ title: kr.title!, measure: { kind: 'milestone' } })),
    );
    // "Run-rate" is one word, not the verb "run" (see below).
    expect(found.map((f) => f.message.match(/\(“(\w+)”\)/)?.[1])).toEqual([
      'build',
      'setup',
      'hold',
      'plan',
      'design',
    ]);
  });

  it('matches an entry of several words against the first words of the title', () => {
    const milestones = (...ts: string[]): KeyResultSpec[] =>
      ts.map((title) => ({ title, measure: { kind: 'milestone' } }));
    const krs = milestones(
      'Set up alerting for every service',
      'Roll out SSO to all customers',
      '“Set up:” a status page for every region',
      // Not the phrases: other second words, a hyphen, one word.
      'Set upper limits reached by no team',
      'Roll-out complete for every customer',
      'Rollout reaches every customer',
      'Up to date docs for every service',
    );
    const set = setOf({ id: 'o1', title: GOOD.title!, keyResults: krs });
    const quoted = (options?: Record<string, unknown>) =>
      run('quality/kr-activity', set, options).map((f) => [
        f.ids[0],
        f.message.match(/\(“(.+?)”\)/)?.[1],
      ]);
    const flagged = [
      ['o1.kr1', 'set up'],
      ['o1.kr2', 'roll out'],
      ['o1.kr3', 'set up'],
    ];
    expect(quoted({ activityVerbs: ['set up', 'roll out'] })).toEqual(flagged);
    // Written in any case and spacing, the entry is the same phrase.
    expect(quoted({ activityVerbs: ['  Set   Up ', 'ROLL OUT'] })).toEqual(flagged);
    expect(run('quality/kr-activity', set, { activityVerbs: ['roll out'] })[0]?.message).toBe(
      'Key result "o1.kr2" "Roll out SSO to all customers" describes an activity (“roll out”), not an outcome.',
    );
    // The defaults hold the phrases; the longest entry that matches is quoted ("set up", not "set").
    expect(quoted()).toEqual([...flagged, ['o1.kr4', 'set']]);
    expect(policies.quality.settings['quality/kr-activity']?.options['activityVerbs']).toEqual(
      expect.arrayContaining(['set up', 'roll out']),
    );
  });

  it('reads the first word as written up to a space: a hyphenated compound is not its first half', () => {
    const found = krTitles('quality/kr-activity', [
      // Outcomes whose first word starts with a verb of the list (the rhythm review).
      { title: 'Start-up time under 2 s on mid-range phones', measure: { kind: 'milestone' } },
      { title: 'Work-life balance score improves for every team', measure: { kind: 'milestone' } },
      { title: 'Do-not-disturb mode used by half of users', measure: { kind: 'milestone' } },
      { title: 'Run-rate revenue above €2M by June', measure: { kind: 'milestone' } },
      { title: 'Re-launch of the app rated 4.5 stars', measure: { kind: 'milestone' } },
      // Activities: the verb with punctuation around it is still the verb.
      { title: 'Launch: the new checkout for every shop', measure: { kind: 'milestone' } },
      { title: '"Start" the migration of billing', measure: { kind: 'milestone' } },
      { title: 'Work through the security backlog', measure: { kind: 'milestone' } },
    ]);
    expect(found.map((f) => [f.ids[0], f.message.match(/\(“(.+?)”\)/)?.[1]])).toEqual([
      ['o1.kr6', 'launch'],
      ['o1.kr7', 'start'],
      ['o1.kr8', 'work'],
    ]);
  });

  it('leaves outcomes alone, and takes the verbs as an option', () => {
    expect(
      krTitles('quality/kr-activity', [
        ...GOOD_KRS,
        {
          title: '90% of new shops finish onboarding in a day',
          measure: { kind: 'metric', start: 40, target: 90, unit: '%' },
        },
        { title: 'New checkout live for every shop', measure: { kind: 'milestone' } },
      ]),
    ).toEqual([]);
    const set = setOf({
      id: 'o1',
      title: GOOD.title!,
      keyResults: [{ title: 'Ship the app', measure: { kind: 'milestone' } }],
    });
    expect(run('quality/kr-activity', set)).toEqual([]);
    expect(run('quality/kr-activity', set, { activityVerbs: ['ship'] })).toHaveLength(1);
  });
});

describe('quality/mostly-milestones', () => {
  const milestone = (title: string): KeyResultSpec => ({ title, measure: { kind: 'milestone' } });
  it('flags an objective whose key results are mostly milestones', () => {
    const found = krTitles('quality/mostly-milestones', [
      milestone('New checkout live for every shop'),
      milestone('Apple Pay accepted at checkout'),
      GOOD_KRS[0]!,
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: ['objectives', 0], ids: ['o1', 'o1.kr1', 'o1.kr2'] });
    expect(found[0]?.message).toBe(
      'Objective "o1" "Make buying from small shops a joy" has 2 milestones among its 3 key results: a project plan rather than outcomes.',
    );
  });

  it('half is not "mostly"; a single key result is not checked; the share is an option', () => {
    expect(
      krTitles('quality/mostly-milestones', [milestone('New checkout live'), GOOD_KRS[0]!]),
    ).toEqual([]);
    expect(krTitles('quality/mostly-milestones', [milestone('New checkout live')])).toEqual([]);
    const set = setOf({
      id: 'o1',
      title: GOOD.title!,
      keyResults: [milestone('New checkout live'), GOOD_KRS[0]!],
    });
    expect(run('quality/mostly-milestones', set, { maxShare: 0.4 })).toHaveLength(1);
    // With minKeyResults 1, one milestone alone reads in the singular.
    const single = setOf({
      id: 'o1',
      title: GOOD.title!,
      keyResults: [milestone('New checkout live')],
    });
    expect(run('quality/mostly-milestones', single, { minKeyResults: 1 })[0]?.message).toBe(
      'Objective "o1" "Make buying from small shops a joy" has 1 milestone among its 1 key result: a project plan rather than outcomes.',
    );
  });

  const checklist = (title: string): KeyResultSpec => ({
    title,
    measure: {
      kind: 'checklist',
      items: [
        { id: 'a', title: 'Berlin' },
        { id: 'b', title: 'Lyon' },
      ],
    },
  });

  it('counts checklists too: their items are work done, not a measure', () => {
    const found = krTitles('quality/mostly-milestones', [
      checklist('Pricing workshops held in every region'),
      checklist('Partner contracts signed in every market'),
      checklist('Security findings closed for every service'),
    ]);
    expect(found).toMatchObject([
      { path: ['objectives', 0], ids: ['o1', 'o1.kr1', 'o1.kr2', 'o1.kr3'] },
    ]);
    expect(found[0]?.message).toBe(
      'Objective "o1" "Make buying from small shops a joy" has 3 checklists among its 3 key results: a project plan rather than outcomes.',
    );
    expect(found[0]?.fix).toBe(
      'Replace the checklists (“Pricing workshops held in every region”, “Partner contracts signed in every market” and “Security findings closed for every service”) with metrics of what they should change; keep the checklists as initiatives.',
    );
    const mixed = krTitles('quality/mostly-milestones', [
      milestone('New checkout live for every shop'),
      checklist('Pricing workshops held in every region'),
      GOOD_KRS[0]!,
    ]);
    expect(mixed.map((f) => f.message)).toEqual([
      'Objective "o1" "Make buying from small shops a joy" has 1 milestone and 1 checklist among its 3 key results: a project plan rather than outcomes.',
    ]);
    expect(mixed[0]?.fix).toBe(
      'Replace the milestones and checklists (“New checkout live for every shop” and “Pricing workshops held in every region”) with metrics of what they should change; keep the milestones and checklists as initiatives.',
    );
  });

  it('a checklist among measured key results, or half of them, is not "mostly"', () => {
    expect(
      krTitles('quality/mostly-milestones', [
        checklist('Pricing workshops held in every region'),
        ...GOOD_KRS.slice(0, 2),
      ]),
    ).toEqual([]);
    expect(
      krTitles('quality/mostly-milestones', [
        checklist('Pricing workshops held in every region'),
        GOOD_KRS[0]!,
      ]),
    ).toEqual([]);
  });
});

describe('quality/metric-baseline', () => {
  it('flags a metric that starts from a placeholder 0', () => {
    const found = krTitles('quality/metric-baseline', [
      {
        title: 'Checkout conversion to 4%',
        measure: { kind: 'metric', start: 0, target: 4, unit: '%' },
      },
    ]);
    expect(found).toMatchObject([
      { path: ['keyResults', 0, 'measure', 'start'], ids: ['o1.kr1', 'o1'] },
    ]);
  });

  it('accepts a measured baseline, new things and "from 0"', () => {
    expect(
      krTitles('quality/metric-baseline', [
        ...GOOD_KRS,
        { title: 'Sign 20 new partner shops', measure: { kind: 'metric', start: 0, target: 20 } },
        {
          title: 'Open shops abroad from 0 to 5',
          measure: { kind: 'metric', start: 0, target: 5 },
        },
        {
          title: 'Keep incidents at zero',
          measure: { kind: 'metric', start: 0, target: 0, direction: 'decrease' },
        },
        {
          title: 'Partner revenue from €0 to €50k',
          measure: { kind: 'metric', start: 0, target: 50_000, unit: '€' },
        },
        {
          title: 'Ad spend returns from $0 to $2M',
          measure: { kind: 'metric', start: 0, target: 2_000_000, unit: '$' },
        },
      ]),
    ).toEqual([]);
  });

  it('still flags "from €0.5M" (not a zero) with start 0', () => {
    expect(
      krTitles('quality/metric-baseline', [
        { title: 'Revenue from €0.5M to €2M', measure: { kind: 'metric', start: 0, target: 2 } },
      ]),
    ).toHaveLength(1);
  });
});

describe('quality/kr-unit', () => {
  it('flags a title that names a unit its measure lacks', () => {
    const found = krTitles('quality/kr-unit', [
      {
        title: 'Median page load under 800 ms',
        measure: { kind: 'threshold', mode: 'atMost', value: 800 },
      },
      {
        title: 'Checkout conversion from 2% to 4%',
        measure: { kind: 'metric', start: 2, target: 4 },
      },
      { title: 'Support replies within 4 hours', measure: { kind: 'range', min: 0, max: 4 } },
      { title: 'Basket size from €30 to €40', measure: { kind: 'metric', start: 30, target: 40 } },
    ]);
    expect(found.map((f) => f.message.match(/\(([^)]+)\)/)?.[1])).toEqual([
      'ms',
      '%',
      'hours',
      '€',
    ]);
    expect(found[0]).toMatchObject({
      path: ['keyResults', 0, 'measure', 'unit'],
      fix: "Add unit: 'ms' to the measure.",
    });
  });

  it('reads unit words in the singular and the plural', () => {
    const singular = [
      ['Tickets answered within 1 day', 'day'],
      ['Support replies within 1 hour', 'hour'],
      ['Fixes shipped within 1 week', 'week'],
      ['Checkout done in 1 minute', 'minute'],
      ['Payback within 1 month', 'month'],
      ['Search answers in 1 second', 'second'],
      ['NPS up by 1 point', 'point'],
      ['Releases every 2 weeks', 'weeks'],
    ] as const;
    const found = krTitles(
      'quality/kr-unit',
      singular.map(([title]) => ({
        title,
        measure: { kind: 'threshold', mode: 'atMost', value: 1 },
      })),
    );
    expect(found.map((f) => f.message.match(/a unit \(([^)]+)\)/)?.[1])).toEqual(
      singular.map(([, unit]) => unit),
    );
    expect(found[0]?.fix).toBe("Add unit: 'day' to the measure.");
    // The same titles with a unit pass.
    expect(
      krTitles(
        'quality/kr-unit',
        singular.map(([title, unit]) => ({
          title,
          measure: { kind: 'threshold', mode: 'atMost', value: 1, unit },
        })),
      ),
    ).toEqual([]);
  });

  it('reads a word of its own list in the other number, not a one-letter word', () => {
    const set = setOf({
      id: 'o1',
      title: GOOD.title!,
      keyResults: [
        { title: 'Ship in 1 sprint', measure: { kind: 'threshold', mode: 'atMost', value: 1 } },
        { title: 'Ship in 3 sprints', measure: { kind: 'threshold', mode: 'atMost', value: 3 } },
        { title: 'Swim 800 m daily', measure: { kind: 'threshold', mode: 'atLeast', value: 800 } },
      ],
    });
    const named = (unitWords: string[]) =>
      run('quality/kr-unit', set, { unitWords }).map((f) => f.ids[0]);
    expect(named(['sprints'])).toEqual(['o1.kr1', 'o1.kr2']);
    expect(named(['sprint'])).toEqual(['o1.kr1', 'o1.kr2']);
    expect(named(['ms'])).toEqual([]);
    expect(named(['weeks'])).toEqual([]);
  });

  it('reads a currency sign or unit word after a multiplier', () => {
    const metric = (title: string, start: number, target: number): KeyResultSpec => ({
      title,
      measure: { kind: 'metric', start, target },
    });
    const found = krTitles('quality/kr-unit', [
      metric('Revenue from 2M€ to 3M€', 2, 3),
      metric('Revenue from 1.5k$ to 3k$', 1.5, 3),
      metric('Revenue from 2M USD to 3M USD', 2, 3),
      metric('Partner sales from €1.5M to €3M', 1.5, 3),
      metric('Revenue from 2M€ to 3M€', 2_000_000, 3_000_000),
      metric('Fund size from 1 billion £ to 2 billion £', 1, 2),
      metric('Active users from 1.5 million to 2 million users', 1.5, 2),
    ]);
    expect(found.map((f) => f.fix)).toEqual([
      // The multiplier joins the sign when the measure counts in it (from 2 to 3: M€).
      "Add unit: 'M€' to the measure.",
      "Add unit: 'k$' to the measure.",
      // A unit word as written, after the multiplier the measure counts in (2 to 3: M USD).
      "Add unit: 'M USD' to the measure.",
      "Add unit: '€M' to the measure.",
      // Counted in euros: the sign alone.
      "Add unit: '€' to the measure.",
      "Add unit: 'bn£' to the measure.",
      "Add unit: 'M users' to the measure.",
    ]);
    // With the unit the fix names, they pass.
    expect(
      krTitles('quality/kr-unit', [
        {
          title: 'Revenue from 2M€ to 3M€',
          measure: { kind: 'metric', start: 2, target: 3, unit: 'M€' },
        },
      ]),
    ).toEqual([]);
  });

  it('writes a unit word as the title does, and reads two-word units of its list', () => {
    const found = krTitles('quality/kr-unit', [
      {
        title: 'Bundle size under 300 KB',
        measure: { kind: 'threshold', mode: 'atMost', value: 300 },
      },
      { title: 'Revenue from 2M EUR to 3M EUR', measure: { kind: 'metric', start: 2, target: 3 } },
      {
        title: 'Revenue from 2000000 USD to 3000000 USD',
        measure: { kind: 'metric', start: 2_000_000, target: 3_000_000 },
      },
    ]);
    expect(found.map((f) => f.fix)).toEqual([
      "Add unit: 'KB' to the measure.",
      "Add unit: 'M EUR' to the measure.",
      "Add unit: 'USD' to the measure.",
    ]);
    expect(found[0]?.message).toContain('names a unit (KB)');
    const set = setOf({
      id: 'o1',
      title: GOOD.title!,
      keyResults: [
        {
          title: 'Velocity from 20 to 40 story points',
          measure: { kind: 'metric', start: 20, target: 40 },
        },
      ],
    });
    expect(run('quality/kr-unit', set, { unitWords: ['story points'] })[0]?.fix).toBe(
      "Add unit: 'story points' to the measure.",
    );
    // A two-word unit not in the list: its first word alone, if listed.
    expect(run('quality/kr-unit', set, { unitWords: ['points'] })).toEqual([]);
    expect(run('quality/kr-unit', set, { unitWords: ['story'] })[0]?.fix).toBe(
      "Add unit: 'story' to the measure.",
    );
  });

  it('does not read a time frame ("in 3 months") as the unit of the measure', () => {
    const threshold = (title: string, value: number): KeyResultSpec => ({
      title,
      measure: { kind: 'threshold', mode: 'atMost', value },
    });
    expect(
      krTitles('quality/kr-unit', [
        threshold('Sev-1 incidents at 2 or fewer in 3 months', 2),
        threshold('Zero data-loss incidents within 6 months', 0),
        threshold('Open sev-2 bugs at 5 or fewer over the next 2 weeks', 5),
        threshold('Churned shops at 10 or fewer during 3 months of beta', 10),
        {
          title: 'Weekly active shops from 200 to 400 in 3 months',
          measure: { kind: 'metric', start: 200, target: 400 },
        },
      ]),
    ).toEqual([]);
    // The measured figure after "in"/"within" is the unit's (one of the measure's values).
    const found = krTitles('quality/kr-unit', [
      threshold('Checkout done in 2 minutes', 2),
      threshold('Support replies within 4 hours', 4),
      threshold('Sev-1 incidents resolved in 3 hours or less in 3 months', 3),
      threshold('Sev-1 incidents at 2 or fewer, each fixed within 2 days', 2),
    ]);
    expect(found.map((f) => f.message.match(/a unit \(([^)]+)\)/)?.[1])).toEqual([
      'minutes',
      'hours',
      'hours',
      'days',
    ]);
  });

  it('accepts measures with their unit and titles that name none', () => {
    expect(
      krTitles('quality/kr-unit', [
        ...GOOD_KRS,
        {
          title: 'Deploys per week from 2 to 10',
          measure: { kind: 'metric', start: 2, target: 10 },
        },
        { title: 'New checkout live in 3 markets', measure: { kind: 'milestone' } },
      ]),
    ).toEqual([]);
  });
});

describe('quality/title-length', () => {
  it('flags titles too short or too long (info)', () => {
    const long =
      'Make sure that every single small shop in every one of our markets finds buying from us simple';
    const found = run(
      'quality/title-length',
      setOf(
        { id: 'o1', title: 'Growth', keyResults: GOOD_KRS },
        {
          id: 'o2',
          title: long,
          keyResults: [
            { title: `${long} and fast and cheap and friendly`, measure: { kind: 'milestone' } },
          ],
        },
      ),
    );
    expect(found.map((f) => [f.ids[0], f.severity])).toEqual([
      ['o2.kr1', 'info'],
      ['o1', 'info'],
      ['o2', 'info'],
    ]);
    expect(found[1]?.message).toBe('Objective "o1" "Growth" has 1 word; at least 3 reads better.');
  });

  it('accepts titles of a readable length; limits are options and checked', () => {
    expect(titles('quality/title-length', GOOD.title!, 'Delight small shops')).toEqual([]);
    expect(
      run('quality/title-length', setOf({ id: 'o1', title: 'Growth', keyResults: GOOD_KRS }), {
        minWords: 1,
      }),
    ).toEqual([]);
    expect(() =>
      definePolicy({ rules: { 'quality/title-length': ['info', { minWords: 30 }] } }),
    ).toThrow(/minWords/);
  });
});

describe('quality/early-confidence', () => {
  const kr = (title: string, confidences: number[]): KeyResultSpec => ({
    title,
    measure: { kind: 'metric', start: 2, target: 4, unit: '%' },
    checkIns: confidences.map((confidence, i) => ({
      at: `2026-01-0${i + 5}`,
      value: 2.1 + i / 10,
      confidence,
    })),
  });
  it('flags an objective whose key results all start at confidence 9–10', () => {
    const found = krTitles('quality/early-confidence', [
      kr('Conversion from 2% to 4%', [9, 10, 5]),
      kr('Retention from 2% to 4%', [10, 9]),
    ]);
    expect(found).toMatchObject([{ path: ['objectives', 0], ids: ['o1', 'o1.kr1', 'o1.kr2'] }]);
  });

  it('does not flag mixed confidence, missing confidence, or key results without check-ins', () => {
    expect(
      krTitles('quality/early-confidence', [
        kr('Conversion from 2% to 4%', [9, 7]),
        kr('Retention from 2% to 4%', [10, 9]),
      ]),
    ).toEqual([]);
    expect(
      krTitles('quality/early-confidence', [
        kr('Conversion from 2% to 4%', [9, 9]),
        { ...GOOD_KRS[1]! },
      ]),
    ).toEqual([]);
    expect(krTitles('quality/early-confidence', [kr('Conversion from 2% to 4%', [9, 9])])).toEqual(
      [],
    );
  });

  it('reads only the check-ins known at asOf', () => {
    // The second check-ins (6 January) are after asOf: only the first ones count,
    // and kr1's first (9) and kr2's first (10) are both high — flagged; the 7 on
    // 6 January would have cleared it.
    const set = setOf({
      id: 'o1',
      title: GOOD.title!,
      keyResults: [kr('Conversion from 2% to 4%', [9, 7]), kr('Retention from 2% to 4%', [10, 9])],
    });
    const rule = builtinRules['quality/early-confidence']!;
    expect(runRule(rule, set)).toEqual([]);
    expect(runRule(rule, set, { asOf: '2026-01-05' })).toHaveLength(1);
  });
});

describe('quality/early-achievement', () => {
  const kr = (title: string, at: string, value: number): KeyResultSpec => ({
    title,
    measure: { kind: 'metric', start: 2, target: 4, unit: '%' },
    checkIns: [{ at, value }],
  });
  it('flags an objective most of whose key results are achieved in the first third', () => {
    // Q1: 2026-01-01 … 2026-03-31 (90 days); the first third ends on 31 January.
    const found = krTitles('quality/early-achievement', [
      kr('Conversion from 2% to 4%', '2026-01-20', 4),
      kr('Retention from 2% to 4%', '2026-01-29', 4.5),
      kr('Margin from 2% to 4%', '2026-01-29', 3),
    ]);
    expect(found).toMatchObject([{ ids: ['o1', 'o1.kr1', 'o1.kr2'] }]);
    expect(found[0]?.message).toBe(
      '2 of the 3 key results of objective "o1" "Make buying from small shops a joy" were achieved in the first 33% of their window: the targets were probably too low.',
    );
  });

  it('does not flag achievement later in the window, or a minority achieved early', () => {
    expect(
      krTitles('quality/early-achievement', [
        kr('Conversion from 2% to 4%', '2026-02-10', 4),
        kr('Retention from 2% to 4%', '2026-03-20', 4),
      ]),
    ).toEqual([]);
    expect(
      krTitles('quality/early-achievement', [
        kr('Conversion from 2% to 4%', '2026-01-10', 4),
        kr('Retention from 2% to 4%', '2026-01-10', 3),
        kr('Margin from 2% to 4%', '2026-03-10', 4),
      ]),
    ).toEqual([]);
  });

  it('does not count thresholds or ranges held from day one as achieved early', () => {
    const held = (title: string, measure: Measure): KeyResultSpec => ({
      title,
      measure,
      checkIns: [{ at: '2026-01-08', value: 1.5 }],
    });
    expect(
      krTitles('quality/early-achievement', [
        held('Keep logo churn at most 2%', {
          kind: 'threshold',
          mode: 'atMost',
          value: 2,
          unit: '%',
        }),
        held('Keep error rate between 1% and 2%', { kind: 'range', min: 1, max: 2, unit: '%' }),
        kr('Conversion from 2% to 4%', '2026-01-20', 4),
      ]),
    ).toEqual([]);
  });

  it('ignores check-ins after asOf', () => {
    const set = setOf({
      id: 'o1',
      title: GOOD.title!,
      keyResults: [
        kr('Conversion from 2% to 4%', '2026-01-20', 4),
        kr('Retention from 2% to 4%', '2026-01-29', 4.5),
      ],
    });
    const rule = builtinRules['quality/early-achievement']!;
    expect(runRule(rule, set, { asOf: '2026-01-31' })).toHaveLength(1);
    // On 25 January the second key result had not been achieved yet: 1 of 2 is not most.
    expect(runRule(rule, set, { asOf: '2026-01-25' })).toEqual([]);
  });
});

describe('quality/duplicate-title', () => {
  it('flags the same or nearly the same title in one unit and cycle', () => {
    const found = run(
      'quality/duplicate-title',
      setOf(
        { id: 'o1', title: 'Improve onboarding for new users', keyResults: GOOD_KRS },
        {
          id: 'o2',
          title: 'Improve the onboarding of new users',
          keyResults: [{ ...GOOD_KRS[0]!, title: 'Checkout conversion from 2 % to 4 %' }],
        },
      ),
    );
    // runRule orders findings by path: key results before objectives.
    expect(found.map((f) => [f.path, f.ids])).toEqual([
      [
        ['keyResults', 3, 'title'],
        ['o2.kr1', 'o1.kr1', 'o2'],
      ],
      [
        ['objectives', 1, 'title'],
        ['o2', 'o1'],
      ],
    ]);
    expect(found[1]?.message).toBe(
      'Objectives "o1" "Improve onboarding for new users" and "o2" "Improve the onboarding of new users" of unit "company" in cycle "q1" say (nearly) the same.',
    );
  });

  it('does not flag different titles, or the same title in another unit or cycle', () => {
    const different = setOf(
      { id: 'o1', title: 'Grow revenue in Europe', keyResults: [GOOD_KRS[0]!] },
      { id: 'o2', title: 'Grow revenue in Asia', keyResults: [GOOD_KRS[1]!] },
    );
    expect(run('quality/duplicate-title', different)).toEqual([]);
    const set = buildSet({
      units: { acme: null, eng: 'acme' },
      objectives: [
        { id: 'o1', title: 'Ship with confidence', unitId: 'acme', keyResults: GOOD_KRS },
        { id: 'o2', title: 'Ship with confidence', unitId: 'eng', keyResults: [] },
      ],
    });
    expect(run('quality/duplicate-title', set)).toEqual([]);
  });

  it('the similarity threshold is an option', () => {
    expect(
      run(
        'quality/duplicate-title',
        setOf(
          { id: 'o1', title: 'Grow revenue in Europe', keyResults: [] },
          { id: 'o2', title: 'Grow revenue in Asia', keyResults: [] },
        ),
        { similarity: 0.5 },
      ),
    ).toHaveLength(1);
  });
});

it('every quality rule is documented with a description', () => {
  for (const id of QUALITY_RULES) {
    expect(builtinRules[id]!.meta.description.length).toBeGreaterThan(20);
  }
});
