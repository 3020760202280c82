import { describeInstant, instantFrom } from '../_lib/date.js';
import { describeValue } from '../_lib/quote.js';
import { isTimeZone, zonedAsOf } from '../_lib/zonedDay.js';
import { type CompiledOkrSet, setOf } from '../core/compile.js';
import type { AsOf } from '../model/AsOf.js';
import { unreadableOptions } from '../model/parseOkrSet.js';
import { inputError } from '../model/readingSet.js';
import { isSokrError } from '../model/SokrError.js';
import type { IsoDate, OkrSet } from '../model/types.js';
import { buildIndex, type OkrIndex } from './buildIndex.js';
import { builtinRules } from './builtinRules.js';
import { unparsedFacts } from './_unparsedFacts.js';
import { graphOfIndex } from './indexGraph.js';
import { compareFindings } from './compareFindings.js';
import { definePolicy } from './definePolicy.js';
import { recommended } from './presets.js';
import type {
  Finding,
  FindingInput,
  Policy,
  PolicyConfig,
  RuleContext,
  Severity,
} from './types.js';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** The policy: a `Policy` from `definePolicy`/a preset, or a config for `definePolicy`. Default `recommended`. */
  policy?: Policy | PolicyConfig;
  /** The evaluation instant (ISO date, epoch ms or a Date); rules that need it (`deliver/*`, `align/dependency-accepted`) are skipped without it. */
  asOf?: AsOf;
  /** A prebuilt index of this very set (e.g. to validate with several policies). */
  index?: OkrIndex;
}

/**
 * The built-in rules, made on the first validation: a set built at the top
 * of the module would be a side effect that keeps every rule in every bundle
 * that imports anything from sokr (the scoring import included).
 */
let builtin: ReadonlySet<unknown> | undefined;

/** True when every entry of a (dense) list is a string. */
function allStrings(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return false;
  return true;
}

const OPTION_KEYS: readonly string[] = ['policy', 'asOf', 'index'];

/**
 * One `internal/invalid-options` finding per option validate does not know
 * (`{ asof }` would otherwise skip every rule that needs asOf without a word).
 * The known options still apply.
 */
