// defineRule's two ways of giving the default severity (issue 14, item 7).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  definePolicy,
  defineRule,
  isSokrError,
  type OkrSet,
  type RuleDefinition,
  type Severity,
  validate,
} from '../../src/index.js';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isSokrError(error)) return error.issues.map((i) => ({ code: i.code, path: i.path }));
    throw error;
  }
  throw new Error('expected a SokrError');
}

const set: OkrSet = {
  strategy: { id: 's', pillars: [{ id: 'p', title: 'Grow' }] },
  units: [{ id: 'u', name: 'U' }],
  people: [{ id: 'ann', name: 'Ann', unitId: 'u' }],
  cycles: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [
    {
      id: 'o1',
      title: 'Grow',
      unitId: 'u',
      cycleId: 'q1',
      links: [{ kind: 'pillar', pillarId: 'p' }],
      commitment: 'aspirational',
      state: 'draft',
    },
  ],
  keyResults: [],
  checkIns: [],
  initiatives: [],
  dependencies: [],
} as unknown as OkrSet;

/** The severity of the one finding a rule reports when enabled through `plugins` without a setting. */
function severityOf(rule: ReturnType<typeof defineRule>): Severity | undefined {
  return validate(set, { policy: definePolicy({ plugins: [rule] }) }).find(
    (f) => f.rule === rule.id,
  )?.severity;
}

const reportObjectives: RuleDefinition<Record<never, never>>['check'] = (ctx) => {
  ctx.set.objectives.forEach((o, i) => {
    ctx.report({ path: ['objectives', i], ids: [o.id], message: 'seen' });
  });
};

describe('defineRule severity', () => {
  it('takes the severity at the top level, as the design writes it: defineRule({ id, severity, check })', () => {
    const rule = defineRule({ id: 'team/top-level', severity: 'error', check: reportObjectives });
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.description).toBe('team/top-level'); // the id when no description is given
    expect(severityOf(rule)).toBe('error');
  });

  it('takes the severity in meta', () => {
    const rule = defineRule({
      id: 'team/in-meta',
      meta: { description: 'In meta.', severity: 'info' },
      check: reportObjectives,
    });
    expect(rule.meta).toMatchObject({ severity: 'info', description: 'In meta.' });
    expect(severityOf(rule)).toBe('info');
  });

  it("defaults to 'warning' when neither form gives one", () => {
    expect(defineRule({ id: 'team/no-severity', check: reportObjectives }).meta.severity).toBe(
      'warning',
    );
    const withMeta = defineRule({
      id: 'team/meta-only-docs',
      meta: { description: 'Docs only.' },
      check: reportObjectives,
    });
    expect(withMeta.meta.severity).toBe('warning');
    expect(severityOf(withMeta)).toBe('warning');
  });

  it('accepts both forms when they agree and refuses them when they disagree', () => {
    const same = defineRule({
      id: 'team/both',
      severity: 'error',
      meta: { description: 'x', severity: 'error' },
      check() {},
    });
    expect(same.meta.severity).toBe('error');
    expect(
      issuesOf(() =>
        defineRule({
          id: 'team/both',
          severity: 'error',
          meta: { description: 'x', severity: 'info' },
          check() {},
        }),
      ),
    ).toEqual([{ code: 'invalid_value', path: ['severity'] }]);
  });

  it('names the form that carries an unknown severity', () => {
    expect(
      issuesOf(() => defineRule({ id: 'team/bad', severity: 'fatal' as never, check() {} })),
    ).toEqual([{ code: 'invalid_value', path: ['severity'] }]);
    expect(
      issuesOf(() =>
        defineRule({ id: 'team/bad', meta: { severity: 'fatal' as never }, check() {} }),
      ),
    ).toEqual([{ code: 'invalid_value', path: ['meta', 'severity'] }]);
  });

  it('keeps options typed in either form', () => {
    const rule = defineRule({
      id: 'team/typed-top-level',
      severity: 'error',
      meta: { options: { max: { type: 'number', default: 2, description: 'Most.' } } },
      check(ctx) {
        expectTypeOf(ctx.options.max).toEqualTypeOf<number>();
        if (ctx.set.objectives.length < ctx.options.max)
          ctx.report({ path: [], ids: [], message: `below ${ctx.options.max}` });
      },
    });
    expect(validate(set, { policy: definePolicy({ plugins: [rule] }) })).toMatchObject([
      { rule: 'team/typed-top-level', severity: 'error', message: 'below 2' },
    ]);
  });

  it('types both forms: severity is a Severity wherever it is written', () => {
    expectTypeOf<RuleDefinition<Record<never, never>>['severity']>().toEqualTypeOf<
      Severity | undefined
    >();
    expectTypeOf<
      NonNullable<RuleDefinition<Record<never, never>>['meta']>['severity']
    >().toEqualTypeOf<Severity | undefined>();
    // Checked by tsc (npm run typecheck), never called.
    const typo = () =>
      // @ts-expect-error — 'warn' is not a severity
      defineRule({ id: 'team/typo', severity: 'warn', check() {} });
    const typoInMeta = () =>
      // @ts-expect-error — nor in meta
      defineRule({ id: 'team/typo', meta: { severity: 'warn' }, check() {} });
    expect([typo, typoInMeta].every((f) => typeof f === 'function')).toBe(true);
  });
});
