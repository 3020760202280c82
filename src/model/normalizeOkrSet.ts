import { closestMatch } from '../_lib/closestMatch.js';
import { capIssues, type Issue, type Path, type Result } from './issue.js';
import { unknownKeyIssue } from './issueMessages.js';
import { isNonPlainObject, isPlainObject, nonPlainMessage } from './plainData.js';
import type { ParseOptions } from './ParseOptions.js';
import { parseOkrSet } from './parseOkrSet.js';
import type { OkrSet } from './types.js';

/** Where a flattened item came from, to map issue paths back to the authoring document. */
interface Origin {
  /** Path of the item in the authoring document. */
  path: Path;
  /** True when the item's id was derived (the document has no `id` to point at). */
  derivedId: boolean;
  /** The parent reference key the nesting implied (absent from the document), if any. */
  impliedKey: string | undefined;
}

/** An item gathered from the authoring document, before its id is settled. */
interface Gathered {
  src: Record<string, unknown>;
  path: Path;
  parentKey: string;
  parentId: unknown;
  implied: boolean;
  /** The items nested under this one are numbered from here (1-based position). */
  position: number;
}

type FlatKind = 'objectives' | 'keyResults' | 'checkIns' | 'initiatives';

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

interface Flattened {
  doc: Record<string, unknown>;
  issues: Issue[];
  origins: Record<FlatKind, Origin[]>;
}

function flatten(input: unknown): Flattened | undefined {
  if (!isRecord(input)) return undefined;
  const doc: Record<string, unknown> = { ...input };
  const issues: Issue[] = [];
  const origins: Record<FlatKind, Origin[]> = {
    objectives: [],
    keyResults: [],
    checkIns: [],
    initiatives: [],
  };

  // Objectives: only at the top level; each may hold its key results.
  const nestedKeyResults: Gathered[] = [];
  const objectives = doc.objectives;
  if (Array.isArray(objectives)) {
    const ids = settleIds(objectives, (o) => `${seg(o.cycleId)}.${seg(o.unitId)}.${slug(o.title)}`);
    const flat: unknown[] = new Array(objectives.length);
    for (let i = 0; i < objectives.length; i++) {
      const o: unknown = objectives[i];
      const path: Path = ['objectives', i];
      if (!isRecord(o)) {
        flat[i] = o;
        origins.objectives.push({ path, derivedId: false, impliedKey: undefined });
        continue;
      }
      const id = ids[i];
      flat[i] = copy(o, { id }, NEST_OBJECTIVE);
      origins.objectives.push({ path, derivedId: o.id === undefined, impliedKey: undefined });
      gatherNested(o, 'keyResults', path, 'objectiveId', id, nestedKeyResults, issues);
    }
    doc.objectives = flat;
  }

  // Key results: nested ones first, then the top-level ones.
  const keyResults = [...nestedKeyResults, ...gatherTop(doc, 'keyResults', 'objectiveId', issues)];
  const nestedCheckIns: Gathered[] = [];
  const nestedInitiatives: Gathered[] = [];
  const krIds = settleChildIds(keyResults, (parent, n) => `${parent}.kr${n}`);
  doc.keyResults = buildFlat(keyResults, krIds, NEST_KEY_RESULT, origins.keyResults);
  for (let i = 0; i < keyResults.length; i++) {
    const kr = keyResults[i] as Gathered;
    gatherNested(kr.src, 'checkIns', kr.path, 'keyResultId', krIds[i], nestedCheckIns, issues);
    gatherNested(
      kr.src,
      'initiatives',
      kr.path,
      'keyResultId',
      krIds[i],
      nestedInitiatives,
      issues,
    );
  }

  const checkIns = [...nestedCheckIns, ...gatherTop(doc, 'checkIns', 'keyResultId', issues)];
  const checkInIds = settleChildIds(checkIns, (parent, _n, src) => `${parent}@${seg(src.at)}`);
  doc.checkIns = buildFlat(checkIns, checkInIds, NONE, origins.checkIns);

  const initiatives = [
    ...nestedInitiatives,
    ...gatherTop(doc, 'initiatives', 'keyResultId', issues),
  ];
  const initiativeIds = settleChildIds(initiatives, (parent, n) => `${parent}.i${n}`);
  doc.initiatives = buildFlat(initiatives, initiativeIds, NONE, origins.initiatives);

  return { doc, issues, origins };
}

