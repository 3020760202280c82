// The quality preset on OKRs written the way the seeds ask (qualitative objectives, outcome
// key results with baselines and units): 52 objectives and 129 key results that no
// quality rule may flag, each false positive found in them kept as a case of its own; then
// clearly bad ones, each flagged by the rule meant for it, with fixes that name titles.
import { describe, expect, it } from 'vitest';
import {
  assertOkrSet,
  definePolicy,
  describeFinding,
  describeFix,
  type Finding,
  type Measure,
  type OkrSet,
  validate,
} from '../../src/index.js';

const metric = (start: number, target: number, unit?: string): Measure =>
  unit === undefined ? { kind: 'metric', start, target } : { kind: 'metric', start, target, unit };
const held = (mode: 'atLeast' | 'atMost', value: number, unit?: string): Measure =>
  unit === undefined
    ? { kind: 'threshold', mode, value }
    : { kind: 'threshold', mode, value, unit };
const done = (): Measure => ({ kind: 'milestone' });

type Okr = [objective: string, keyResults: [title: string, measure: Measure][]];

/** Well-written OKRs of a shop-software company. */
const GOOD: Okr[] = [
  [
    'Delight small shops from their first week',
    [
      ['Activation within 7 days from 38% to 55%', metric(38, 55, '%')],
      ['Median time to first sale from 9 days to 4 days', metric(9, 4, 'days')],
      ['Onboarding CSAT from 7.1 to 8.5', metric(7.1, 8.5)],
    ],
  ],
  [
    'Make checkout effortless on every phone',
    [
      ['Mobile checkout conversion from 2.1% to 3.5%', metric(2.1, 3.5, '%')],
      ['Abandoned carts down from 68% to 55%', metric(68, 55, '%')],
      ['Checkout p95 latency from 1,400 ms to 600 ms', metric(1400, 600, 'ms')],
    ],
  ],
  [
    'Become the partner retailers recommend to their peers',
    [
      ['Net Promoter Score from 31 to 45', metric(31, 45)],
      ['Referred signups per month from 120 to 300', metric(120, 300)],
      ['Reviews rated 4 stars or more from 71% to 85%', metric(71, 85, '%')],
    ],
  ],
  [
    'Win the trust of enterprise buyers',
    [
      ['Enterprise deals closed per quarter from 3 to 8', metric(3, 8)],
      ['Security questionnaire turnaround from 12 days to 3 days', metric(12, 3, 'days')],
      ['Average contract value from €40k to €65k', metric(40000, 65000, '€')],
    ],
  ],
  [
    'Keep our platform fast and reliable',
    [
      ['Uptime at or above 99.95%', held('atLeast', 99.95, '%')],
      ['Sev-1 incidents per quarter from 6 to 2', metric(6, 2)],
      ['Mean time to recovery from 90 minutes to 30 minutes', metric(90, 30, 'minutes')],
    ],
  ],
  [
    'Ship with confidence every day',
    [
      ['Deploys per week from 4 to 20', metric(4, 20)],
      ['Change failure rate from 18% to 8%', metric(18, 8, '%')],
      ['Lead time for changes from 5 days to 1 day', metric(5, 1, 'days')],
    ],
  ],
  [
    'Grow recurring revenue in the mid-market',
    [
      ['Mid-market ARR from €2.4M to €3.6M', metric(2.4, 3.6, 'M€')],
      ['Net revenue retention from 104% to 112%', metric(104, 112, '%')],
      ['Expansion revenue share from 18% to 26%', metric(18, 26, '%')],
    ],
  ],
  [
    'Make support a reason customers stay',
    [
      ['First response time from 6 hours to 1 hour', metric(6, 1, 'hours')],
      ['Tickets resolved on first contact from 52% to 70%', metric(52, 70, '%')],
      ['Support CSAT from 82% to 92%', metric(82, 92, '%')],
    ],
  ],
  [
    'Help new hires do their best work sooner',
    [
      ['Time to first merged change from 14 days to 5 days', metric(14, 5, 'days')],
      ['New-hire onboarding score from 6.8 to 8.5', metric(6.8, 8.5)],
      ['Regretted attrition in the first year from 12% to 6%', metric(12, 6, '%')],
    ],
  ],
  [
    'Turn our data into decisions people trust',
    [
      ['Dashboards with a named owner from 40% to 90%', metric(40, 90, '%')],
      ['Weekly active analysts from 35 to 80', metric(35, 80)],
      ['Data incidents reported by users from 9 to 2 per month', metric(9, 2)],
    ],
  ],
  [
    'Open our catalogue to partners',
    [
      ['Partners live on the API from 3 to 15', metric(3, 15)],
      ['Orders placed through partners from 2% to 9%', metric(2, 9, '%')],
      ['Partner integration time from 30 days to 10 days', metric(30, 10, 'days')],
    ],
  ],
  [
    'Be the easiest shop software to learn',
    [
      ['Help-centre searches without a result from 22% to 8%', metric(22, 8, '%')],
      ['Setup wizard completion from 61% to 80%', metric(61, 80, '%')],
      ['Support tickets per 100 new shops from 45 to 25', metric(45, 25)],
    ],
  ],
  [
    'Reach shop owners where they already are',
    [
      ['Organic signups per month from 900 to 1,500', metric(900, 1500)],
      ['Marketplace listing conversion from 3.2% to 5%', metric(3.2, 5, '%')],
      ['Cost per acquisition from €140 to €95', metric(140, 95, '€')],
    ],
  ],
  [
    'Make our brand known in Germany',
    [
      ['Aided brand awareness in Germany from 8% to 15%', metric(8, 15, '%')],
      ['German-speaking trial signups per month from 150 to 400', metric(150, 400)],
      ['Share of voice in trade press from 5% to 12%', metric(5, 12, '%')],
    ],
  ],
  [
    'Protect our customers from fraud',
    [
      ['Chargeback rate from 0.9% to 0.4%', metric(0.9, 0.4, '%')],
      ['Fraudulent orders caught before shipping from 60% to 85%', metric(60, 85, '%')],
      ['False-positive order blocks below 1%', held('atMost', 1, '%')],
    ],
  ],
  [
    'Cut the cost of serving each shop',
    [
      ['Cloud cost per active shop from €3.10 to €2.20', metric(3.1, 2.2, '€')],
      ['Support cost per ticket from €11 to €8', metric(11, 8, '€')],
      ['Gross margin from 71% to 76%', metric(71, 76, '%')],
    ],
  ],
  [
    'Make payments feel instant',
    [
      ['Payouts settled within one day from 40% to 90%', metric(40, 90, '%')],
      ['Payment success rate from 96.5% to 98.5%', metric(96.5, 98.5, '%')],
    ],
  ],
  [
    'Give every team a voice in the roadmap',
    [
      ['Roadmap items co-written with a department head from 20% to 80%', metric(20, 80, '%')],
      ['Employees who say they understand our priorities from 55% to 80%', metric(55, 80, '%')],
    ],
  ],
  [
    'Earn a reputation for accessible design',
    [
      ['Pages meeting WCAG AA from 64% to 95%', metric(64, 95, '%')],
      ['Accessibility issues open longer than 30 days from 48 to 5', metric(48, 5)],
    ],
  ],
  [
    'Keep our best customers for years',
    [
      ['Logo churn among top 100 customers from 7% to 3%', metric(7, 3, '%')],
      ['Top customers with an executive sponsor from 30% to 75%', metric(30, 75, '%')],
      ['Renewal rate from 88% to 94%', metric(88, 94, '%')],
    ],
  ],
  [
    'Make the mobile app a daily habit',
    [
      ['Weekly active app users from 12,000 to 20,000', metric(12000, 20000, 'users')],
      ['Day-30 retention from 21% to 30%', metric(21, 30, '%')],
      ['App store rating from 4.1 to 4.6', metric(4.1, 4.6)],
    ],
  ],
  [
    'Run finance on clean, timely numbers',
    [
      ['Month-end close from 9 days to 4 days', metric(9, 4, 'days')],
      ['Invoices paid on time from 78% to 95%', metric(78, 95, '%')],
    ],
  ],
  [
    'Hire the people our plan needs',
    [
      ['Offer acceptance rate from 62% to 80%', metric(62, 80, '%')],
      ['Time to hire an engineer from 58 days to 40 days', metric(58, 40, 'days')],
      ['Hires from referrals from 15% to 30%', metric(15, 30, '%')],
    ],
  ],
  [
    'Make search find what shoppers mean',
    [
      ['Searches ending in a purchase from 11% to 16%', metric(11, 16, '%')],
      ['Zero-result searches from 9% to 3%', metric(9, 3, '%')],
    ],
  ],
  [
    'Lead the market in sustainable shipping',
    [
      ['Orders shipped carbon-neutral from 25% to 60%', metric(25, 60, '%')],
      ['Packaging waste per order from 180 g to 120 g', metric(180, 120, 'g')],
    ],
  ],
  [
    'Make our pricing simple to understand',
    [
      ['Pricing page visitors who start a trial from 4% to 7%', metric(4, 7, '%')],
      ['Billing tickets per 1,000 customers from 30 to 12', metric(30, 12)],
    ],
  ],
  [
    'Strengthen our position against new competitors',
    [
      ['Win rate against the two new entrants from 35% to 55%', metric(35, 55, '%')],
      ['Customers lost to competitors per quarter from 40 to 15', metric(40, 15)],
    ],
  ],
  [
    'Build a culture of learning from incidents',
    [
      ['Post-incident reviews held within 5 days from 50% to 100%', metric(50, 100, '%')],
      ['Repeat incidents from 8 to 2 per quarter', metric(8, 2)],
    ],
  ],
  [
    'Make our API a pleasure to build on',
    [
      ['Developer satisfaction score from 6.5 to 8', metric(6.5, 8)],
      ['Time to first API call from 45 minutes to 10 minutes', metric(45, 10, 'minutes')],
      ['API error rate below 0.5%', held('atMost', 0.5, '%')],
    ],
  ],
  [
    'Turn first-time buyers into regulars',
    [
      ['Second purchase within 60 days from 24% to 35%', metric(24, 35, '%')],
      ['Average orders per customer per year from 2.3 to 3.1', metric(2.3, 3.1)],
    ],
  ],
  [
    'Keep our customers data safe',
    [
      ['Critical vulnerabilities open past 14 days from 11 to 0', metric(11, 0)],
      ['Staff who passed phishing drills from 70% to 95%', metric(70, 95, '%')],
      ['Systems with single sign-on from 60% to 100%', metric(60, 100, '%')],
    ],
  ],
  [
    'Launch our marketplace in Spain',
    [
      ['Spanish shops live from 0 to 500', metric(0, 500, 'shops')],
      ['Monthly GMV in Spain from €0 to €400k', metric(0, 400000, '€')],
      ['Spanish shop NPS at or above 40', held('atLeast', 40)],
    ],
  ],
  [
    'Make internal tools quick to use',
    [
      ['Build times from 18 minutes to 6 minutes', metric(18, 6, 'minutes')],
      ['Developer survey score for tooling from 5.9 to 7.5', metric(5.9, 7.5)],
    ],
  ],
  [
    'Reduce the time shoppers wait for deliveries',
    [
      ['Orders delivered within 48 hours from 55% to 80%', metric(55, 80, '%')],
      ['Late deliveries from 9% to 4%', metric(9, 4, '%')],
    ],
  ],
  [
    'Make 2026 the year shops choose us first',
    [
      ['Share of new shops choosing us from 18% to 25%', metric(18, 25, '%')],
      ['Trial-to-paid conversion from 9% to 13%', metric(9, 13, '%')],
    ],
  ],
  [
    'Win customers in Germany',
    [
      [
        'Weekly active users of the mobile app in Germany from 10,000 to 15,000',
        metric(10000, 15000, 'users'),
      ],
      ['Paying shops in Germany from 300 to 600', metric(300, 600, 'shops')],
    ],
  ],
  [
    'Win customers in France',
    [
      [
        'Weekly active users of the mobile app in France from 10,000 to 15,000',
        metric(10000, 15000, 'users'),
      ],
      ['Paying shops in France from 300 to 600', metric(300, 600, 'shops')],
    ],
  ],
  [
    'Keep incidents rare and short',
    [
      ['Outages longer than 5 minutes per quarter from 6 to 2', metric(6, 2)],
      ['Sev-2 incidents per quarter from 20 to 10', metric(20, 10)],
    ],
  ],
  [
    'Grow our enterprise business',
    [
      ['Close 8 enterprise deals this quarter', metric(0, 8)],
      ['Sign 3 new reseller partners', metric(0, 3)],
      ['Enterprise pipeline from €1.2M to €2M', metric(1.2, 2, 'M€')],
    ],
  ],
  [
    'Be ready for the SOC 2 audit',
    [
      ['SOC 2 Type II report issued by our auditor', done()],
      ['Controls passing internal review from 60% to 100%', metric(60, 100, '%')],
      ['Vendors with a signed DPA from 40% to 100%', metric(40, 100, '%')],
    ],
  ],
  [
    'Make our docs the best in the industry',
    [
      ['Docs pages rated helpful from 62% to 80%', metric(62, 80, '%')],
      ['Support tickets answered by a docs link from 10% to 30%', metric(10, 30, '%')],
    ],
  ],
  [
    'Give shops a reason to open the app every day',
    [
      ['Daily active shops from 2,000 to 3,500', metric(2000, 3500, 'shops')],
      ['Push notification opt-in from 35% to 50%', metric(35, 50, '%')],
    ],
  ],
  [
    'Build trust through transparent pricing',
    [
      ['Refund requests citing unclear pricing from 120 to 30 per month', metric(120, 30)],
      ['Pricing page NPS from 12 to 30', metric(12, 30)],
    ],
  ],
  [
    'Run a calm, predictable release train',
    [
      ['Releases shipped on the planned day from 55% to 90%', metric(55, 90, '%')],
      ['Hotfixes after release from 7 to 2 per month', metric(7, 2)],
    ],
  ],
  [
    'Hold our lead in customer satisfaction',
    [
      ['CSAT at or above 90%', held('atLeast', 90, '%')],
      ['Complaints per 1,000 orders from 4.2 to 2.5', metric(4.2, 2.5)],
    ],
  ],
  [
    'Set the standard for accessible shop software',
    [
      ['Checkout steps passing a keyboard-only audit from 50% to 100%', metric(50, 100, '%')],
      ['Screen-reader task success from 70% to 90%', metric(70, 90, '%')],
    ],
  ],
  [
    'Plan capacity before it hurts',
    [
      ['Weeks of storage headroom at or above 12', held('atLeast', 12, 'weeks')],
      ['Capacity alerts acted on within 2 days from 50% to 95%', metric(50, 95, '%')],
    ],
  ],
  [
    'Cut waiting time in our warehouses',
    [
      ['Dock-to-stock time from 36 hours to 12 hours', metric(36, 12, 'hours')],
      ['Orders picked within 2 hours from 70% to 92%', metric(70, 92, '%')],
    ],
  ],
  [
    'Be the first choice for craft makers',
    [
      ['Craft makers among new shops from 10% to 20%', metric(10, 20, '%')],
      ['Maker community members from 1,200 to 3,000', metric(1200, 3000)],
    ],
  ],
  [
    'Make returns painless for shoppers',
    [
      ['Return label created in under 2 minutes for 90% of returns', held('atLeast', 90, '%')],
      ['Refund time from 10 days to 3 days', metric(10, 3, 'days')],
    ],
  ],
  [
    'Deliver the new billing platform safely',
    [
      ['Customers migrated to the new billing platform from 0% to 100%', metric(0, 100, '%')],
      ['Billing errors per 10,000 invoices from 15 to 3', metric(15, 3)],
      ['Old billing system switched off', done()],
    ],
  ],
  [
    'Double down on what our best customers love',
    [
      ['Usage of saved carts from 22% to 35%', metric(22, 35, '%')],
      ['Top-tier plan upgrades from 5% to 9%', metric(5, 9, '%')],
    ],
  ],
];

