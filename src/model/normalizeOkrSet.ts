import { closestMatch } from '../_lib/closestMatch.js';
import {
  type FlatKind,
  type Flattened,
  flatten,
  NESTING,
  type Origin,
} from './_flattenAuthoring.js';
import { capIssues, type Issue, type Result } from './issue.js';
import { unknownKeyIssue } from './issueMessages.js';
import type { ParseOptions } from './ParseOptions.js';
import { parseOkrSet, unreadableOptions } from './parseOkrSet.js';
import type { OkrSet } from './types.js';

/**
 * Turns a document in the nested authoring format (`AuthoringSet`) into
 * a flat, validated {@link OkrSet}: objectives may hold their `keyResults`,
 * key results their `checkIns` and `initiatives`, and ids missing on those four
 * kinds are derived deterministically (objective
 * `${cycleId}.${unitId}.${slug(title)}`, key result `${objectiveId}.kr${n}`,
 * check-in `${keyResultId}@${at}`, initiative `${keyResultId}.i${n}`; a taken
 * id gets `-2`, `-3`, … in document order — see the authoring module docs).
 * Top-level `keyResults`, `checkIns` and `initiatives` are placed after the
 * nested ones. Everything else is passed on as written.
 *
 * The flat set then goes through {@link parseOkrSet}; its issues are mapped
 * back to paths in the authoring document where possible (an issue on
 * `keyResults[7].measure` becomes `objectives[2].keyResults[0].measure`).
 * Never throws. As in {@link parseOkrSet}, only plain objects and arrays are
 * objects: a `Map`, `Date`, boxed primitive or class instance anywhere is
 * `not_json` at its path. Deriving ids is linear in the number of items,
 * however many share a base id.
 *
 * @param input - The authoring document (any value; validated).
 * @param options - As for {@link parseOkrSet}: `unknownKeys`, and `maxIssues` to cap the
 *   whole issue list (authoring issues and the parser's together).
 * @returns `{ ok: true, value }` with the flat set, or `{ ok: false, issues }`
 *   with paths into the authoring document.
 *
 * @example
 * ```ts
 * import { normalizeOkrSet } from 'sokr';
 * const result = normalizeOkrSet({
 *   version: 1,
 *   strategy: { pillars: [{ id: 'growth', title: 'Growth' }] },
 *   units: [{ id: 'acme', name: 'Acme' }],
 *   people: [{ id: 'ana', name: 'Ana', unitId: 'acme' }],
 *   cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
 *   objectives: [{
 *     title: 'Grow revenue', unitId: 'acme', cycleId: 'q1',
 *     links: [{ kind: 'pillar', pillarId: 'growth' }],
 *     keyResults: [{
 *       title: 'MRR from 100k to 150k', ownerId: 'ana',
 *       measure: { kind: 'metric', start: 100, target: 150 },
 *       checkIns: [{ at: '2026-01-07', value: 104, confidence: 7 }],
 *     }],
 *   }],
 * });
 * if (result.ok) console.log(result.value.checkIns[0]?.id); // 'q1.acme.grow-revenue.kr1@2026-01-07'
 * ```
 */
export function normalizeOkrSet(input: unknown, options?: ParseOptions): Result<OkrSet> {
  const unreadable = unreadableOptions(options);
  if (unreadable !== undefined) return { ok: false, issues: [unreadable] };
  let flattened: Flattened | undefined;
  try {
    flattened = flatten(input);
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'not_json',
          message: `The document could not be read as plain JSON data (${describeError(error)}).`,
        },
      ],
    };
  }
  if (flattened === undefined) return parseOkrSet(input, options);
  // The cap applies to the whole list (authoring issues first), not to the parser's part.
  const { maxIssues, ...parseOptions } = options ?? {};
  const parsed = parseOkrSet(flattened.doc, parseOptions);
  const issues = flattened.issues;
  if (!parsed.ok) {
    for (const issue of parsed.issues) issues.push(mapIssue(issue, flattened.origins));
  }
  if (issues.length > 0) return { ok: false, issues: capIssues(issues, maxIssues) };
  return parsed;
}

function mapIssue(found: Issue, origins: Record<FlatKind, Origin[]>): Issue {
  const [kind, index, key] = found.path;
  if (typeof index !== 'number' || !isFlatKind(kind)) return found;
  const origin = origins[kind][index];
  if (origin === undefined) return found;
  const issue = withNestingSuggestion(found, kind);
  const rest = issue.path.slice(2);
  if ((key === 'id' && origin.derivedId) || (key !== undefined && key === origin.impliedKey)) {
    return { ...issue, path: origin.path };
  }
  return { ...issue, path: [...origin.path, ...rest] };
}

/** An unknown field of a flat item that is close to a nested list (`keyResult` → `keyResults`). */
function withNestingSuggestion(issue: Issue, kind: FlatKind): Issue {
  if (issue.code !== 'unknown_key' || issue.suggestion !== undefined || issue.path.length !== 3) {
    return issue;
  }
  const key = issue.path[2];
  if (typeof key !== 'string') return issue;
  const suggestion = closestMatch(key, NESTING[kind]);
  return suggestion === undefined
    ? issue
    : unknownKeyIssue(issue.path.slice(0, 2), key, [suggestion]);
}

function isFlatKind(value: unknown): value is FlatKind {
  return (
    value === 'objectives' ||
    value === 'keyResults' ||
    value === 'checkIns' ||
    value === 'initiatives'
  );
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unreadable error';
  }
}
