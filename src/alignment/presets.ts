import { SokrError } from '../model/SokrError.js';
import type { Issue } from '../model/issue.js';
import { builtinRules } from './builtinRules.js';
import { applyPolicyConfig, emptyPolicy } from './policyCore.js';
import type { Policy, PolicyConfig } from './types.js';

function preset(base: Policy, config: Omit<PolicyConfig, 'extends'>): Policy {
  const issues: Issue[] = [];
  const policy = applyPolicyConfig(base, config, issues);
  if (issues.length > 0) throw new SokrError(issues);
  return policy;
}

let recommendedPolicy: Policy | undefined;

function makeRecommended(): Policy {
  recommendedPolicy ??= preset(emptyPolicy(builtinRules), {
    name: 'recommended',
    rules: {
      'link/anchor-required': 'warning',
      'link/anchor-exists': 'error',
      'link/supports-other-unit': 'warning',
      'cascade/parent-exists': 'error',
      'cascade/parent-unit': 'error',
      'cascade/parent-cycle': 'error',
      'cascade/no-loop': 'error',
      'cascade/no-level-skip': 'off',
      'cascade/top-level-pillar': 'warning',
      'limits/objectives-per-unit': 'warning',
      'limits/kr-per-objective': 'warning',
      'limits/pillars': 'warning',
      'limits/company-objectives': 'warning',
      'owner/kr-owner': 'error',
      'owner/objective-owner': 'warning',
      'measure/quantifiable': 'error',
      'measure/time-bound': 'error',
      'measure/weights': 'error',
      'engage/owned-in-unit': 'warning',
      'engage/approved-before-active': 'warning',
      'align/dependency-exists': 'error',
      'align/dependency-cross-unit': 'warning',
      'align/dependency-accepted': 'warning',
      'align/dependency-declined': 'warning',
      'deliver/stale-check-in': 'warning',
      'deliver/missing-check-in': 'warning',
      'deliver/confidence-drop': 'warning',
      'deliver/check-in-outside-window': 'warning',
    },
  });
  return recommendedPolicy;
}

let qualityPolicy: Policy | undefined;

function makeQuality(): Policy {
  qualityPolicy ??= preset(makeRecommended(), {
    name: 'quality',
    rules: {
      'quality/objective-numbers': 'warning',
      'quality/kr-activity': 'warning',
      'quality/mostly-milestones': 'warning',
      'quality/metric-baseline': 'warning',
      'quality/kr-unit': 'warning',
      'quality/title-length': 'info',
      'quality/early-confidence': 'warning',
      'quality/early-achievement': 'warning',
      'quality/duplicate-title': 'warning',
    },
  });
  return qualityPolicy;
}

function makeStrict(): Policy {
  return preset(makeRecommended(), {
    name: 'strict',
    rules: {
      'link/anchor-required': 'error',
      'link/supports-other-unit': 'error',
      'cascade/no-level-skip': 'warning',
      'cascade/top-level-pillar': 'error',
      'limits/objectives-per-unit': ['warning', { belowMinSeverity: 'warning' }],
      'owner/objective-owner': 'error',
      'engage/owned-in-unit': 'error',
      'engage/approved-before-active': 'error',
      'align/dependency-cross-unit': 'error',
    },
  });
}

/**
 * The seeds' advice as a policy: structural problems that make scores or
 * the cascade meaningless are errors (dangling anchors, parents, owners,
 * dependencies; cascade loops, parents in another branch or a cycle outside
 * the parent's; unmeasurable key results, due dates outside the cycle, bad
 * weights; more than 5 key results). Process advice is a warning (homework
 * objectives, limits, ownership and approval, dependencies not agreed,
 * stale/missing check-ins, confidence drops); fewer than 3 objectives in a
 * unit is info. `cascade/no-level-skip` is off.
 *
 * | rule | severity |
 * |---|---|
 * | `link/anchor-required`, `link/supports-other-unit` | warning |
 * | `link/anchor-exists` | error |
 * | `cascade/parent-exists`, `cascade/parent-unit`, `cascade/parent-cycle`, `cascade/no-loop` | error |
 * | `cascade/no-level-skip` | off |
 * | `cascade/top-level-pillar` | warning |
 * | `limits/*` | warning (`kr-per-objective` above 5: error; `objectives-per-unit` below 3: info) |
 * | `owner/kr-owner` | error |
 * | `owner/objective-owner` | warning |
 * | `measure/*` | error |
 * | `engage/*` | warning |
 * | `align/dependency-exists` | error |
 * | `align/dependency-cross-unit`, `align/dependency-accepted`, `align/dependency-declined` | warning |
 * | `deliver/*` (`stale-check-in`, `missing-check-in`, `confidence-drop` need `asOf`) | warning |
 *
 * Also `policies.recommended`; the bare root export is kept for 0.x and is
 * deprecated (a preset lives under its namespace, as the scales do).
 *
 * @deprecated Use `policies.recommended` (or `extends: 'recommended'`).
 * @example
 * ```ts
 * import { policies, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const findings = validate(set, { policy: policies.recommended, asOf: '2026-02-16' });
 * ```
 */
export const recommended: Policy = /* @__PURE__ */ makeRecommended();

/**
 * `recommended`, stricter: every rule on; homework objectives, supports
 * links within a unit, company objectives without a pillar, objectives
 * without an owner, handed-down or unapproved objectives and same-unit
 * dependencies are errors; `cascade/no-level-skip` is a warning, and so is a
 * unit with fewer than 3 objectives.
 *
 * Also `policies.strict`; the bare root export is deprecated.
 *
 * @deprecated Use `policies.strict` (or `extends: 'strict'`).
 * @example
 * ```ts
 * import { policies, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const errors = validate(set, { policy: policies.strict }).filter((f) => f.severity === 'error');
 * ```
 */
export const strict: Policy = /* @__PURE__ */ makeStrict();

/**
 * `recommended` plus the `quality/*` rules: how OKRs are worded, checked
 * like code in CI. Heuristics with English word lists as options (see the
 * policies guide): an objective title with numbers or metrics, a key result
 * that names an activity, an objective made mostly of milestones, a metric
 * without a real baseline, a unit named in a title but missing from the
 * measure, sandbagging (confidence 9–10 from the first check-ins, or most
 * key results achieved in the first third of the window) and (near-)duplicate
 * titles in one unit and cycle are warnings; titles too short or too long
 * are info.
 *
 * Also `definePolicy({ extends: 'quality' })` and the CLI's `--policy quality`.
 *
 * @example
 * ```ts
 * import { policies, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const wording = validate(set, { policy: policies.quality }).filter((f) => f.rule.startsWith('quality/'));
 * ```
 */
export const quality: Policy = /* @__PURE__ */ makeQuality();

/**
 * The preset policies by name, the namespace presets live in (as `scales`
 * holds the preset scales): `policies.recommended`, `policies.strict`,
 * `policies.quality`. The
 * same names work as `definePolicy({ extends: 'recommended' })` and as the
 * CLI's `--policy recommended`.
 *
 * @example
 * ```ts
 * import { policies, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * validate(set, { policy: policies.strict, asOf: '2026-02-16' });
 * ```
 */
export const policies: {
  readonly recommended: Policy;
  readonly strict: Policy;
  readonly quality: Policy;
} = {
  recommended,
  strict,
  quality,
};
