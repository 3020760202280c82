import type { Finding } from '../alignment/types.js';
import { type CompiledOkrSet, graphOf, readingSet } from '../core/compile.js';
import { describeValue } from '../_lib/quote.js';
import { SokrError } from '../model/SokrError.js';
import type { OkrSet } from '../model/types.js';
import { buildContext } from './_context.js';
import { findingText, fixText } from './_findingText.js';
import { guardedRead } from '../model/readingSet.js';

/**
 * A finding's message as a person reads it: every quoted id of the set's
 * key results, objectives, people, units and cycles replaced by the title or
 * name it stands for (a key result with its owner's name). The finding's
 * `message`, `ids` and `path` stay as they are for tools; the reports'
 * findings carry this text as `text`, and a command line or a chat bot can
 * print it instead of the message.
 *
 * @param finding - a finding of `validate` (or any `{ message }` naming ids in quotes).
 * @param input - the set the finding is about, or its compiled form (`compile`) to share its index.
 * @returns the message with titles and names; other text unchanged.
 * @throws {@link SokrError} `invalid_type` for a set a report cannot read (as `weeklyReport`), or at `['finding']` for a finding that is not an object.
 * @example
 * ```ts
 * import { describeFinding, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * for (const f of validate(set, { asOf: '2026-04-07' })) console.log(describeFinding(f, set));
 * // Key result “Get 50 signups from the referral programme” (Noah Kim) has no check-in yet, …
 * ```
 */
export function describeFinding(finding: Finding, input: OkrSet | CompiledOkrSet): string {
  return guardedRead('describeFinding', () => {
    checkFinding(finding, 'describeFinding');
    return readingSet('describeFinding', () => findingText(finding, buildContext(graphOf(input))));
  });
}

/**
 * A finding's `fix` as a person reads it: the ids it quotes in double quotes
 * replaced by titles and names, as {@link describeFinding} does for the
 * message (`Ask "noah" for this week's check-in…` → `Ask Noah Kim for …`).
 * Single-quoted text in a fix is code to paste (`objectiveId: 'o27'`) and is
 * kept.
 *
 * @param finding - a finding of `validate`.
 * @param input - the set the finding is about, or its compiled form.
 * @returns the fix with names, or `undefined` when the finding has none.
 * @throws {@link SokrError} `invalid_type` for a set a report cannot read, or at `['finding']` for a finding that is not an object.
 * @example
 * ```ts
 * import { describeFix, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * for (const f of validate(set, { asOf: '2026-04-07' })) console.log(describeFix(f, set) ?? '');
 * // Ask Noah Kim for this week's check-in: what moved, what is blocked, what is next.
 * ```
 */
export function describeFix(finding: Finding, input: OkrSet | CompiledOkrSet): string | undefined {
  return guardedRead('describeFix', () => {
    checkFinding(finding, 'describeFix');
    if (typeof finding.fix !== 'string') return undefined;
    return readingSet('describeFix', () => fixText(finding, buildContext(graphOf(input))));
  });
}

/** Throws `invalid_type` at `['finding']` unless `finding` is an object. */
function checkFinding(finding: unknown, fn: string): void {
  if (typeof finding === 'object' && finding !== null && !Array.isArray(finding)) return;
  throw new SokrError([
    {
      path: ['finding'],
      code: 'invalid_type',
      message: `${fn} describes one of validate's findings (an object), got ${describeValue(finding)}.`,
    },
  ]);
}
