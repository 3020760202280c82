import type { Finding } from '../alignment/types.js';
import { type CompiledOkrSet, compile, graphOf, readingSet } from '../core/compile.js';
import type { OkrSet } from '../model/types.js';
import { buildContext } from './_context.js';
import { findingText } from './_findingText.js';

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
 * @throws {@link SokrError} `invalid_type` for a set a report cannot read (as `weeklyReport`).
 * @example
 * ```ts
 * import { describeFinding, validate } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * for (const f of validate(set, { asOf: '2026-04-07' })) console.log(describeFinding(f, set));
 * // Key result “Get 50 signups from the referral programme” (Noah Kim) has no check-in yet, …
 * ```
 */
export function describeFinding(finding: Finding, input: OkrSet | CompiledOkrSet): string {
  return readingSet('describeFinding', () =>
    findingText(finding, buildContext(graphOf(compile(input)))),
  );
}
