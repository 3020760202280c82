/**
 * Types of the alignment layer: findings, rules, rule options and policies.
 *
 * @module
 */
import type { IsoDate, OkrSet } from '../model/types.js';
import type { Path } from '../model/issue.js';
import type { OkrIndex } from './buildIndex.js';

/** How serious a finding is. `error` > `warning` > `info`. */
export type Severity = 'error' | 'warning' | 'info';

/** A rule's setting in a policy: off, or on at a severity. */
export type SeverityOrOff = Severity | 'off';

/**
 * One problem `validate` found: which rule, how serious, where in the set,
 * which entities, and a sentence a person can act on.
 */
export interface Finding {
  /** The stable id of the rule that reported it, e.g. `link/anchor-required`. */
  rule: string;
  /** The severity the policy gives the rule (or the rule's own finer grading, see each rule). */
  severity: Severity;
  /** Where in the set, e.g. `['objectives', 3, 'links']`. `[]` for the set as a whole. */
  path: Path;
  /** The ids of the entities involved, the main one first. */
  ids: string[];
  /** What is wrong, in words a person can act on. */
  message: string;
  /** How to fix it, when there is an obvious way. */
  fix?: string;
}

/**
 * What a rule passes to `ctx.report`: a finding without its rule id. The
 * severity defaults to the one the policy configured; a rule may grade a
 * particular finding differently (e.g. `limits/kr-per-objective` reports an
 * error above its hard maximum), always through one of its documented options.
 */
export interface FindingInput {
  /** Where in the set. */
  path: Path;
  /** The ids of the entities involved, the main one first. */
  ids: string[];
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix?: string;
  /** Overrides the configured severity for this finding only. */
  severity?: Severity;
}

/** A number option of a rule. */
export interface NumberOptionSpec {
  type: 'number';
  /** The value used when the policy does not set one. */
  default: number;
  /** What the option means. */
  description: string;
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** Only whole numbers. */
  integer?: boolean;
}

/** A boolean option of a rule. */
export interface BooleanOptionSpec {
  type: 'boolean';
  /** The value used when the policy does not set one. */
  default: boolean;
  /** What the option means. */
  description: string;
}

/** A string option of a rule, optionally restricted to some values. */
export interface StringOptionSpec {
  type: 'string';
  /** The value used when the policy does not set one. */
  default: string;
  /** What the option means. */
  description: string;
  /** The allowed values, when restricted. */
  enum?: readonly string[];
}

/** A list-of-strings option of a rule. */
export interface StringListOptionSpec {
  type: 'string[]';
  /** The value used when the policy does not set one. */
  default: readonly string[];
  /** What the option means. */
  description: string;
}

/** A severity option of a rule (e.g. the severity of findings below a minimum). */
export interface SeverityOptionSpec {
  type: 'severity';
  /** The value used when the policy does not set one. */
  default: Severity;
  /** What the option means. */
  description: string;
}

/** The description of one rule option. */
export type OptionSpec =
  | NumberOptionSpec
  | BooleanOptionSpec
  | StringOptionSpec
  | StringListOptionSpec
  | SeverityOptionSpec;

/** The options a rule accepts, by name. */
export type OptionsSchema = Readonly<Record<string, OptionSpec>>;

/** The TypeScript type of the value of one option. */
export type OptionValue<S extends OptionSpec> = S extends NumberOptionSpec
  ? number
  : S extends BooleanOptionSpec
    ? boolean
    : S extends SeverityOptionSpec
      ? Severity
      : S extends StringOptionSpec
        ? string
        : readonly string[];

/** The typed, fully resolved options of a rule (defaults merged). */
export type OptionsOf<S extends OptionsSchema> = { readonly [K in keyof S]: OptionValue<S[K]> };

/** What a rule is: its documentation, default severity and options. */
export interface RuleMeta<S extends OptionsSchema = OptionsSchema> {
  /** One sentence: what the rule checks. */
  description: string;
  /** The severity used when a policy enables the rule without saying. */
  severity: Severity;
  /** A link or a short text with more documentation. */
  docs?: string;
  /** The options the rule accepts, with defaults. */
  options?: S;
  /**
   * Cross-option check run after the options are merged (e.g. `min ≤ max`);
   * returns a message when they are inconsistent.
   */
  checkOptions?: (options: OptionsOf<S>) => string | undefined;
  /** The rule needs `asOf`; `validate` skips it (does not fail it) without one. */
  requiresAsOf?: boolean;
}

/** What a rule's `check` receives. */
export interface RuleContext<O = Readonly<Record<string, unknown>>> {
  /** The OKR set being validated. */
  readonly set: OkrSet;
  /** The prebuilt index of the set (the same one every rule gets). */
  readonly index: OkrIndex;
  /** The rule's options, defaults merged with the policy's settings. */
  readonly options: O;
  /** The evaluation date, when `validate` got one (always set for rules with `requiresAsOf`). */
  readonly asOf?: IsoDate;
  /** `asOf` as epoch milliseconds. */
  readonly asOfMs?: number;
  /** The severity the policy configured for this rule. */
  readonly severity: Severity;
  /** Reports one finding. */
  report(finding: FindingInput): void;
}

/**
 * A validation rule: a stable id, its documentation and options, and a
 * `check` that reports findings. Make one with `defineRule`.
 */
export interface Rule<O = Readonly<Record<string, unknown>>> {
  /** Stable id, `group/name` in kebab case. */
  readonly id: string;
  /** Documentation, default severity and options. */
  readonly meta: RuleMeta;
  /** Reports the findings of the rule on `ctx.set`. */
  check(ctx: RuleContext<O>): void;
}

/** Any rule, whatever its options (what policies and `validate` handle). */
// biome-ignore lint/suspicious/noExplicitAny: a rule's options are checked at its definition.
export type AnyRule = Rule<any>;

/** How a policy sets one rule: off, a severity, or a severity with options. */
export type RuleSetting =
  | SeverityOrOff
  | readonly [SeverityOrOff]
  | readonly [SeverityOrOff, Readonly<Record<string, unknown>>];

/** A plugin: a rule, or a bundle of rules by id. */
export type Plugin = AnyRule | { readonly rules: Readonly<Record<string, AnyRule>> };

/** The name of a built-in preset policy. */
export type PresetName = 'recommended' | 'strict' | 'quality';

/** What `definePolicy` takes. */
export interface PolicyConfig {
  /** The policy to start from (its rules, settings and plugins). Default: no rule on. */
  extends?: PresetName | Policy;
  /** Rule settings by id, applied over the extended policy. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /**
   * Extra rules. A plugin rule runs at its own default severity unless `rules`
   * sets it (e.g. `'off'`).
   */
  plugins?: readonly Plugin[];
  /** A name shown in reports. */
  name?: string;
}

/** The resolved setting of one rule in a policy. */
export interface ResolvedRuleSetting {
  /** The severity, or `'off'`. */
  readonly severity: SeverityOrOff;
  /** The rule's options, defaults merged. */
  readonly options: Readonly<Record<string, unknown>>;
}

/** A validated policy: every known rule and how it is set. Make one with `definePolicy`. */
export interface Policy {
  /** Marks policies made by `definePolicy`. */
  readonly kind: 'sokr-policy';
  /** The policy's name. */
  readonly name: string;
  /** Every rule the policy knows (built-ins and plugins), by id. */
  readonly rules: Readonly<Record<string, AnyRule>>;
  /** The setting of every known rule, by id. */
  readonly settings: Readonly<Record<string, ResolvedRuleSetting>>;
}
