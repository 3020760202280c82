/**
 * Private to the report layer: the one check of a reminder renderer's
 * arguments (`reminderMarkdown`, `reminderSlackPayload`, `reminderData`),
 * so that a digest or options that are not what `personDigests` and
 * `obligations` give are refused with a {@link SokrError} naming the path
 * (each entry by the rhythm layer's one entry check); and the names and
 * titles the renderers print, read safely from a set that was never parsed.
 *
 * @module
 */
import { describeValue } from '../_lib/quote.js';
import { zonedAsOf, zonedIsoDay } from '../_lib/zonedDay.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Issue } from '../model/issue.js';
import { SokrError } from '../model/SokrError.js';
import { entriesIssues, MAX_ISSUES, textOf } from '../rhythm/_entryCheck.js';
import { type ObligationNames, obligationNames } from './_obligationText.js';

/** Dates a reminder can name: the years 0000–9999, as ISO days. */
const MAX_MS = 253402300799999;
const MIN_MS = -62167219200000;

function fail(issues: Issue[]): never {
  throw new SokrError(issues);
}

/**
 * {@link obligationNames} whose names and titles are always strings: a set
 * that is valid in shape but was never parsed (a title of `42`, a Symbol) is
 * read as {@link textOf} reads it, never a `TypeError` from the escaping.
 */
export function reminderNames(graph: OkrGraph): ObligationNames {
  const names = obligationNames(graph);
  return {
    day: names.day,
    person: (id) => textOf(names.person(id), id ?? 'Unassigned'),
    title: (kind, id) => textOf(names.title(kind, id), id),
    cycleOfObjective: (id) => {
      const name = names.cycleOfObjective(id);
      return name === undefined ? undefined : textOf(name, '');
    },
    dependencySide: (id, side) => {
      const title = names.dependencySide(id, side);
      return title === undefined ? undefined : textOf(title, id);
    },
  };
}

/**
 * Checks a digest and the options of `renderer`; returns the reminder's day
 * (`YYYY-MM-DD`), `asOf` read in the set's time zone as `obligations` reads it.
 */
export function reminderDay(
  graph: OkrGraph,
  digest: unknown,
  options: unknown,
  renderer: string,
): string {
  if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
    fail([
      {
        path: ['digest'],
        code: 'invalid_type',
        message: `${renderer} renders one of personDigests' digests, got ${describeValue(digest)}.`,
      },
    ]);
  const d = digest as Record<string, unknown>;
  if (typeof d.name !== 'string')
    fail([
      {
        path: ['digest', 'name'],
        code: 'invalid_type',
        message: `A digest's name is a string, got ${describeValue(d.name)}.`,
      },
    ]);
  const issues: Issue[] = [];
  for (const list of ['owes', 'escalated'] as const) {
    const entries = d[list];
    if (!Array.isArray(entries)) {
      issues.push({
        path: ['digest', list],
        code: 'invalid_type',
        message: `A digest's ${list} is a list of obligations, got ${describeValue(entries)}.`,
      });
      continue;
    }
    issues.push(...entriesIssues(entries, ['digest', list]));
  }
  if (issues.length > 0) fail(issues.slice(0, MAX_ISSUES));
  if (typeof options !== 'object' || options === null)
    fail([
      {
        path: ['options'],
        code: 'invalid_type',
        message: `${renderer} takes options { asOf } (the day of the reminder), got ${describeValue(options)}.`,
      },
    ]);
  const asOf = (options as { asOf?: unknown }).asOf;
  const ms = zonedAsOf(asOf, graph.timeZone);
  if (ms === undefined || ms > MAX_MS || ms < MIN_MS)
    fail([
      {
        path: ['options', 'asOf'],
        code: 'invalid_date',
        message: `asOf must be an ISO-8601 date, epoch milliseconds or a valid Date (Obligations.asOf); got ${describeValue(asOf)}.`,
      },
    ]);
  return zonedIsoDay(ms, graph.timeZone);
}
