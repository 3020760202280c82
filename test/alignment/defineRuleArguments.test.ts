// defineRule, definePolicy and compareFindings on bad arguments: a SokrError
// naming the path and code, never a TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareFindings,
  definePolicy,
  defineRule,
  type Finding,
  isSokrError,
  validate,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { hostileValue, hostileWhole, RUNS, throwsOnlySokrError } from '../hostile/_hostile.js';
import { issuesOf, where } from '../_support/sokrIssues.js';

const check = () => {};

/** defineRule with an option spec `max` built from `spec`. */
function withSpec(spec: unknown) {
  return () => defineRule({ id: 'team/x', check, meta: { options: { max: spec } } } as never);
}

describe('defineRule refuses a definition that is not a rule', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 5],
    ['a string', 'team/x'],
    ['an array', []],
    ['a symbol', Symbol('rule')],
    ['a bigint', 10n],
    ['a function', () => {}],
  ])('refuses %s: invalid_type at []', (_name, definition) => {
    const [issue, ...rest] = issuesOf(() => defineRule(definition as never));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: [], code: 'invalid_type', expected: 'object' });
  });

  it('says what it got: defineRule(undefined)', () => {
    const [issue] = issuesOf(() => defineRule(undefined as never));
    expect(issue?.message).toBe(
      'defineRule takes a rule { id, severity?, meta?, check }, got undefined',
    );
  });

  it('refuses an id that is a bigint: invalid_value at id (was a TypeError from JSON.stringify)', () => {
    expect(where(() => defineRule({ id: 10n, check } as never))).toEqual([
      { path: ['id'], code: 'invalid_value' },
    ]);
  });

  it('refuses an id that is an object without a prototype: invalid_value at id', () => {
    expect(where(() => defineRule({ id: Object.create(null), check } as never))).toEqual([
      { path: ['id'], code: 'invalid_value' },
    ]);
  });

  it('refuses a severity that is a bigint: invalid_value at severity', () => {
    expect(where(() => defineRule({ id: 'team/x', severity: 10n, check } as never))).toEqual([
      { path: ['severity'], code: 'invalid_value' },
    ]);
  });

  it('refuses a meta.severity that is a bigint: invalid_value at meta.severity', () => {
    const definition = { id: 'team/x', meta: { severity: 10n }, check };
    expect(where(() => defineRule(definition as never))).toEqual([
      { path: ['meta', 'severity'], code: 'invalid_value' },
    ]);
  });

  it('refuses a meta that is an array: invalid_type at meta', () => {
    expect(where(() => defineRule({ id: 'team/x', meta: [], check } as never))).toEqual([
      { path: ['meta'], code: 'invalid_type' },
    ]);
  });

  it('refuses a checkOptions that is not a function: invalid_type at meta.checkOptions', () => {
    const definition = { id: 'team/x', meta: { checkOptions: 5 }, check };
    expect(where(() => defineRule(definition as never))).toEqual([
      { path: ['meta', 'checkOptions'], code: 'invalid_type' },
    ]);
  });

  it('refuses a check that is a bigint alongside a bad id, naming both', () => {
    expect(where(() => defineRule({ id: 10n, check: 10n } as never))).toEqual([
      { path: ['id'], code: 'invalid_value' },
      { path: ['check'], code: 'invalid_type' },
    ]);
  });
});

