import { SokrError } from '../model/SokrError.js';
import type { Issue } from '../model/issue.js';
import { resolveOptions } from './resolveOptions.js';
import type { OptionsOf, OptionsSchema, Rule, RuleContext, RuleMeta, Severity } from './types.js';

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
 * @throws SokrError when the id is not `group/name` kebab case, the default
 *   severity is unknown (or given twice with two values), the description is
 *   not a non-empty string, or an option default does not satisfy its own spec.
 * @example
 * ```ts
 * import { defineRule } from 'sokr';
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
 * ```
 */
export function defineRule<S extends OptionsSchema = Record<never, never>>(
  definition: RuleDefinition<S>,
): Rule<OptionsOf<S>> {
  const issues: Issue[] = [];
  const id = (definition as { id?: unknown }).id;
  if (typeof id !== 'string' || !RULE_ID.test(id)) {
    issues.push({
      path: ['id'],
      code: 'invalid_value',
      message: `rule id ${JSON.stringify(id)} must be "group/name" in kebab case, e.g. "team/kr-has-initiatives"`,
    });
  }
  const input = definition.meta as RuleMetaInput<S> | undefined;
  const topSeverity = (definition as { severity?: unknown }).severity;
  let meta: RuleMeta<S> | undefined;
  if (input !== undefined && (input === null || typeof input !== 'object')) {
    issues.push({
      path: ['meta'],
      code: 'invalid_type',
      message: 'meta must be an object: { description?, severity?, options? }',
    });
  } else {
    const metaSeverity = input?.severity as unknown;
    if (topSeverity !== undefined && metaSeverity !== undefined && topSeverity !== metaSeverity) {
      issues.push({
        path: ['severity'],
        code: 'invalid_value',
        message: `severity is given twice with different values (${JSON.stringify(topSeverity)} and meta.severity ${JSON.stringify(metaSeverity)}): give it once`,
      });
    }
    const severity = topSeverity ?? metaSeverity ?? 'warning';
    if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
      issues.push({
        path: topSeverity !== undefined ? ['severity'] : ['meta', 'severity'],
        code: 'invalid_value',
        message: `severity must be "error", "warning" or "info", got ${JSON.stringify(severity)}`,
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
    meta = { ...input, description: description as string, severity: severity as Severity };
  }
  if (issues.length === 0 && meta !== undefined) {
    issues.push(
      ...resolveOptions(meta as unknown as RuleMeta, undefined, undefined, ['meta', 'options'])
        .issues,
    );
  }
  if (typeof definition.check !== 'function') {
    issues.push({ path: ['check'], code: 'invalid_type', message: 'check must be a function' });
  }
  if (issues.length > 0)
    throw new SokrError(issues, `invalid rule ${String(id)}: ${SokrError.summarize(issues)}`);
  const rule = {
    id: id as string,
    meta: meta as unknown as RuleMeta,
    check: definition.check,
  } as Rule<OptionsOf<S>>;
  return Object.freeze(rule);
}
