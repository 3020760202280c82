import type { Issue } from '../model/issue.js';
import { danglingReferenceIssue, duplicateIdIssue } from '../model/issueMessages.js';
import { closestMatch } from '../_lib/closestMatch.js';
import { describeValue } from '../_lib/quote.js';
import { resolveOptions } from './resolveOptions.js';
import type {
  AnyRule,
  Plugin,
  Policy,
  PolicyConfig,
  ResolvedRuleSetting,
  SeverityOrOff,
} from './types.js';

const SETTINGS: readonly string[] = ['off', 'error', 'warning', 'info'];

function isRule(value: unknown): value is AnyRule {
  if (typeof value !== 'object' || value === null) return false;
  const { id, check, meta } = value as Partial<AnyRule>;
  if (typeof id !== 'string' || typeof check !== 'function') return false;
  if (typeof meta !== 'object' || meta === null) return false;
  // A hand-made rule (not from defineRule) is a rule only with option specs that can be read.
  const options: unknown = meta.options;
  if (options === undefined) return true;
  if (typeof options !== 'object' || options === null) return false;
  return Object.values(options).every(
    (spec) =>
      typeof spec === 'object' &&
      spec !== null &&
      typeof spec.type === 'string' &&
      (spec.min === undefined || typeof spec.min === 'number') &&
      (spec.max === undefined || typeof spec.max === 'number'),
  );
}

/**
 * The policy that knows `rules` and has every one of them off.
 *
 * @internal
 */
export function emptyPolicy(rules: Readonly<Record<string, AnyRule>>): Policy {
  const settings: Record<string, ResolvedRuleSetting> = {};
  for (const [id, rule] of Object.entries(rules)) {
    settings[id] = {
      severity: 'off',
      options: resolveOptions(rule.meta, undefined, undefined, []).options,
    };
  }
  return { kind: 'sokr-policy', name: 'off', rules, settings };
}

/**
 * Applies a policy config (without string `extends`, already resolved to
 * `base`) and collects every problem as an issue with its path.
 *
 * @internal
 */
export function applyPolicyConfig(
  base: Policy,
  config: Omit<PolicyConfig, 'extends'>,
  issues: Issue[],
): Policy {
  const rules: Record<string, AnyRule> = { ...base.rules };
  const settings: Record<string, ResolvedRuleSetting> = { ...base.settings };

  const addRule = (rule: unknown, path: Array<string | number>): void => {
    if (!isRule(rule)) {
      issues.push({
        path,
        code: 'invalid_type',
        message:
          'a plugin must be a rule (from defineRule: an id, a check function, meta with option specs) or { rules: { id: rule } }',
      });
      return;
    }
    const known = rules[rule.id];
    if (known !== undefined && known !== rule) {
      issues.push({ ...duplicateIdIssue(path, 'rule', rule.id), path });
      return;
    }
    if (known === undefined) {
      rules[rule.id] = rule;
      const resolved = resolveOptions(rule.meta, undefined, undefined, path);
      settings[rule.id] = { severity: rule.meta.severity, options: resolved.options };
    }
  };
  const plugins = config.plugins ?? [];
  if (!Array.isArray(plugins)) {
    issues.push({ path: ['plugins'], code: 'invalid_type', message: 'plugins must be an array' });
  } else {
    plugins.forEach((plugin: Plugin, i: number) => {
      if (isRule(plugin)) addRule(plugin, ['plugins', i]);
      else if (
        typeof plugin === 'object' &&
        plugin !== null &&
        typeof plugin.rules === 'object' &&
        plugin.rules !== null
      ) {
        for (const [key, rule] of Object.entries(plugin.rules)) {
          if (isRule(rule) && rule.id !== key) {
            issues.push({
              path: ['plugins', i, 'rules', key],
              code: 'invalid_value',
              message: `the key "${key}" must be the rule's id "${rule.id}"`,
            });
          } else addRule(rule, ['plugins', i, 'rules', key]);
        }
      } else addRule(plugin, ['plugins', i]);
    });
  }

  const ruleSettings = config.rules ?? {};
  if (typeof ruleSettings !== 'object' || ruleSettings === null || Array.isArray(ruleSettings)) {
    issues.push({
      path: ['rules'],
      code: 'invalid_type',
      message: 'rules must be an object { id: setting }',
    });
  } else {
    for (const [id, setting] of Object.entries(ruleSettings)) {
      const path = ['rules', id];
      const rule = Object.hasOwn(rules, id) ? rules[id] : undefined;
      if (rule === undefined) {
        issues.push(danglingReferenceIssue(path, 'rule', id, closestMatch(id, Object.keys(rules))));
        continue;
      }
      let severity: unknown;
      let given: unknown;
      let hasOptions = false;
      if (Array.isArray(setting)) {
        if (setting.length < 1 || setting.length > 2) {
          issues.push({
            path,
            code: 'invalid_value',
            message: 'expected [severity] or [severity, options]',
          });
          continue;
        }
        severity = setting[0];
        given = setting[1];
        hasOptions = setting.length === 2;
      } else severity = setting;
      if (typeof severity !== 'string' || !SETTINGS.includes(severity)) {
        issues.push({
          path: Array.isArray(setting) ? [...path, 0] : path,
          code: 'invalid_value',
          message: `expected "off", "error", "warning" or "info", got ${describeValue(severity)}`,
        });
        continue;
      }
      const previous = settings[id];
      const resolved = hasOptions
        ? resolveOptions(rule.meta, previous?.options, given, [...path, 1])
        : {
            options:
              previous?.options ?? resolveOptions(rule.meta, undefined, undefined, path).options,
            issues: [],
          };
      issues.push(...resolved.issues);
      settings[id] = { severity: severity as SeverityOrOff, options: resolved.options };
    }
  }
  return Object.freeze({
    kind: 'sokr-policy',
    name: config.name ?? base.name,
    rules: Object.freeze(rules),
    settings: Object.freeze(settings),
  });
}