/** All the OKRs in one unit and cycle (so duplicate-title compares them all), or one unit each. */
function setOf(okrs: Okr[], oneUnit = true): OkrSet {
  return assertOkrSet({
    strategy: { pillars: [{ id: 'growth', title: 'Grow with small shops' }] },
    units: [
      { id: 'acme', name: 'Acme' },
      ...okrs.map((_, i) => ({ id: `team${i}`, name: `Team ${i}`, parentId: 'acme' })),
    ],
    people: [{ id: 'pat', name: 'Pat', unitId: 'acme' }],
    cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    objectives: okrs.map(([title], i) => ({
      id: `o${i}`,
      title,
      unitId: oneUnit ? 'acme' : `team${i}`,
      cycleId: 'q1',
      ownerId: 'pat',
      state: 'active',
      links: [{ kind: 'pillar', pillarId: 'growth' }],
    })),
    keyResults: okrs.flatMap(([, krs], i) =>
      krs.map(([title, measure], j) => ({
        id: `o${i}k${j}`,
        objectiveId: `o${i}`,
        title,
        ownerId: 'pat',
        measure,
      })),
    ),
  });
}

const policy = definePolicy({ extends: 'quality' });

function wording(set: OkrSet): Finding[] {
  return validate(set, { policy }).filter((f) => f.rule.startsWith('quality/'));
}

