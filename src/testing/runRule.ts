/**
 * Runs one OKR rule alone on a set, exactly as `validate` would run it in a
 * policy, for tests of built-in and custom rules.
 *
 * @module
 */
import { buildIndex } from '../alignment/buildIndex.js';
import { definePolicy } from '../alignment/definePolicy.js';
import type { AnyRule, Finding, Severity } from '../alignment/types.js';
import { validate } from '../alignment/validate.js';
import type { AsOf } from '../model/AsOf.js';
import type { OkrSet } from '../model/types.js';
import { requireObject, requireOptions } from './_arguments.js';
import { guardedRead } from '../model/readingSet.js';

/** Options of {@link runRule}. */
export interface RunRuleOptions {
  /** The evaluation date (needed by `deliver/*` and `align/dependency-accepted`). */
  asOf?: AsOf;
  /** The rule's options (merged over its defaults, validated like in a policy). */
  options?: Readonly<Record<string, unknown>>;
  /** The severity to run it at. Default: the rule's `meta.severity`. */
  severity?: Severity;
}

/**
 * Runs one rule (built-in or custom) on a set, alone, exactly as `validate`
 * would run it in a policy, and returns its findings (sorted like
 * `validate`'s). A rule that throws yields an `internal/rule-crashed` finding;
 * a rule that needs `asOf` yields nothing without it.
 *
 * @param rule - The rule (e.g. `builtinRules['link/anchor-required']` or your `defineRule` result).
 * @param set - The set to check.
 * @param options - `{ asOf?, options?, severity? }`.
 * @returns The findings.
 * @throws SokrError when `options.options` does not fit the rule's option schema.
 * @example
 * ```ts
 * import { builtinRules } from 'sokr';
 * import { buildSet, runRule } from 'sokr/testing';
 * const findings = runRule(builtinRules['limits/kr-per-objective']!, buildSet({ objectives: [{ keyResults: 1 }] }));
 * findings[0]?.message; // 'Objective "o1" has 1 key result; 2–4 is recommended.'
 * ```
 */
export function runRule(rule: AnyRule, set: OkrSet, options: RunRuleOptions = {}): Finding[] {
  return guardedRead('runRule', () => {
    requireObject(rule, ['rule'], 'a rule (from builtinRules or defineRule)');
    requireObject(rule.meta, ['rule', 'meta'], "the rule's meta, an object");
    requireOptions(options, ['asOf', 'options', 'severity'], [], 'runRule options, an object');
    const severity = options.severity ?? rule.meta.severity;
    const policy = definePolicy({
      name: `only ${rule.id}`,
      plugins: [rule],
      rules: { [rule.id]: options.options === undefined ? severity : [severity, options.options] },
    });
    const only = { ...policy, settings: { [rule.id]: policy.settings[rule.id]! } };
    return validate(set, {
      policy: only,
      index: buildIndex(set),
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    });
  });
}
