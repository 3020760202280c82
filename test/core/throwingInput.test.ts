// A getter or a Proxy trap that throws, in the options or the set, gets a
// SokrError from every throwing door (hostile input audit), never the raw error.
import { describe, expect, it } from 'vitest';
import {
  compile,
  createScorer,
  cycleReview,
  describeFinding,
  isSokrError,
  obligations,
  rollup,
  toHtml,
  toMarkdown,
  weeklyReport,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';

const set = acmeExample();
const boom = () => {
  throw new Error('getter says no');
};
const throwingOptions = (base: object) =>
  Object.defineProperty({ ...base }, 'asOf', { get: boom, enumerable: true });
const throwingProxy = new Proxy(
  {},
  {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
  },
);

const sokrIssue = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(isSokrError(error), String(error)).toBe(true);
    return (error as { issues: { code: string; message: string }[] }).issues[0];
  }
  throw new Error('did not throw');
};

describe('throwing getters and proxies', () => {
  const report = weeklyReport(set, { asOf: '2026-01-21' });
  const doors: [string, () => unknown][] = [
    ['obligations', () => obligations(set, throwingOptions({}) as never)],
    ['weeklyReport', () => weeklyReport(set, throwingOptions({}) as never)],
    ['cycleReview', () => cycleReview(set, throwingOptions({ cycleId: '2026-q1' }) as never)],
    ['rollup', () => rollup(set, throwingOptions({}) as never)],
    ['createScorer', () => createScorer(set, throwingOptions({}) as never)],
    ['compile (a proxy set)', () => compile(throwingProxy as never)],
    [
      'weeklyReport (a proxy set)',
      () => weeklyReport(throwingProxy as never, { asOf: '2026-01-21' }),
    ],
    [
      'toHtml (options)',
      () => toHtml(report, Object.defineProperty({}, 'locale', { get: boom, enumerable: true })),
    ],
    ['toMarkdown (a proxy report)', () => toMarkdown(throwingProxy as never)],
    ['describeFinding (a proxy finding)', () => describeFinding(throwingProxy as never, set)],
  ];
  it.each(doors)('%s throws a SokrError', (_name, call) => {
    const issue = sokrIssue(call);
    expect(['not_json', 'invalid_type']).toContain(issue?.code);
  });

  it('says what happened: reading the input threw, with its message', () => {
    const issue = sokrIssue(() => obligations(set, throwingOptions({}) as never));
    expect(issue).toMatchObject({ code: 'not_json' });
    expect(issue?.message).toContain('getter says no');
  });
});

describe('the last raw errors of the audit', () => {
  it('assertOk refuses what is not a command result with a SokrError', async () => {
    const { assertOk } = await import('../../src/index.js');
    for (const bad of [undefined, null, 5, {}, { ok: 'yes' }])
      expect(() => assertOk(bad as never)).toThrow(
        expect.objectContaining({
          issues: [expect.objectContaining({ path: ['result'], code: 'invalid_type' })],
        }),
      );
  });

  it('formatPath reads what is not a path as such, and parts of any type', async () => {
    const { formatPath } = await import('../../src/index.js');
    expect(formatPath(5 as never)).toBe('(not a path)');
    expect(formatPath(['a', 0, Symbol('s') as never])).toBe('a[0][symbol]');
  });

  it('renders a set whose title is a number (never parsed): its digits, not a TypeError', () => {
    const loose = acmeExample();
    (loose.keyResults[3] as { title: unknown }).title = 42;
    const report = weeklyReport(loose, { asOf: '2026-01-21' });
    expect(toMarkdown(report)).toContain('42');
    expect(toHtml(report)).toContain('42');
  });

  it('describeFinding reads a boxed string message as its text', () => {
    const text = describeFinding(
      {
        rule: 'x/y',
        severity: 'info',
        path: [],
        ids: [],
        message: new String('Ask "maya"') as never,
      },
      set,
    );
    expect(text).toBe('Ask Maya Chen');
  });
});

describe('compiled sets at every door', () => {
  it('a command takes a compiled set as its set and returns a new plain set', async () => {
    const { recordCheckIn, checkIntegrity, isCompiledOkrSet } = await import('../../src/index.js');
    const compiled = compile(set);
    const kr = set.keyResults[0]!;
    const result = recordCheckIn(compiled as never, {
      keyResultId: kr.id,
      at: '2026-01-21',
      value: 1,
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(isCompiledOkrSet(result.set)).toBe(false);
      expect(result.set.checkIns.length).toBe(set.checkIns.length + 1);
    }
    expect(checkIntegrity(compiled as never)).toEqual(checkIntegrity(set));
  });

  it('a look-alike { kind, set } is not a compiled set: compile builds the graph for it', async () => {
    const { isCompiledOkrSet } = await import('../../src/index.js');
    const fake = { kind: 'compiled-okr-set', set };
    expect(isCompiledOkrSet(fake)).toBe(false);
    expect(isCompiledOkrSet(compile(set))).toBe(true);
    expect(() => compile(fake as never)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['cycles'], code: 'invalid_type' })],
      }),
    );
  });

  it('rollup, createScorer and compile refuse {} and an authoring-format file instead of scoring nothing', async () => {
    const { rollup: roll } = await import('../../src/index.js');
    const authoring = {
      version: 1,
      cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
      objectives: [
        {
          title: 'Grow',
          keyResults: [{ title: 'ARR', measure: { kind: 'metric', start: 0, target: 5 } }],
        },
      ],
    };
    for (const bad of [{}, authoring])
      for (const call of [
        () => roll(bad as never, { asOf: '2026-02-15' }),
        () => createScorer(bad as never, { asOf: '2026-02-15' }),
        () => compile(bad as never),
      ]) {
        const issue = sokrIssue(call);
        expect(issue?.code).toBe('invalid_type');
        expect(issue?.message).toContain('parse the set with parseOkrSet first');
      }
  });
});