const NEST_OBJECTIVE: readonly string[] = ['keyResults'];
const NEST_KEY_RESULT: readonly string[] = ['checkIns', 'initiatives'];
const NONE: readonly string[] = [];

/** Collects the items nested under `key` of one parent item. */
function gatherNested(
  parent: Record<string, unknown>,
  key: 'keyResults' | 'checkIns' | 'initiatives',
  parentPath: Path,
  parentKey: string,
  parentId: unknown,
  into: Gathered[],
  issues: Issue[],
): void {
  const list = parent[key];
  if (list === undefined) return;
  const listPath: Path = [...parentPath, key];
  if (!Array.isArray(list)) {
    issues.push(notAList(listPath, key, list));
    return;
  }
  for (let j = 0; j < list.length; j++) {
    const item: unknown = list[j];
    const path: Path = [...listPath, j];
    if (!isRecord(item)) {
      issues.push(notAnItem(path, key, item));
      continue;
    }
    const own = item[parentKey];
    if (own !== undefined && own !== parentId) {
      issues.push({
        path: [...path, parentKey],
        code: 'invalid_value',
        message: `This ${NOUN[key]} is nested under ${JSON.stringify(parentId)} but names ${describeValue(own)}; drop \`${parentKey}\` or move it.`,
      });
    }
    into.push({
      src: item,
      path,
      parentKey,
      parentId,
      implied: own === undefined,
      position: j + 1,
    });
  }
}

/** Collects the top-level items of `key`, which name their parent themselves. */
function gatherTop(
  doc: Record<string, unknown>,
  key: 'keyResults' | 'checkIns' | 'initiatives',
  parentKey: string,
  issues: Issue[],
): Gathered[] {
  const list = doc[key];
  const out: Gathered[] = [];
  if (list === undefined) return out;
  if (!Array.isArray(list)) {
    issues.push(notAList([key], key, list));
    return out;
  }
  for (let j = 0; j < list.length; j++) {
    const item: unknown = list[j];
    if (!isRecord(item)) {
      issues.push(notAnItem([key, j], key, item));
      continue;
    }
    out.push({
      src: item,
      path: [key, j],
      parentKey,
      parentId: item[parentKey],
      implied: false,
      position: 0,
    });
  }
  return out;
}

/** The issue for a list of items that is not an array (`not_json` for a `Set` or another non-plain object). */
function notAList(path: Path, key: keyof typeof NOUN, list: unknown): Issue {
  if (isNonPlainObject(list)) return { path, code: 'not_json', message: nonPlainMessage(list) };
  return {
    path,
    code: 'invalid_type',
    message: `Expected an array of ${NOUN[key]}s, got ${typeName(list)}.`,
  };
}

/** The issue for an item that is not a plain object (`not_json` for a `Map`, a `Date`, a class instance). */
function notAnItem(path: Path, key: keyof typeof NOUN, item: unknown): Issue {
  if (isNonPlainObject(item)) return { path, code: 'not_json', message: nonPlainMessage(item) };
  return {
    path,
    code: 'invalid_type',
    message: `Expected a ${NOUN[key]} object, got ${typeName(item)}.`,
  };
}

const NOUN: Record<'keyResults' | 'checkIns' | 'initiatives', string> = {
  keyResults: 'key result',
  checkIns: 'check-in',
  initiatives: 'initiative',
};

/**
 * Settles the ids of child items: explicit ids stay, missing ones are derived
 * from the parent id and the 1-based position among the parent's children
 * (nested children by their position, top-level ones after them).
 */