const lines = (findings: Finding[]) => findings.map((f) => `${f.rule}: ${f.message}`);

describe('the quality preset on well-written OKRs: no false positive', () => {
  it('has 50 objectives and more than 120 key results to read', () => {
    expect(GOOD.length).toBeGreaterThanOrEqual(50);
    expect(GOOD.flatMap(([, krs]) => krs).length).toBeGreaterThan(120);
  });

  it('flags none of them, all in one unit and cycle', () => {
    expect(lines(wording(setOf(GOOD)))).toEqual([]);
  });

  it('flags none of them, one unit each', () => {
    expect(lines(wording(setOf(GOOD, false)))).toEqual([]);
  });

  const one = (objective: string, ...krs: [string, Measure][]) =>
    lines(wording(setOf([[objective, krs]])));
  const fine: [string, Measure] = ['Trial-to-paid conversion from 9% to 13%', metric(9, 13, '%')];
  const fine2: [string, Measure] = ['Paying shops from 300 to 600', metric(300, 600, 'shops')];

  it('kr-unit: a number that qualifies what is counted is not the unit of the measure', () => {
    expect(
      one(
        'Fix what annoys shop owners most',
        ['Accessibility issues open longer than 30 days from 48 to 5', metric(48, 5)],
        ['Critical vulnerabilities open past 14 days from 11 to 0', metric(11, 0)],
        ['Billing tickets per 1,000 customers from 30 to 12', metric(30, 12)],
      ),
    ).toEqual([]);
    // The measured figure with its unit is still read: 800 is the threshold's value.
    expect(
      one('Make checkout fast', ['Page load under 800 ms', held('atMost', 800)], fine),
    ).toEqual([
      'quality/kr-unit: Key result "o0k0" "Page load under 800 ms" names a unit (ms) that its measure does not have.',
    ]);
  });

  it('objective-numbers: a year as a subject, and the number of a standard, are not metrics', () => {
    expect(one('Make 2026 the year shops choose us first', fine, fine2)).toEqual([]);
    expect(one('Turn our 2026 roadmap into results', fine, fine2)).toEqual([]);
    expect(one('Be ready for the SOC 2 audit', fine, fine2)).toEqual([]);
    expect(one('Earn our ISO 27001 certification', fine, fine2)).toEqual([]);
    // A step, a grade or a name joined by a hyphen is no figure either.
    expect(one('Ship version 2 of the checkout', fine, fine2)).toEqual([]);
    expect(one('Finish phase 3 of the cloud migration', fine, fine2)).toEqual([]);
    expect(one('Make Sev-1 incidents a rare event', fine, fine2)).toEqual([]);
    expect(one('Make Day-1 onboarding delightful', fine, fine2)).toEqual([]);
    expect(one('Reach 2000 paying customers', fine, fine2)).toEqual([
      'quality/objective-numbers: Objective "o0" "Reach 2000 paying customers" carries a number (2000); an objective is qualitative.',
    ]);
  });

  it('metric-baseline: counting what happens in the cycle starts from a real 0', () => {
    expect(
      one(
        'Grow our enterprise business',
        ['Close 8 enterprise deals', metric(0, 8)],
        ['Get 50 signups from the referral programme', metric(0, 50)],
        ['Demo requests this quarter to 120', metric(0, 120)],
      ),
    ).toEqual([]);
    // A level has a baseline to measure, whatever the verb.
    expect(
      one(
        'Grow our enterprise business',
        ['Reach 1,000 paying shops', metric(0, 1000, 'shops')],
        fine,
      ),
    ).toEqual([
      'quality/metric-baseline: Key result "o0k0" "Reach 1,000 paying shops" starts from 0: is that a measured baseline or a placeholder?',
    ]);
    expect(
      one(
        'Grow our enterprise business',
        ['Get 40% of shops on annual plans', metric(0, 40, '%')],
        fine,
      ),
    ).toHaveLength(1);
  });

  it('title-length: a figure is one word (10,000 is not two)', () => {
    // 20 words when each figure counts once; 24 when 10,000 and 15,000 were two each.
    const title =
      'Weekly active users of the mobile app in Germany, Austria and Switzerland from 10,000 to 15,000 by end of March';
    expect(
      one('Win customers in the DACH region', [title, metric(10000, 15000, 'users')], fine),
    ).toEqual([]);
  });

  it('early-confidence: being sure of a health check (a held threshold) from week one is not sandbagging', () => {
    const checked = (set: OkrSet, confidences: number[][]) =>
      assertOkrSet({
        ...set,
        checkIns: set.keyResults.flatMap((k, i) =>
          (confidences[i] ?? []).map((confidence, n) => ({
            id: `${k.id}c${n}`,
            keyResultId: k.id,
            at: `2026-01-0${n + 5}`,
            value: k.measure.kind === 'metric' ? k.measure.start : 99.97,
            confidence,
          })),
        ),
      });
    const health = setOf([
      [
        'Keep our platform fast and reliable',
        [
          ['Uptime at or above 99.95%', held('atLeast', 99.95, '%')],
          ['API error rate below 0.5%', held('atMost', 0.5, '%')],
          ['Checkout p95 latency under 600 ms', held('atMost', 600, 'ms')],
        ],
      ],
    ]);
    expect(
      lines(
        wording(
          checked(health, [
            [9, 10],
            [10, 10],
            [9, 9],
          ]),
        ),
      ),
    ).toEqual([]);
    // Metrics everyone is that sure of from week one are flagged, with their titles to raise.
    const safe = wording(
      checked(
        setOf([
          [
            'Make support a reason customers stay',
            [
              ['First response time from 6 hours to 1 hour', metric(6, 1, 'hours')],
              ['Support CSAT from 82% to 92%', metric(82, 92, '%')],
              ['Uptime at or above 99.95%', held('atLeast', 99.95, '%')],
            ],
          ],
        ]),
        [
          [9, 10],
          [10, 9],
          [6, 7],
        ],
      ),
    );
    expect(safe.map((f) => [f.rule, f.fix])).toEqual([
      [
        'quality/early-confidence',
        'Raise the targets of “First response time from 6 hours to 1 hour” and “Support CSAT from 82% to 92%” until the team is about 50–70% sure of reaching them (confidence 5–7).',
      ],
    ]);
  });

  it('duplicate-title: the same metric in two markets is two key results, the same metric twice is one', () => {
    expect(
      lines(
        wording(
          setOf([
            [
              'Win customers in Germany',
              [
                [
                  'Weekly active users of the mobile app in Germany from 10,000 to 15,000',
                  metric(10000, 15000, 'users'),
                ],
                ['Orders delivered within 48 hours from 55% to 80%', metric(55, 80, '%')],
              ],
            ],
            [
              'Win customers in France',
              [
                [
                  'Weekly active users of the mobile app in France from 10,000 to 15,000',
                  metric(10000, 15000, 'users'),
                ],
                ['Orders delivered within 24 hours from 55% to 80%', metric(55, 80, '%')],
              ],
            ],
          ]),
        ),
      ),
    ).toEqual([]);
    const twice = wording(
      setOf([
        [
          'Make checkout effortless',
          [['Checkout conversion from 2% to 4%', metric(2, 4, '%')], fine],
        ],
        [
          'Make buying a joy on phones',
          [['Checkout conversion from 2% to 5%', metric(2, 5, '%')], fine2],
        ],
      ]),
    );
    expect(lines(twice)).toEqual([
      'quality/duplicate-title: Key results "o0k0" "Checkout conversion from 2% to 4%" and "o1k0" "Checkout conversion from 2% to 5%" of unit "acme" in cycle "q1" say (nearly) the same.',
    ]);
  });
});

