import type { Issue, Path } from '../model/issue.js';
import { closestMatch } from '../_lib/closestMatch.js';
import type { OptionSpec, RuleMeta } from './types.js';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

function checkValue(spec: OptionSpec, value: unknown, path: Path, issues: Issue[]): boolean {
  const bad = (message: string, code: Issue['code'] = 'invalid_value'): boolean => {
    issues.push({ path, code, message });
    return false;
  };
  switch (spec.type) {
    case 'number':
      if (typeof value !== 'number')
        return bad(`expected a number, got ${describe(value)}`, 'invalid_type');
      if (!Number.isFinite(value)) return bad(`expected a finite number, got ${value}`);
      if (spec.integer === true && !Number.isInteger(value))
        return bad(`expected a whole number, got ${value}`);
      if (spec.min !== undefined && value < spec.min)
        return bad(`must be ≥ ${spec.min}, got ${value}`);
      if (spec.max !== undefined && value > spec.max)
        return bad(`must be ≤ ${spec.max}, got ${value}`);
      return true;
    case 'boolean':
      return (
        typeof value === 'boolean' ||
        bad(`expected true or false, got ${describe(value)}`, 'invalid_type')
      );
    case 'string':
      if (typeof value !== 'string')
        return bad(`expected a string, got ${describe(value)}`, 'invalid_type');
      if (spec.enum !== undefined && !spec.enum.includes(value))
        return bad(
          `expected one of ${spec.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${JSON.stringify(value)}`,
        );
      return true;
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return bad(`expected a list of strings, got ${describe(value)}`, 'invalid_type');
      return true;
    case 'severity':
      return (
        (typeof value === 'string' && SEVERITIES.includes(value)) ||
        bad(`expected "error", "warning" or "info", got ${describe(value)}`)
      );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * Merges option values over a base (the rule's defaults, or the extended
 * policy's options) and checks them against the rule's option schema.
 * Issues carry `path` + the option name.
 *
 * @internal
 */
export function resolveOptions(
  meta: RuleMeta,
  base: Readonly<Record<string, unknown>> | undefined,
  given: unknown,
  path: Path,
): { options: Readonly<Record<string, unknown>>; issues: Issue[] } {
  const schema = meta.options ?? {};
  const issues: Issue[] = [];
  const options: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) {
    options[key] = base !== undefined && key in base ? base[key] : spec.default;
  }
  if (given !== undefined) {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      issues.push({
        path,
        code: 'invalid_type',
        message: `options must be an object, got ${describe(given)}`,
      });
      return { options, issues };
    }
    for (const [key, value] of Object.entries(given)) {
      const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
      if (spec === undefined) {
        const known = Object.keys(schema);
        const close = closestMatch(key, known);
        issues.push({
          path: [...path, key],
          code: 'unknown_key',
          message:
            known.length === 0
              ? `the rule takes no options, got "${key}"`
              : `unknown option "${key}"${close === undefined ? '' : `; did you mean "${close}"?`} (options: ${known.join(', ')})`,
          key,
          ...(close === undefined ? {} : { suggestion: close }),
        });
        continue;
      }
      if (checkValue(spec, value, [...path, key], issues)) options[key] = value;
    }
  }
  if (issues.length === 0) {
    for (const [key, spec] of Object.entries(schema)) {
      checkValue(spec, options[key], [...path, key], issues);
    }
  }
  if (issues.length === 0 && meta.checkOptions !== undefined) {
    const message = meta.checkOptions(options as never);
    if (message !== undefined) issues.push({ path, code: 'invalid_value', message });
  }
  return { options: Object.freeze(options), issues };
}
