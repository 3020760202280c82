import { describeValue, quote, showValue } from '../_lib/quote.js';
import { typeName } from '../_lib/typeName.js';
import { SokrError } from '../model/SokrError.js';
import type { Issue } from '../model/issue.js';
import { resolveOptions } from './resolveOptions.js';
import type { OptionsOf, OptionsSchema, Rule, RuleContext, RuleMeta, Severity } from './types.js';
import { guardedRead } from '../model/readingSet.js';

/**
 * The `meta` of a {@link RuleDefinition}: a {@link RuleMeta} whose
 * `severity` may instead be given at the top level (or left out: `'warning'`)
 * and whose `description` defaults to the rule id.
 */
export interface RuleMetaInput<S extends OptionsSchema = OptionsSchema>
  extends Omit<RuleMeta<S>, 'severity' | 'description'> {
  /** One sentence: what the rule checks. The rule id when absent. */
  description?: string;
  /** The default severity, as an alternative to the top-level `severity`. */
  severity?: Severity;
}

/**
 * What `defineRule` takes: a rule whose options are typed from its schema.
 * The default severity goes at the top level (`{ id, severity, check }`) or
 * in `meta.severity` — both are the same setting; give it once (giving both
 * is accepted only when they agree). Without either it is `'warning'`.
 */
export interface RuleDefinition<S extends OptionsSchema> {
  /** Stable id, `group/name` in kebab case (e.g. `team/kr-has-initiatives`). */
  id: string;
  /** The severity used when a policy enables the rule without saying; `'warning'` when absent. */
  severity?: Severity;
  /** Documentation, default severity, options with defaults. Optional. */
  meta?: RuleMetaInput<S>;
  /** Reports the findings of the rule; `ctx.options` is typed from `meta.options`. */
  check(ctx: RuleContext<OptionsOf<S>>): void;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
const SEVERITIES = new Set(['error', 'warning', 'info']);

/**
 * Defines a validation rule. The same shape serves the built-in rules and
 * custom ones: `check(ctx)` reads `ctx.set` / `ctx.index` and calls
 * `ctx.report(...)`. Options are declared with defaults in `meta.options` and
 * arrive typed and merged in `ctx.options`. The default severity is written
 * at the top level (`defineRule({ id, severity, check })`) or in
 * `meta.severity`; it is `'warning'` when neither is given. The returned
 * rule always has `meta.severity` and `meta.description` filled in.
 *
 * @param definition - The rule: `id`, `severity` and/or `meta`, and `check`.
 * @returns The rule, ready for `definePolicy({ plugins: [rule] })` or `runRule`.
 * @throws SokrError when the definition is not an object (`invalid_type` at
 *   `[]`: `defineRule(undefined)`), the id is not `group/name` kebab case, the
 *   default severity is unknown (or given twice with two values), `meta` is
 *   not an object, the description is not a non-empty string, `check` or
 *   `meta.checkOptions` is not a function (`invalid_type` at `['check']`),
 *   `meta.options` is not an object of specs (`invalid_type` at
 *   `['meta', 'options']`, or at `['meta', 'options', 'max']` for a spec that is
 *   not an object), a spec's `type` is unknown (`invalid_value` at
 *   `['meta', 'options', 'max', 'type']`), its `min` / `max` is not a number,
 *   its `integer` not a boolean or its `enum` not a list of strings, or an
 *   option default does not satisfy its own spec.
 * @example
 * ```ts
 * import { defineRule, isSokrError } from 'sokr';
 * // The short form: a default severity at the top level.
 * const hasOwner = defineRule({
 *   id: 'team/objective-has-owner',
 *   severity: 'error',
 *   check(ctx) {
 *     ctx.set.objectives.forEach((o, i) => {
 *       if (o.ownerId === undefined) ctx.report({ path: ['objectives', i], ids: [o.id], message: 'No owner.' });
 *     });
 *   },
 * });
 * // With documentation and typed options in `meta` (severity may go there too).
 * const titleLength = defineRule({
 *   id: 'team/title-length',
 *   meta: {
 *     description: 'Objective titles stay short.',
 *     severity: 'warning',
 *     options: { max: { type: 'number', default: 80, min: 1, description: 'Longest title.' } },
 *   },
 *   check(ctx) {
 *     ctx.set.objectives.forEach((o, i) => {
 *       if (o.title.length > ctx.options.max)
 *         ctx.report({ path: ['objectives', i, 'title'], ids: [o.id], message: 'Title too long.' });
 *     });
 *   },
 * });
 * // A definition that is not a rule is refused with the path of each problem:
 * try {
 *   defineRule({ id: 'team/x', meta: { options: { max: { type: 'int', default: 3 } } } } as never);
 * } catch (error) {
 *   // ['meta', 'options', 'max', 'type'] invalid_value, then ['check'] invalid_type
 *   if (isSokrError(error)) error.issues.map((i) => [i.path, i.code]);
 * }
 * ```
 */
export function defineRule<S extends OptionsSchema = Record<never, never>>(
  definition: RuleDefinition<S>,
): Rule<OptionsOf<S>> {
  return guardedRead('defineRule', () => {
    if (!isObject(definition)) {
      throw new SokrError([
        {
          path: [],
          code: 'invalid_type',
          message: `defineRule takes a rule { id, severity?, meta?, check }, got ${describeValue(definition)}`,
          expected: 'object',
          received: typeName(definition),
        },
      ]);
    }
    const issues: Issue[] = [];
    const id = (definition as { id?: unknown }).id;
    if (typeof id !== 'string' || !RULE_ID.test(id)) {
      issues.push({
        path: ['id'],
        code: 'invalid_value',
        message: `rule id ${showValue(id)} must be "group/name" in kebab case, e.g. "team/kr-has-initiatives"`,
      });
    }
    const input = definition.meta as RuleMetaInput<S> | undefined;
    const topSeverity = (definition as { severity?: unknown }).severity;
    let meta: RuleMeta<S> | undefined;
    if (input !== undefined && !isObject(input)) {
      issues.push({
        path: ['meta'],
        code: 'invalid_type',
        message: 'meta must be an object: { description?, severity?, options? }',
        expected: 'object',
        received: typeName(input),
      });
    } else {
      const metaSeverity = input?.severity as unknown;
      if (topSeverity !== undefined && metaSeverity !== undefined && topSeverity !== metaSeverity) {
        issues.push({
          path: ['severity'],
          code: 'invalid_value',
          message: `severity is given twice with different values (${showValue(topSeverity)} and meta.severity ${showValue(metaSeverity)}): give it once`,
        });
      }
      const severity = topSeverity ?? metaSeverity ?? 'warning';
      if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
        issues.push({
          path: topSeverity !== undefined ? ['severity'] : ['meta', 'severity'],
          code: 'invalid_value',
          message: `severity must be "error", "warning" or "info", got ${showValue(severity)}`,
        });
      }
      const description = input?.description ?? (typeof id === 'string' ? id : 'rule');
      if (typeof description !== 'string' || description === '') {
        issues.push({
          path: ['meta', 'description'],
          code: 'invalid_value',
          message: 'a rule description must be a non-empty string',
        });
      }
      const checkOptions = input?.checkOptions as unknown;
      if (checkOptions !== undefined && typeof checkOptions !== 'function') {
        issues.push({
          path: ['meta', 'checkOptions'],
          code: 'invalid_type',
          message: `checkOptions must be a function (options) => message | undefined, got ${describeValue(checkOptions)}`,
          expected: 'function',
          received: typeName(checkOptions),
        });
      }
      optionSpecIssues(input?.options, issues);
      meta = { ...input, description: description as string, severity: severity as Severity };
    }
    if (issues.length === 0 && meta !== undefined) {
      issues.push(
        ...resolveOptions(meta as unknown as RuleMeta, undefined, undefined, ['meta', 'options'])
          .issues,
      );
    }
    if (typeof definition.check !== 'function') {
      issues.push({
        path: ['check'],
        code: 'invalid_type',
        message: `check must be a function, got ${describeValue(definition.check)}`,
        expected: 'function',
        received: typeName(definition.check),
      });
    }
    if (issues.length > 0) {
      const name = typeof id === 'string' ? id : showValue(id);
      throw new SokrError(issues, `invalid rule ${name}: ${SokrError.summarize(issues)}`);
    }
    const rule = {
      id: id as string,
      meta: meta as unknown as RuleMeta,
      check: definition.check,
    } as Rule<OptionsOf<S>>;
    return Object.freeze(rule);
  });
}

