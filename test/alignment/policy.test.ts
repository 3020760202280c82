import { describe, expect, it } from 'vitest';
import {
  builtinRules,
  definePolicy,
  defineRule,
  isSokrError,
  recommended,
  SokrError,
  strict,
  validate,
} from '../../src/index.js';
import { buildSet } from '../../src/testing/index.js';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isSokrError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a SokrError');
}

const titleLength = defineRule({
  id: 'team/title-length',
  meta: {
    description: 'Objective titles stay short.',
    severity: 'info',
    options: {
      max: { type: 'number', default: 20, min: 1, integer: true, description: 'Longest title.' },
    },
  },
  check(ctx) {
    ctx.set.objectives.forEach((o, i) => {
      if (o.title.length > ctx.options.max)
        ctx.report({
          path: ['objectives', i, 'title'],
          ids: [o.id],
          message: `Title longer than ${ctx.options.max}.`,
        });
    });
  },
});

describe('presets', () => {
  it('recommended turns every built-in rule on except cascade/no-level-skip (and the quality preset’s)', () => {
    const off = Object.entries(recommended.settings)
      .filter(([id, s]) => s.severity === 'off' && !id.startsWith('quality/'))
      .map(([id]) => id);
    expect(off).toEqual(['cascade/no-level-skip']);
    expect(Object.keys(recommended.rules).sort()).toEqual(Object.keys(builtinRules).sort());
    expect(recommended.settings['limits/kr-per-objective']?.options).toEqual({
      min: 2,
      max: 4,
      hardMax: 5,
      hardMaxSeverity: 'error',
    });
  });

  it('strict turns every rule on (but the quality preset’s) and hardens the process rules', () => {
    expect(
      Object.entries(strict.settings).every(
        ([id, s]) => s.severity !== 'off' || id.startsWith('quality/'),
      ),
    ).toBe(true);
    expect(strict.settings['cascade/no-level-skip']?.severity).toBe('warning');
    expect(strict.settings['link/anchor-required']?.severity).toBe('error');
    expect(strict.settings['limits/objectives-per-unit']?.options['belowMinSeverity']).toBe(
      'warning',
    );
  });
});

