import { type CompiledOkrSet, checkedSetOf, requireLists } from '../core/compile.js';
import { describeValue } from '../_lib/quote.js';
import { SokrError } from '../model/SokrError.js';
import type { Id, OkrSet } from '../model/types.js';
import { entriesIssues, textOf } from './_entryCheck.js';
import type { Obligations, PersonDigest } from './types.js';
import { guardedRead } from '../model/readingSet.js';

/**
 * Groups obligations into one digest per person: what they owe and what has
 * been escalated to them. Digests follow the order of `obligations` (people
 * in set order, then ids not in `people`, the `null` person — obligations
 * nobody is named for — last); each list keeps that order too. People who owe nothing get no digest.
 *
 * Each entry is checked as the reminder renderers check it (one check), so
 * a digest holds only entries `reminderMarkdown` can word. A person's name
 * that is not text in a set that was never parsed is read as the renderers
 * read titles: a number as its digits, anything else as the person's id.
 *
 * @param input - the set (or compiled set) the obligations were computed for (for names).
 * @param result - what `obligations` returned.
 * @returns one {@link PersonDigest} per person who owes or receives something.
 * @throws {@link SokrError} `invalid_type` at `['result', …]` when `result` is not what `obligations` returns (an array, no `entries` list, or an entry the renderers refuse: the path names each bad entry, a hole of a sparse list included; `invalid_value` at `['result', 'entries', i, 'kind']` for an unknown kind), and as `compile` for a set whose lists or entries are not lists and objects.
 * @example
 * ```ts
 * import { obligations, personDigests } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const digests = personDigests(set, obligations(set, { asOf: '2026-02-16' }));
 * digests.map((d) => `${d.name}: ${d.owes.length} owed, ${d.escalated.length} escalated`);
 * ```
 */
export function personDigests(input: OkrSet | CompiledOkrSet, result: Obligations): PersonDigest[] {
  return guardedRead('personDigests', () => {
    checkResult(result);
    const set = checkedSetOf(input);
    // The names come from the set's people: a set without that list is not the one obligations read.
    requireLists(set, ['people'], 'personDigests');
    const names = new Map<Id, string>();
    const positions = new Map<Id, number>();
    set.people.forEach((p, i) => {
      if (names.has(p.id)) return;
      names.set(p.id, textOf(p.name, p.id));
      positions.set(p.id, i);
    });
    const digests = new Map<Id | null, PersonDigest>();
    const digestOf = (personId: Id | null): PersonDigest => {
      let digest = digests.get(personId);
      if (digest === undefined) {
        const name = personId === null ? 'Unassigned' : (names.get(personId) ?? personId);
        digest = { personId, name, owes: [], escalated: [] };
        digests.set(personId, digest);
      }
      return digest;
    };
    for (const e of result.entries) {
      digestOf(e.personId).owes.push(e);
      for (const lead of e.escalatedTo) digestOf(lead).escalated.push(e);
    }
    const rank = (d: PersonDigest): number =>
      d.personId === null
        ? Number.MAX_SAFE_INTEGER
        : (positions.get(d.personId) ?? Number.MAX_SAFE_INTEGER - 1);
    return [...digests.values()].sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      if (ra !== rb) return ra - rb;
      if (a.personId === b.personId) return 0;
      return (a.personId ?? '') < (b.personId ?? '') ? -1 : 1;
    });
  });
}

/**
 * Throws unless `result` has the shape `obligations` returns, each entry
 * checked as the reminder renderers check it.
 */
function checkResult(result: unknown): asserts result is Obligations {
  const bad = (path: (string | number)[], message: string): never => {
    throw new SokrError([{ path: ['result', ...path], code: 'invalid_type', message }]);
  };
  if (Array.isArray(result))
    bad(
      [],
      `personDigests groups what obligations returns ({ asOf, cadenceDays, entries }), got an array; an array is not an obligations result (pass the whole result, not its entries).`,
    );
  if (typeof result !== 'object' || result === null)
    bad([], `personDigests groups what obligations returns, got ${describeValue(result)}.`);
  const entries = (result as { entries?: unknown }).entries;
  if (!Array.isArray(entries))
    bad(['entries'], `entries is the list of obligations, got ${describeValue(entries)}.`);
  const issues = entriesIssues(entries as unknown[], ['result', 'entries']);
  if (issues.length > 0) throw new SokrError(issues);
}