/** An object to read fields from: not `null`, not an array, not a function. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The types an option spec may have. */
const OPTION_TYPES: readonly string[] = ['number', 'boolean', 'string', 'string[]', 'severity'];

/**
 * The issues of `meta.options` that `resolveOptions` cannot report (it reads
 * specs it trusts): options that are not an object of specs, a spec that is
 * not an object or has an unknown `type`, and bounds or an `enum` of the
 * wrong type. A spec's `default` is then checked against the spec itself.
 */
function optionSpecIssues(options: unknown, issues: Issue[]): void {
  if (options === undefined) return;
  if (!isObject(options)) {
    issues.push({
      path: ['meta', 'options'],
      code: 'invalid_type',
      message: `meta.options must be an object { name: { type, default, description } }, got ${describeValue(options)}`,
      expected: 'object',
      received: typeName(options),
    });
    return;
  }
  for (const [key, spec] of Object.entries(options)) {
    const path = ['meta', 'options', key];
    if (!isObject(spec)) {
      issues.push({
        path,
        code: 'invalid_type',
        message: `option ${quote(key)} must be a spec { type, default, description }, got ${describeValue(spec)}`,
        expected: 'object',
        received: typeName(spec),
      });
      continue;
    }
    const type = spec.type;
    if (typeof type !== 'string' || !OPTION_TYPES.includes(type)) {
      issues.push({
        path: [...path, 'type'],
        code: 'invalid_value',
        message: `an option type must be ${OPTION_TYPES.map((t) => `"${t}"`).join(', ')}, got ${showValue(type)}`,
        options: OPTION_TYPES,
        ...(typeof type === 'string' ? { received: type } : {}),
      });
      continue;
    }
    const field = (name: string, ok: (v: unknown) => boolean, expected: string, shown: string) => {
      const value = spec[name];
      if (value === undefined || ok(value)) return;
      issues.push({
        path: [...path, name],
        code: 'invalid_type',
        message: `${name} must be ${shown}, got ${describeValue(value)}`,
        expected,
        received: typeName(value),
      });
    };
    if (type === 'number') {
      for (const bound of ['min', 'max']) {
        const value = spec[bound];
        if (value === undefined || (typeof value === 'number' && !Number.isNaN(value))) continue;
        issues.push(
          typeof value === 'number'
            ? {
                path: [...path, bound],
                code: 'invalid_value',
                message: `${bound} must be a number, got NaN`,
              }
            : {
                path: [...path, bound],
                code: 'invalid_type',
                message: `${bound} must be a number, got ${describeValue(value)}`,
                expected: 'number',
                received: typeName(value),
              },
        );
      }
      field('integer', (v) => typeof v === 'boolean', 'boolean', 'true or false');
    }
    if (type === 'string') {
      const isList = (v: unknown) => Array.isArray(v) && v.every((e) => typeof e === 'string');
      field('enum', isList, 'array', 'a list of strings');
    }
  }
}