function settleChildIds(
  items: Gathered[],
  derive: (parentId: string, n: number, src: Record<string, unknown>) => string,
): unknown[] {
  const counts = new Map<unknown, number>();
  for (const item of items) {
    const seen = counts.get(item.parentId) ?? 0;
    if (item.position === 0) item.position = seen + 1;
    counts.set(item.parentId, Math.max(seen, item.position));
  }
  const records: Record<string, unknown>[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) records[i] = (items[i] as Gathered).src;
  return settleIds(records, (_src, i) => {
    const item = items[i] as Gathered;
    return derive(seg(item.parentId), item.position, item.src);
  });
}

/**
 * Returns the final id of each record: its explicit `id` when present, else
 * the derived base, suffixed `-2`, `-3`, … when the base is taken by an
 * explicit id or an earlier derived one. Non-records get `undefined`.
 */
function settleIds(
  records: readonly unknown[],
  base: (record: Record<string, unknown>, index: number) => string,
): unknown[] {
  const taken = new Set<string>();
  for (const r of records) {
    if (isRecord(r) && typeof r.id === 'string') taken.add(r.id);
  }
  const ids: unknown[] = new Array(records.length);
  /** Per base, the suffix to try first (1 = the base itself). */
  const next = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!isRecord(r)) continue;
    if (r.id !== undefined) {
      ids[i] = r.id;
      continue;
    }
    const b = base(r, i);
    // Resume where the last probe of this base stopped: every suffix below it
    // is still taken (`taken` only grows), so the ids are those of probing
    // from -2 each time, in linear rather than quadratic time.
    let k = next.get(b) ?? 1;
    let id = k === 1 ? b : `${b}-${k}`;
    while (taken.has(id)) id = `${b}-${++k}`;
    next.set(b, k + 1);
    taken.add(id);
    ids[i] = id;
  }
  return ids;
}

function buildFlat(
  items: readonly Gathered[],
  ids: readonly unknown[],
  nestingKeys: readonly string[],
  origins: Origin[],
): unknown[] {
  const flat: unknown[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Gathered;
    const head: Record<string, unknown> = { id: ids[i] };
    head[item.parentKey] = item.parentId;
    flat[i] = copy(item.src, head, nestingKeys);
    origins.push({
      path: item.path,
      derivedId: item.src.id === undefined,
      impliedKey: item.implied ? item.parentKey : undefined,
    });
  }
  return flat;
}

/** Copies `src` after `head`, leaving out `omit` keys; own `__proto__` keys stay plain data. */
function copy(
  src: Record<string, unknown>,
  head: Record<string, unknown>,
  omit: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...head };
  for (const key of Object.keys(src)) {
    if (omit.includes(key) || Object.hasOwn(head, key)) continue;
    const value = src[key];
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[key] = value;
    }
  }
  return out;
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

/** The lists an item of each kind may hold in the authoring format (not fields of the flat schema). */
const NESTING: Readonly<Record<FlatKind, readonly string[]>> = {
  objectives: NEST_OBJECTIVE,
  keyResults: NEST_KEY_RESULT,
  checkIns: NONE,
  initiatives: NONE,
};

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

/**
 * The slug of a title, as used in derived objective ids: NFKD-normalized
 * without diacritics, lower case, runs of other characters than `a–z0–9`
 * replaced by `-`, trimmed, at most 60 characters; `objective` when empty.
 */
function slug(title: unknown): string {
  if (typeof title !== 'string') return 'objective';
  const s = title
    .slice(0, 500)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s === '' ? 'objective' : s;
}

/** A reference as an id segment: the string itself, `?` for anything else. */
function seg(value: unknown): string {
  return typeof value === 'string' ? value : '?';
}

/** A plain object (see `plainData.ts`): a `Map`, a `Date` or a class instance is not one. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeName(value);
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unreadable error';
  }
}