describe('definePolicy', () => {
  it('extends a preset, changes severities and merges options', () => {
    const policy = definePolicy({
      extends: 'recommended',
      rules: {
        'limits/kr-per-objective': ['error', { max: 3 }],
        'cascade/no-level-skip': 'warning',
        'owner/objective-owner': 'off',
      },
    });
    expect(policy.settings['limits/kr-per-objective']).toEqual({
      severity: 'error',
      options: { min: 2, max: 3, hardMax: 5, hardMaxSeverity: 'error' },
    });
    expect(policy.settings['cascade/no-level-skip']?.severity).toBe('warning');
    expect(policy.settings['owner/objective-owner']?.severity).toBe('off');
    // A bare severity keeps the options set by the extended policy.
    const again = definePolicy({
      extends: policy,
      rules: { 'limits/kr-per-objective': 'warning' },
    });
    expect(again.settings['limits/kr-per-objective']?.options['max']).toBe(3);
  });

  it('without extends knows every built-in rule but runs none', () => {
    const policy = definePolicy({});
    expect(Object.values(policy.settings).every((s) => s.severity === 'off')).toBe(true);
    expect(validate(buildSet({ objectives: [{ links: [], keyResults: 9 }] }), { policy })).toEqual(
      [],
    );
  });

  it('names an unknown rule id by its path and suggests the closest one', () => {
    const issues = issuesOf(() =>
      definePolicy({ extends: 'recommended', rules: { 'limits/kr-per-objectiv': 'off' } }),
    );
    expect(issues).toEqual([
      {
        path: ['rules', 'limits/kr-per-objectiv'],
        code: 'dangling_reference',
        message: 'no rule has id "limits/kr-per-objectiv"; did you mean "limits/kr-per-objective"?',
        id: 'limits/kr-per-objectiv',
        kind: 'rule',
        suggestion: 'limits/kr-per-objective',
      },
    ]);
  });

  it('reports bad severities, unknown options and out-of-range values, all at once', () => {
    const issues = issuesOf(() =>
      definePolicy({
        extends: 'recommended',
        rules: {
          'link/anchor-required': 'fatal' as never,
          'limits/kr-per-objective': ['error', { max: -1, maxx: 3 }],
          'limits/pillars': ['warning', { min: 6 }],
          'limits/objectives-per-unit': ['warning', { belowMinSeverity: 'loud' }],
        },
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['rules', 'link/anchor-required'], 'invalid_value'],
      [['rules', 'limits/kr-per-objective', 1, 'max'], 'invalid_value'],
      [['rules', 'limits/kr-per-objective', 1, 'maxx'], 'unknown_key'],
      [['rules', 'limits/pillars', 1], 'invalid_value'],
      [['rules', 'limits/objectives-per-unit', 1, 'belowMinSeverity'], 'invalid_value'],
    ]);
    expect(issues[2]?.message).toContain('did you mean "max"?');
    expect(issues[3]?.message).toBe('min (6) must not exceed max (5)');
  });

  it('rejects an unknown preset and plugins that are not rules', () => {
    const issues = issuesOf(() =>
      definePolicy({ extends: 'lenient' as never, plugins: [{} as never] }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['extends'], 'invalid_value'],
      [['plugins', 0], 'invalid_type'],
    ]);
  });

  it('rejects an unknown field of the config, suggesting the closest (a typo turned every rule off)', () => {
    const issues = issuesOf(() => definePolicy({ extnds: 'strict' } as never));
    expect(issues).toEqual([
      {
        path: ['extnds'],
        code: 'unknown_key',
        message: 'unknown field "extnds"; did you mean "extends"?',
        key: 'extnds',
        suggestion: 'extends',
      },
    ]);
    // A field already given is not suggested; nothing close: "remove it".
    expect(
      issuesOf(() => definePolicy({ extends: 'strict', extend: 'recommended' } as never))[0],
    ).toMatchObject({ path: ['extend'], code: 'unknown_key' });
    expect(
      issuesOf(() => definePolicy({ extends: 'strict', extend: 'recommended' } as never))[0],
    ).not.toHaveProperty('suggestion');
    expect(issuesOf(() => definePolicy({ colour: 'red' } as never))[0]?.message).toBe(
      'unknown field "colour": remove it',
    );
    // An OKR set is not a policy: each of its fields is unknown.
    const set = buildSet({ objectives: [{}] });
    expect(issuesOf(() => definePolicy(set as never)).map((i) => i.code)).toEqual(
      Object.keys(set).map(() => 'unknown_key'),
    );
  });

  it('reports an unknown field together with the other problems', () => {
    const issues = issuesOf(() =>
      definePolicy({ extends: 'recommended', rule: {}, rules: { nope: 'off' } } as never),
    );
    expect(issues.map((i) => [i.path, i.code, i.suggestion])).toEqual([
      [['rule'], 'unknown_key', undefined],
      [['rules', 'nope'], 'dangling_reference', undefined],
    ]);
  });

  it('rejects a config that is not a plain object, and a name that is not a string', () => {
    for (const [config, received] of [
      [[], 'array'],
      [null, 'null'],
      ['recommended', 'string'],
      [5, 'number'],
    ] as const) {
      expect(issuesOf(() => definePolicy(config as never))).toEqual([
        expect.objectContaining({ path: [], code: 'invalid_type', expected: 'object', received }),
      ]);
    }
    expect(issuesOf(() => definePolicy({ extends: 'recommended', name: 7 } as never))).toEqual([
      expect.objectContaining({ path: ['name'], code: 'invalid_type', expected: 'string' }),
    ]);
  });

  it('throws a SokrError whose message lists the problems', () => {
    expect(() => definePolicy({ rules: { nope: 'off' } })).toThrow(SokrError);
    expect(() => definePolicy({ rules: { nope: 'off' } })).toThrow(/rules\.nope|rules\["nope"\]/);
  });

  it('runs a plugin rule at its default severity unless configured', () => {
    const set = buildSet({ objectives: [{ title: 'A rather long objective title' }] });
    const on = validate(set, { policy: definePolicy({ plugins: [titleLength] }) });
    expect(on.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['team/title-length', 'info', ['objectives', 0, 'title']],
    ]);
    const tuned = validate(set, {
      policy: definePolicy({
        plugins: [{ rules: { 'team/title-length': titleLength } }],
        rules: { 'team/title-length': ['error', { max: 40 }] },
      }),
    });
    expect(tuned).toEqual([]);
    const off = validate(set, {
      policy: definePolicy({ plugins: [titleLength], rules: { 'team/title-length': 'off' } }),
    });
    expect(off).toEqual([]);
  });

  it('rejects a plugin that reuses the id of another rule', () => {
    const fake = defineRule({
      id: 'link/anchor-required',
      meta: { description: 'x', severity: 'info' },
      check() {},
    });
    const issues = issuesOf(() => definePolicy({ extends: 'recommended', plugins: [fake] }));
    expect(issues).toMatchObject([{ path: ['plugins', 0], code: 'duplicate_id' }]);
    const bundled = issuesOf(() =>
      definePolicy({ plugins: [{ rules: { 'team/other-name': titleLength } }] }),
    );
    expect(bundled).toMatchObject([
      { path: ['plugins', 0, 'rules', 'team/other-name'], code: 'invalid_value' },
    ]);
  });
});

describe('defineRule', () => {
  it('rejects ids that are not group/name in kebab case, unknown severities and bad defaults', () => {
    expect(
      issuesOf(() =>
        defineRule({ id: 'NoGroup', meta: { description: 'x', severity: 'info' }, check() {} }),
      ),
    ).toMatchObject([{ path: ['id'], code: 'invalid_value' }]);
    expect(
      issuesOf(() =>
        defineRule({
          id: 'a/b',
          meta: { description: 'x', severity: 'fatal' as never },
          check() {},
        }),
      ),
    ).toMatchObject([{ path: ['meta', 'severity'] }]);
    expect(
      issuesOf(() =>
        defineRule({
          id: 'a/b',
          meta: {
            description: 'x',
            severity: 'info',
            options: { n: { type: 'number', default: -1, min: 0, description: 'n' } },
          },
          check() {},
        }),
      ),
    ).toMatchObject([{ path: ['meta', 'options', 'n'], code: 'invalid_value' }]);
  });

  it('types the options from their schema', () => {
    const rule = defineRule({
      id: 'team/typed',
      meta: {
        description: 'typed options',
        severity: 'info',
        options: {
          n: { type: 'number', default: 1, description: 'n' },
          tags: { type: 'string[]', default: ['a'], description: 'tags' },
          on: { type: 'boolean', default: true, description: 'on' },
        },
      },
      check(ctx) {
        const n: number = ctx.options.n;
        const tags: readonly string[] = ctx.options.tags;
        const on: boolean = ctx.options.on;
        if (on && n > 0 && tags.length > 0)
          ctx.report({ path: [], ids: [], message: `${n} ${tags.join()}` });
      },
    });
    expect(validate(buildSet(), { policy: definePolicy({ plugins: [rule] }) })[0]?.message).toBe(
      '1 a',
    );
  });
});