describe('defineRule refuses option specs of the wrong shape', () => {
  it('refuses options that are not an object: invalid_type at meta.options', () => {
    const definition = { id: 'team/x', meta: { options: 'max' }, check };
    expect(where(() => defineRule(definition as never))).toEqual([
      { path: ['meta', 'options'], code: 'invalid_type' },
    ]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 5],
  ])('refuses a spec that is %s: invalid_type at meta.options.max', (_name, spec) => {
    expect(where(withSpec(spec))).toEqual([
      { path: ['meta', 'options', 'max'], code: 'invalid_type' },
    ]);
  });

  it('refuses an unknown option type: invalid_value at meta.options.max.type', () => {
    const [issue] = issuesOf(withSpec({ type: 'int', default: 3 }));
    expect(issue).toMatchObject({
      path: ['meta', 'options', 'max', 'type'],
      code: 'invalid_value',
      options: ['number', 'boolean', 'string', 'string[]', 'severity'],
      received: 'int',
    });
  });

  it('refuses a min that is a symbol: invalid_type at meta.options.max.min', () => {
    expect(where(withSpec({ type: 'number', default: 3, min: Symbol('m') }))).toEqual([
      { path: ['meta', 'options', 'max', 'min'], code: 'invalid_type' },
    ]);
  });

  it('refuses a max that is NaN: invalid_value at meta.options.max.max', () => {
    expect(where(withSpec({ type: 'number', default: 3, max: Number.NaN }))).toEqual([
      { path: ['meta', 'options', 'max', 'max'], code: 'invalid_value' },
    ]);
  });

  it('refuses an integer flag that is not a boolean: invalid_type at meta.options.max.integer', () => {
    expect(where(withSpec({ type: 'number', default: 3, integer: 'yes' }))).toEqual([
      { path: ['meta', 'options', 'max', 'integer'], code: 'invalid_type' },
    ]);
  });

  it('refuses an enum that is not a list of strings: invalid_type at meta.options.max.enum', () => {
    expect(where(withSpec({ type: 'string', default: 'a', enum: 'abc' }))).toEqual([
      { path: ['meta', 'options', 'max', 'enum'], code: 'invalid_type' },
    ]);
  });

  it('keeps the TSDoc example: an unknown type and a missing check, in that order', () => {
    const definition = { id: 'team/x', meta: { options: { max: { type: 'int', default: 3 } } } };
    expect(where(() => defineRule(definition as never))).toEqual([
      { path: ['meta', 'options', 'max', 'type'], code: 'invalid_value' },
      { path: ['check'], code: 'invalid_type' },
    ]);
  });
});

describe('definePolicy never throws a TypeError', () => {
  it('refuses an extends that is a bigint: invalid_value at extends', () => {
    expect(where(() => definePolicy({ extends: 10n } as never))).toEqual([
      { path: ['extends'], code: 'invalid_value' },
    ]);
  });

  it('refuses a rule setting that is a bigint: invalid_value at the rule', () => {
    const config = { extends: 'recommended', rules: { 'limits/kr-per-objective': 10n } };
    expect(where(() => definePolicy(config as never))).toEqual([
      { path: ['rules', 'limits/kr-per-objective'], code: 'invalid_value' },
    ]);
  });

  it('refuses a plugin that looks like a rule with meta null: invalid_type at the plugin', () => {
    const plugin = { id: 'team/x', meta: null, check };
    expect(where(() => definePolicy({ plugins: [plugin] } as never))).toEqual([
      { path: ['plugins', 0], code: 'invalid_type' },
    ]);
  });
});

describe('compareFindings', () => {
  const findings = validate(acmeExample(), { asOf: '2026-02-15' });
  const first = findings[0]!;

  it('refuses a second argument that is not a finding: invalid_type at b', () => {
    const [issue] = issuesOf(() => compareFindings(first, undefined as never));
    expect(issue).toMatchObject({ path: ['b'], code: 'invalid_type', received: 'undefined' });
  });

  it('refuses a first argument without a path: invalid_type at a', () => {
    const { path: _path, ...withoutPath } = first;
    expect(where(() => compareFindings(withoutPath as never, first))).toEqual([
      { path: ['a'], code: 'invalid_type' },
    ]);
  });

  it('refuses two findings whose paths cannot be compared: invalid_type at []', () => {
    const a: Finding = { ...first, path: [Symbol('p') as never] };
    const b: Finding = { ...first, path: ['x'] };
    expect(where(() => compareFindings(a, b))).toEqual([{ path: [], code: 'invalid_type' }]);
  });

  it('still gives validate’s order', () => {
    const shuffled = [...findings].reverse().sort((x, y) => x.message.length - y.message.length);
    expect(shuffled.sort(compareFindings)).toEqual(findings);
  });
});

