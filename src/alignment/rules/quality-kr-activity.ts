import { defineRule } from '../defineRule.js';
import { titleText } from './qualityText.js';

/**
 * The measures whose key results are done rather than measured: a milestone
 * (done or not) and a checklist (items done). A metric, threshold, range or
 * derived key result is measured, whatever its title's first word.
 */
const DONE_KINDS: ReadonlySet<string> = new Set(['milestone', 'checklist']);

/**
 * `quality/kr-activity` — a key result describes an outcome, not an activity:
 * flags a milestone or checklist key result whose title starts with an
 * activity verb (`activityVerbs`: write, launch, hold, run, build,
 * implement, set up, roll out, …). Such a title names work to do (an
 * initiative). The title's words are its runs up to whitespace, lower case,
 * without the punctuation around them: an entry of one word matches the
 * first of them, an entry of several words (`set up`) the first few, and
 * the longest matching entry is quoted. A hyphenated word stays whole, so
 * `Start-up time under 2 s` and `Work-life balance …` do not start with
 * `start` or `work`. A metric,
 * threshold, range or derived key result is measured by definition and is
 * never flagged: `Build times under 10 minutes`, `Run-rate revenue from €1M
 * to €2M` and `Plan upgrades from 5% to 12%` are outcomes — unless a metric
 * counts the activity itself: the verb, then its target as a plain number
 * (`Run 30 discovery calls` with target 30, `Publish 12 case studies`).
 *
 * @example
 * ```ts
 * // Flagged (milestones): 'Launch the new checkout', 'Write the onboarding guide';
 * // a checklist 'Run the three pricing workshops'; 'Set up alerting for every service' (“set up”).
 * // Passes: 'Checkout conversion from 2% to 4%'; 'Hold time on support calls from 6 to 2 minutes' as a metric;
 * // 'Start-up time under 2 s on mid-range phones' as a milestone.
 * // Flagged too: 'Run 30 discovery calls' as a metric from 0 to 30 (it counts the work).
 * ```
 */
export const qualityKrActivity = /* @__PURE__ */ defineRule({
  id: 'quality/kr-activity',
  meta: {
    description:
      'A milestone or checklist key result names an outcome to reach, not an activity to do.',
    severity: 'warning',
    options: {
      activityVerbs: {
        type: 'string[]',
        default: [
          'write',
          'launch',
          'hold',
          'run',
          'build',
          'create',
          'implement',
          'develop',
          'organize',
          'organise',
          'conduct',
          'attend',
          'start',
          'begin',
          'complete',
          'finish',
          'prepare',
          'draft',
          'design',
          'set',
          'set up',
          'setup',
          'introduce',
          'roll out',
          'publish',
          'host',
          'plan',
          'do',
          'work',
        ],
        description:
          'Verbs that open an activity, lower case; an entry of several words (`set up`) matches the first words of the title, a word is a run up to whitespace (`start-up` is not `start`).',
      },
    },
  },
  check(ctx) {
    const verbs = phraseSet(ctx.options.activityVerbs);
    const longest = Math.max(0, ...[...verbs].map((v) => v.split(' ').length));
    ctx.set.keyResults.forEach((kr, i) => {
      if (typeof kr.title !== 'string') return;
      const kind = kr.measure?.kind;
      const counted = kind === 'metric';
      if (!DONE_KINDS.has(kind) && !counted) return;
      const verb = openingPhrase(leadingWords(kr.title, longest), verbs);
      if (verb === undefined) return;
      // A metric is an outcome, unless it counts the activity itself: the verb, then its
      // target as a plain number ("Run 30 discovery calls", "Publish 12 case studies").
      if (counted && !countsTarget(kr.title, verb, kr.measure)) return;
      ctx.report({
        path: ['keyResults', i, 'title'],
        ids: [kr.id, kr.objectiveId],
        message: counted
          ? `Key result "${kr.id}" ${titleText(kr.title)} counts an activity (“${verb}”), not an outcome.`
          : `Key result "${kr.id}" ${titleText(kr.title)} describes an activity (“${verb}”), not an outcome.`,
        fix: counted
          ? 'Ask what that work should change (more demos booked, fewer tickets), and measure that; keep the count as an initiative of the key result.'
          : 'Ask what changes once it is done, and measure that (keep the activity as an initiative of the key result).',
      });
    });
  },
});

/** The entries of a phrase list, lower case, with single spaces between their words; blank entries left out. */
function phraseSet(phrases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const words = p
      .toLowerCase()
      .split(/\s+/u)
      .filter((w) => w !== '');
    if (words.length > 0) out.add(words.join(' '));
  }
  return out;
}

/**
 * The first `count` words of a title: its runs up to whitespace, lower case,
 * without the punctuation before and after them (`“Set up:` → `set`, `up`;
 * `Start-up` → `start-up`). A run of punctuation alone is no word.
 */
function leadingWords(title: string, count: number): string[] {
  const out: string[] = [];
  for (const run of title.toLowerCase().split(/\s+/u)) {
    if (out.length === count) break;
    const word = run.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word !== '') out.push(word);
  }
  return out;
}

/** The longest entry of `phrases` that the words begin with. */
function openingPhrase(words: readonly string[], phrases: ReadonlySet<string>): string | undefined {
  for (let n = words.length; n > 0; n--) {
    const phrase = words.slice(0, n).join(' ');
    if (phrases.has(phrase)) return phrase;
  }
  return undefined;
}

/**
 * Whether a metric's title is `verb` and then its target as a plain number
 * (`Run 30 discovery calls` with target 30): the count of an activity. A
 * share or a unit right after the number (`Run 95% of …`) is not.
 */
function countsTarget(title: string, verb: string, measure: unknown): boolean {
  const target = (measure as { target?: unknown }).target;
  const words = verb.split(' ').length;
  const runs = title.trim().split(/\s+/u);
  const figure = runs[words];
  if (figure === undefined || !/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(figure)) return false;
  return Number(figure.replace(/,/g, '')) === target;
}