function unknownOptions(options: object, findings: Finding[]): void {
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch {
    keys = [];
  }
  for (const key of keys) {
    if (OPTION_KEYS.includes(key)) continue;
    const near = OPTION_KEYS.find((known) => known.toLowerCase() === key.toLowerCase());
    findings.push({
      rule: 'internal/invalid-options',
      severity: 'error',
      path: ['options', key],
      ids: [],
      message: `validate has no option ${JSON.stringify(key)}${near === undefined ? '' : ` (did you mean ${near}?)`}; its options are policy, asOf and index. The others still apply.`,
    });
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}

/**
 * Validates an OKR set against a policy: alignment (LEAD anchors), cascade,
 * limits, ownership, measurability, engagement, cross-team dependencies and
 * the check-in rhythm. Builds the index once and runs every enabled rule on it.
 *
 * Never throws: a rule that throws becomes an `error` finding of rule
 * `internal/rule-crashed` (its `ids` name the rule); input it cannot read (a
 * getter or a Proxy trap that throws) becomes `internal/invalid-options` at
 * `['options']` or `internal/invalid-set` at `[]`; an invalid `asOf`
 * becomes `internal/invalid-as-of` (and asOf-dependent rules are skipped); an
 * invalid policy config (an unknown field such as `extnds` included) becomes
 * `internal/invalid-policy` findings (and no rule runs); options that are not
 * an object become `internal/invalid-options` at `['options']` (and the set is
 * validated as without options), and so does each option it does not know, at
 * `['options', key]` (`{ asof }`: "did you mean asOf?"; the known ones apply).
 *
 * @param input - A set that parsed cleanly (`parseOkrSet`; dangling references are tolerated),
 *   or a {@link CompiledOkrSet} from `compile` (its index is built once and shared).
 * @param options - `{ policy?, asOf?, index? }` (`undefined`: none).
 * @returns The findings, sorted by severity (error, warning, info), rule id, path, ids.
 * @example
 * ```ts
 * import { validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * for (const f of validate(set, { asOf: '2026-02-16' })) {
 *   console.log(f.severity, f.rule, f.path.join('.'), f.message);
 * }
 * ```
 */
export function validate(input: OkrSet | CompiledOkrSet, options?: ValidateOptions): Finding[] {
  const findings: Finding[] = [];
  try {
    return validateInto(findings, input, options);
  } catch (error) {
    // Rules are caught one by one; what reaches here is reading the caller's input (a
    // getter or a Proxy trap that throws, a set never parsed): a finding, as promised.
    const inOptions = unreadableOptions(options) !== undefined;
    const issues = isSokrError(error) ? error.issues : inputError('validate', error).issues;
    for (const issue of issues) {
      findings.push({
        rule: inOptions ? 'internal/invalid-options' : 'internal/invalid-set',
        severity: 'error',
        path: inOptions ? ['options'] : [...issue.path],
        ids: [],
        message: issue.message,
      });
    }
    return findings.sort(compareFindings);
  }
}

/** The body of {@link validate}: its findings, pushed into `findings`. */
function validateInto(
  findings: Finding[],
  input: OkrSet | CompiledOkrSet,
  options: ValidateOptions | undefined,
): Finding[] {
  let opts: ValidateOptions = options ?? {};
  if (
    options !== undefined &&
    (typeof options !== 'object' || options === null || Array.isArray(options))
  ) {
    // Reported, then validated as without options: one run still reports every other problem.
    findings.push({
      rule: 'internal/invalid-options',
      severity: 'error',
      path: ['options'],
      ids: [],
      message: `The options of validate are an object { policy?, asOf?, index? }, got ${describeValue(options)}; validated with the recommended policy and without asOf.`,
    });
    opts = {};
  } else if (options !== undefined) {
    unknownOptions(options, findings);
  }
  const policy = policyOf(opts.policy, findings);
  if (policy === undefined) return findings.sort(compareFindings);

  let asOf: IsoDate | undefined;
  let asOfMs: number | undefined;
  if (opts.asOf !== undefined) {
    const zone = zoneOfInput(input);
    const ms = isTimeZone(zone) ? zonedAsOf(opts.asOf, zone) : instantFrom(opts.asOf);
    if (ms === undefined) {
      findings.push({
        rule: 'internal/invalid-as-of',
        severity: 'error',
        path: ['asOf'],
        ids: [],
        message: `asOf ${describeInstant(opts.asOf)} is not an ISO-8601 date, epoch milliseconds or a valid Date; rules that need it were skipped.`,
      });
    } else {
      asOfMs = ms;
      asOf = typeof opts.asOf === 'string' ? opts.asOf : new Date(ms).toISOString();
    }
  }

  let index: OkrIndex;
  let set: OkrSet;
  try {
    set = setOf(input);
    index = opts.index ?? buildIndex(input);
  } catch (error) {
    // A set that is not one: each issue of its SokrError, with its path, as a finding (no rule ran).
    const issues = isSokrError(error)
      ? error.issues
      : [{ path: [] as (string | number)[], message: errorMessage(error) }];
    for (const issue of issues) {
      findings.push({
        rule: 'internal/invalid-set',
        severity: 'error',
        path: [...issue.path],
        ids: [],
        message: `The set cannot be validated: ${issue.message}`,
      });
    }
    return findings.sort(compareFindings);
  }

  // What the rules would read as something else in a set never parsed (cheap: the graph parsed the dates).
  for (const finding of unparsedFacts(graphOfIndex(index))) findings.push(finding);

  const ids = Object.keys(policy.settings).sort();
  for (const id of ids) {
    const setting = policy.settings[id]!;
    const rule = policy.rules[id];
    if (setting.severity === 'off' || rule === undefined) continue;
    if (rule.meta.requiresAsOf === true && asOfMs === undefined) continue;
    const severity: Severity = setting.severity;
    // The built-in rules hand over fresh arrays of their own: kept as they are.
    builtin ??= new Set(Object.values(builtinRules));
    const own = builtin.has(rule);
    const report = (input: FindingInput): void => {
      const given = input.severity;
      const path = input.path;
      const ids = input.ids;
      const findingSeverity =
        given === 'error' || given === 'warning' || given === 'info' ? given : severity;
      const findingPath = Array.isArray(path) ? (own ? path : [...path]) : [];
      const findingIds = Array.isArray(ids) ? (own && allStrings(ids) ? ids : ids.map(String)) : [];
      const message = String(input.message);
      const fix = input.fix;
      // One object literal per shape: no property added afterwards (no extra backing store).
      const finding: Finding =
        fix === undefined
          ? { rule: id, severity: findingSeverity, path: findingPath, ids: findingIds, message }
          : {
              rule: id,
              severity: findingSeverity,
              path: findingPath,
              ids: findingIds,
              message,
              fix: String(fix),
            };
      findings.push(finding);
    };
    const ctx: RuleContext = {
      set,
      index,
      options: setting.options,
      severity,
      report,
      ...(asOf === undefined ? {} : { asOf }),
      ...(asOfMs === undefined ? {} : { asOfMs }),
    };
    try {
      rule.check(ctx);
    } catch (error) {
      findings.push({
        rule: 'internal/rule-crashed',
        severity: 'error',
        path: [],
        ids: [id],
        message: `Rule "${id}" crashed: ${errorMessage(error)}`,
        fix: 'Report it to the rule author; the other rules ran normally.',
      });
    }
  }
  return findings.sort(compareFindings);
}

/**
 * The policy to validate with: `recommended` when none is given, a policy as
 * it is, a config through `definePolicy`. A config that `definePolicy` refuses
 * adds one `internal/invalid-policy` finding per issue and gives `undefined`.
 */
function policyOf(given: unknown, findings: Finding[]): Policy | undefined {
  if (given === undefined) return recommended;
  if (given !== null && typeof given === 'object' && (given as Policy).kind === 'sokr-policy')
    return given as Policy;
  try {
    return definePolicy(given as PolicyConfig);
  } catch (error) {
    const issues = isSokrError(error) ? error.issues : [{ path: [], message: errorMessage(error) }];
    for (const issue of issues) {
      findings.push({
        rule: 'internal/invalid-policy',
        severity: 'error',
        path: ['policy', ...issue.path],
        ids: [],
        message: issue.message,
      });
    }
    return undefined;
  }
}

/** The time zone a set (or compiled set) names, read without trusting its shape. */
function zoneOfInput(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  const set =
    (input as { kind?: unknown; set?: unknown }).kind === 'compiled-okr-set'
      ? (input as { set?: unknown }).set
      : input;
  return typeof set === 'object' && set !== null
    ? (set as { timeZone?: unknown }).timeZone
    : undefined;
}
