import { SokrError } from '../model/SokrError.js';
import type { Issue } from '../model/issue.js';
import { resolveOptions } from './resolveOptions.js';
import type { OptionsOf, OptionsSchema, Rule, RuleContext, RuleMeta } from './types.js';

/** What `defineRule` takes: a rule whose options are typed from its schema. */
export interface RuleDefinition<S extends OptionsSchema> {
  /** Stable id, `group/name` in kebab case (e.g. `team/kr-has-initiatives`). */
  id: string;
  /** Documentation, default severity, options with defaults. */
  meta: RuleMeta<S>;
  /** Reports the findings of the rule; `ctx.options` is typed from `meta.options`. */
  check(ctx: RuleContext<OptionsOf<S>>): void;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
const SEVERITIES = new Set(['error', 'warning', 'info']);

/**
 * Defines a validation rule. The same shape serves the built-in rules and
 * custom ones: `check(ctx)` reads `ctx.set` / `ctx.index` and calls
 * `ctx.report(...)`. Options are declared with defaults in `meta.options` and
 * arrive typed and merged in `ctx.options`.
 *
 * @param definition - The rule: `id`, `meta` and `check`.
 * @returns The rule, ready for `definePolicy({ plugins: [rule] })` or `runRule`.
 * @throws SokrError when the id is not `group/name` kebab case, the default
 *   severity is unknown, or an option default does not satisfy its own spec.
 * @example
 * ```ts
 * import { defineRule } from 'sokr';
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
  const meta = definition.meta as RuleMeta<S> | undefined;
  if (meta === undefined || typeof meta !== 'object') {
    issues.push({ path: ['meta'], code: 'missing', message: 'a rule needs meta: { description, severity }' });
  } else {
    if (!SEVERITIES.has(meta.severity)) {
      issues.push({
        path: ['meta', 'severity'],
        code: 'invalid_value',
        message: `severity must be "error", "warning" or "info", got ${JSON.stringify(meta.severity)}`,
      });
    }
    if (typeof meta.description !== 'string' || meta.description === '') {
      issues.push({ path: ['meta', 'description'], code: 'missing', message: 'a rule needs a description' });
    }
  }
  if (issues.length === 0 && meta !== undefined) {
    issues.push(...resolveOptions(meta as unknown as RuleMeta, undefined, undefined, ['meta', 'options']).issues);
  }
  if (typeof definition.check !== 'function') {
    issues.push({ path: ['check'], code: 'invalid_type', message: 'check must be a function' });
  }
  if (issues.length > 0) throw new SokrError(issues, `invalid rule ${String(id)}: ${SokrError.summarize(issues)}`);
  const rule = {
    id: id as string,
    meta: meta as unknown as RuleMeta,
    check: definition.check,
  } as Rule<OptionsOf<S>>;
  return Object.freeze(rule);
}