/** Clearly bad OKRs: each rule meant for it flags it. */
const BAD: Okr[] = [
  ['Grow revenue to $2M', [fine(), fine2()]],
  [
    'Make onboarding a breeze',
    [
      ['Launch the new onboarding flow', done()],
      ['Write the onboarding guide', done()],
      ['Hold weekly onboarding clinics', done()],
    ],
  ],
  ['Increase NPS', [fine(), fine2()]],
  [
    'Win the trust of enterprise buyers',
    [['Run 30 discovery calls with target accounts', metric(0, 30)], fine()],
  ],
  [
    'Make checkout fast for everyone',
    [
      ['Checkout conversion to 4%', metric(0, 4, '%')],
      ['Page load under 800 ms', held('atMost', 800)],
    ],
  ],
];

function fine(): [string, Measure] {
  return ['Trial-to-paid conversion from 9% to 13%', metric(9, 13, '%')];
}
function fine2(): [string, Measure] {
  return ['Paying shops from 300 to 600', metric(300, 600, 'shops')];
}

describe('the quality preset on bad OKRs: each is flagged, with a fix that names titles', () => {
  const set = setOf(BAD, false);
  const found = wording(set);

  it('flags each by the rule meant for it', () => {
    expect(found.map((f) => [f.rule, f.ids[0]])).toEqual([
      ['quality/kr-activity', 'o1k0'],
      ['quality/kr-activity', 'o1k1'],
      ['quality/kr-activity', 'o1k2'],
      ['quality/kr-activity', 'o3k0'],
      ['quality/kr-unit', 'o4k1'],
      // Not o3k0 ("Run 30 discovery calls"): its count starts from 0 each cycle, and
      // kr-activity says what is wrong with it.
      ['quality/metric-baseline', 'o4k0'],
      ['quality/mostly-milestones', 'o1'],
      ['quality/objective-numbers', 'o0'],
      ['quality/objective-numbers', 'o2'],
      ['quality/title-length', 'o2'],
    ]);
  });

  it('names the objective and its milestones by title, in the message and in the fix', () => {
    const milestones = found.find((f) => f.rule === 'quality/mostly-milestones')!;
    expect(milestones.message).toBe(
      'Objective "o1" "Make onboarding a breeze" has 3 milestones among its 3 key results: a project plan rather than outcomes.',
    );
    expect(milestones.fix).toBe(
      'Replace the milestones (“Launch the new onboarding flow”, “Write the onboarding guide” and “Hold weekly onboarding clinics”) with metrics of what they should change; keep the milestones as initiatives.',
    );
    // As a person reads them: the title once, the fix as written.
    expect(describeFinding(milestones, set)).toBe(
      'Objective “Make onboarding a breeze” has 3 milestones among its 3 key results: a project plan rather than outcomes.',
    );
    expect(describeFix(milestones, set)).toBe(milestones.fix);
  });

  it('a metric that counts the activity itself is an activity too', () => {
    const calls = found.find((f) => f.rule === 'quality/kr-activity' && f.ids[0] === 'o3k0')!;
    expect(calls.message).toBe(
      'Key result "o3k0" "Run 30 discovery calls with target accounts" counts an activity (“run”), not an outcome.',
    );
    // A metric whose first word is a verb but that measures an outcome is not.
    const outcome = wording(
      setOf([
        [
          'Make support a reason customers stay',
          [
            ['Hold time on support calls from 6 to 2 minutes', metric(6, 2, 'minutes')],
            ['Build times from 18 minutes to 6 minutes', metric(18, 6, 'minutes')],
            ['Run 95% of releases on the planned day', metric(60, 95, '%')],
          ],
        ],
      ]),
    );
    expect(lines(outcome)).toEqual([]);
  });

  it('an objective that names a metric is told to measure that metric in a key result', () => {
    const nps = found.find((f) => f.rule === 'quality/objective-numbers' && f.ids[0] === 'o2')!;
    expect(nps.fix).toBe(
      'Say what you want to achieve and why in words, and measure NPS in a key result (from its baseline to its target).',
    );
    const revenue = found.find((f) => f.rule === 'quality/objective-numbers' && f.ids[0] === 'o0')!;
    expect(revenue.fix).toBe(
      'Say what you want to achieve and why in words, and move the number into a key result.',
    );
  });

  it('every message quotes the title of what it flags', () => {
    for (const f of found) {
      const id = f.ids[0]!;
      const title =
        set.objectives.find((o) => o.id === id)?.title ??
        set.keyResults.find((k) => k.id === id)!.title;
      expect(f.message, f.rule).toContain(`"${id}" "${title}"`);
      expect(typeof f.fix, f.rule).toBe('string');
    }
  });
});
