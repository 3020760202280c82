import { describeValue, showValue } from '../_lib/quote.js';
import { errorText } from '../model/scanJsonData.js';
import { SokrError } from '../model/SokrError.js';
import type { Issue } from '../model/issue.js';
import { unknownKeyIssue } from '../model/issueMessages.js';
import { builtinRules } from './builtinRules.js';
import { applyPolicyConfig, emptyPolicy } from './policyCore.js';
import { quality, recommended, strict } from './presets.js';
import type { Policy, PolicyConfig } from './types.js';
import { guardedRead } from '../model/readingSet.js';

/** The fields of a policy config. */
const CONFIG_KEYS: readonly string[] = ['extends', 'rules', 'plugins', 'name'];

/** True for a policy made by `definePolicy` (or a preset). */
function isPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && (value as Policy).kind === 'sokr-policy';
}

/**
 * Defines a validation policy, like a linter config: start from a preset (or
 * another policy), switch rules off or change their severity and options, and
 * add custom rules as plugins. Everything is checked up front.
 *
 * - `rules: { id: 'off' | 'error' | 'warning' | 'info' | [severity, options] }`;
 *   options are merged over the extended policy's options for that rule
 *   (a bare severity keeps them).
 * - A plugin rule runs at its own `meta.severity` unless `rules` sets it.
 * - Without `extends`, every built-in rule is known but off.
 *
 * @param config - `{ extends?, rules?, plugins?, name? }`.
 * @returns The validated policy, for `validate(set, { policy })`.
 * @throws SokrError listing every problem with its path: a config that is not
 *   a plain object (`invalid_type` at `[]`), an unknown field (`unknown_key`
 *   at `['extnds']`, suggesting `extends`), a `name` that is not a string, an unknown rule id
 *   (`['rules', 'limits/kr-per-objectiv']`, suggesting the closest id), an
 *   unknown severity, an unknown or invalid option
 *   (`['rules', 'limits/kr-per-objective', 1, 'max']`), an unknown preset,
 *   or a plugin that is not a rule or reuses another rule's id. What the
 *   checks cannot read is `invalid_type` at `[]`, never a `TypeError`: a
 *   setting that is a bigint, a plugin that looks like a rule but was not made
 *   by `defineRule` (`meta: null`).
 * @example
 * ```ts
 * import { definePolicy, isSokrError } from 'sokr';
 * declare const myRule: import('sokr').AnyRule; // made with defineRule
 * const policy = definePolicy({
 *   extends: 'recommended',
 *   rules: { 'limits/kr-per-objective': ['error', { max: 4 }], 'cascade/no-level-skip': 'warning' },
 *   plugins: [myRule],
 * });
 * // A plugin that only looks like a rule is refused, not a TypeError:
 * try {
 *   definePolicy({ plugins: [{ id: 'team/x', meta: null, check() {} }] } as never);
 * } catch (error) {
 *   if (isSokrError(error)) error.issues[0]?.code; // 'invalid_type' (at [])
 * }
 * ```
 */
export function definePolicy(config: PolicyConfig): Policy {
  return guardedRead('definePolicy', () => {
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      throw new SokrError([
        {
          path: [],
          code: 'invalid_type',
          message: `definePolicy takes an object { extends?, rules?, plugins?, name? }, got ${describeValue(config)}`,
          expected: 'object',
          received: config === null ? 'null' : Array.isArray(config) ? 'array' : typeof config,
        },
      ]);
    }
    return applying(() => policyOf(config));
  });
}

/** {@link definePolicy} on a config known to be an object. */
function policyOf(config: PolicyConfig): Policy {
  const issues: Issue[] = [];
  // An unknown field would otherwise be dropped in silence: `{ extnds: 'strict' }`
  // is a policy that extends nothing, so every rule is off and nothing is found.
  for (const key of Object.keys(config)) {
    if (!CONFIG_KEYS.includes(key)) {
      issues.push(
        unknownKeyIssue(
          [],
          key,
          CONFIG_KEYS.filter((k) => !Object.hasOwn(config, k)),
        ),
      );
    }
  }
  if (config.name !== undefined && typeof config.name !== 'string') {
    issues.push({
      path: ['name'],
      code: 'invalid_type',
      message: `name must be a string, got ${describeValue(config.name)}`,
      expected: 'string',
      received:
        config.name === null ? 'null' : Array.isArray(config.name) ? 'array' : typeof config.name,
    });
  }
  let base: Policy;
  const ext = config.extends;
  if (ext === undefined) base = { ...emptyPolicy(builtinRules), name: 'custom' };
  else if (ext === 'recommended') base = recommended;
  else if (ext === 'strict') base = strict;
  else if (ext === 'quality') base = quality;
  else if (isPolicy(ext)) base = ext;
  else {
    issues.push({
      path: ['extends'],
      code: 'invalid_value',
      message: `extends must be "recommended", "strict", "quality" or a policy from definePolicy, got ${showValue(ext)}`,
    });
    base = emptyPolicy(builtinRules);
  }
  const { extends: _ignored, ...rest } = config;
  const policy = applyPolicyConfig(base, { name: 'custom', ...rest }, issues);
  if (issues.length > 0)
    throw new SokrError(issues, `invalid policy: ${SokrError.summarize(issues)}`);
  return policy;
}

/**
 * Runs the checks of a config that was not written for them — a plugin that
 * looks like a rule but was not made by `defineRule` (`meta: null`, an option
 * spec that is `null`), a setting of a type no check expects (a bigint) — and
 * turns the `TypeError` or `RangeError` they throw into a {@link SokrError}
 * (`invalid_type` at `[]`). Any other error is the caller's (a plugin's
 * `checkOptions` that throws) and propagates as it is.
 */
function applying<T>(apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    throw new SokrError([
      {
        path: [],
        code: 'invalid_type',
        message: `definePolicy could not read its config (${errorText(error)}): plugins must be rules from defineRule, and settings "off", "error", "warning", "info" or [severity, options]`,
      },
    ]);
  }
}