describe('hostile definitions (property)', () => {
  it('defineRule of any whole value gives a rule or a SokrError, never another error', () => {
    fc.assert(
      fc.property(hostileWhole, (definition) => {
        throwsOnlySokrError(() => defineRule(definition as never));
      }),
      { numRuns: RUNS },
    );
  });

  it('defineRule with hostile values in any field, meta field or option spec gives a rule or a SokrError', () => {
    const key = fc.constantFrom(
      'id',
      'severity',
      'meta',
      'check',
      'meta.description',
      'meta.severity',
      'meta.options',
      'meta.checkOptions',
      'meta.options.max',
      'meta.options.max.type',
      'meta.options.max.default',
      'meta.options.max.min',
      'meta.options.max.max',
      'meta.options.max.integer',
      'meta.options.tag.enum',
      'meta.options.tag.default',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, hostileValue), { maxLength: 4 }), (changes) => {
        const definition: Record<string, unknown> = {
          id: 'team/x',
          check,
          meta: {
            description: 'x',
            options: {
              max: { type: 'number', default: 3, min: 0, description: 'Most.' },
              tag: { type: 'string', default: 'a', enum: ['a', 'b'], description: 'Tag.' },
            },
          },
        };
        for (const [path, make] of changes) {
          const keys = path.split('.');
          let node: unknown = definition;
          for (const k of keys.slice(0, -1))
            node =
              typeof node === 'object' && node !== null
                ? (node as Record<string, unknown>)[k]
                : undefined;
          if (typeof node === 'object' && node !== null && !Object.isFrozen(node))
            (node as Record<string, unknown>)[keys[keys.length - 1]!] = make();
        }
        throwsOnlySokrError(() => defineRule(definition as never));
      }),
      { numRuns: RUNS },
    );
  });

  it('definePolicy with hostile extends, rule settings and plugins gives a policy or a SokrError', () => {
    const setting = fc.oneof(
      hostileValue.map((make) => make()),
      hostileValue.map((make) => ['error', make()]),
      hostileValue.map((make) => [make(), {}]),
      hostileValue.map((make) => ['error', { max: make() }]),
    );
    const plugin = fc.oneof(
      hostileValue.map((make) => make()),
      hostileValue.map((make) => ({ id: 'team/y', check, meta: make() })),
      hostileValue.map((make) => ({
        id: 'team/y',
        check,
        meta: { severity: 'error', description: 'y', options: { n: make() } },
      })),
    );
    fc.assert(
      fc.property(
        fc.option(hostileWhole, { nil: undefined }),
        setting,
        fc.array(plugin, { maxLength: 2 }),
        (ext, limit, plugins) => {
          const config = {
            ...(ext === undefined ? {} : { extends: ext }),
            rules: { 'limits/kr-per-objective': limit },
            plugins,
          };
          throwsOnlySokrError(() => definePolicy(config as never));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('compareFindings of a hostile value and a finding gives a number or a SokrError', () => {
    const finding = validate(acmeExample(), { asOf: '2026-02-15' })[0]!;
    fc.assert(
      fc.property(hostileWhole, fc.boolean(), (value, first) => {
        const out = throwsOnlySokrError(() =>
          first
            ? compareFindings(value as never, finding)
            : compareFindings(finding, value as never),
        );
        expect(out === undefined || typeof out === 'number').toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('definePolicy: hand-made plugins and settings it cannot read are named by their path', () => {
  const issuesOf = (config: unknown) => {
    try {
      definePolicy(config as never);
    } catch (error) {
      if (!isSokrError(error)) throw error;
      return error.issues;
    }
    throw new Error('expected a SokrError');
  };
  const check = () => undefined;

  it('a bigint severity is invalid_value at its rule, described, not a TypeError of JSON.stringify', () => {
    expect(issuesOf({ extends: 'recommended', rules: { 'owner/kr-owner': 10n } })[0]).toMatchObject(
      {
        path: ['rules', 'owner/kr-owner'],
        code: 'invalid_value',
        message: 'expected "off", "error", "warning" or "info", got a bigint',
      },
    );
  });

  it('a plugin whose meta is null, or whose option specs cannot be read, is invalid_type at ["plugins", i]', () => {
    const plugins = [
      { id: 'team/a', check, meta: null },
      { id: 'team/b', check, meta: { severity: 'warning', options: { max: null } } },
      { id: 'team/c', check, meta: { severity: 'warning', options: { max: { default: 1 } } } },
      {
        id: 'team/d',
        check,
        meta: {
          severity: 'warning',
          options: { max: { type: 'number', default: 1, min: Symbol('m') } },
        },
      },
    ];
    for (const plugin of plugins) {
      expect(issuesOf({ plugins: [plugin] })[0]).toMatchObject({
        path: ['plugins', 0],
        code: 'invalid_type',
      });
    }
  });
});
