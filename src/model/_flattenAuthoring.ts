/**
 * Private to `normalizeOkrSet`: flattening a nested authoring document — the
 * key results nested in objectives, the check-ins and initiatives nested in key
 * results — into the flat lists of an `OkrSet`, with each item's parent
 * reference and id settled, the structural issues of the nesting, and where
 * each flat item came from.
 *
 * @module
 */
import type { Issue, Path } from './issue.js';
import { isNonPlainObject, isPlainObject, nonPlainMessage } from './plainData.js';
import { seg, settleIds, slug } from './_authoringIds.js';

/** Where a flattened item came from, to map issue paths back to the authoring document. */
export interface Origin {
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

/** The flat lists that authoring items end up in. */
export type FlatKind = 'objectives' | 'keyResults' | 'checkIns' | 'initiatives';

/** The flat document, the authoring issues met on the way, and each flat item's origin. */
export interface Flattened {
  doc: Record<string, unknown>;
  issues: Issue[];
  origins: Record<FlatKind, Origin[]>;
}

/**
 * Flattens an authoring document: the flat lists replace the nested ones,
 * every other key is copied as written.
 *
 * @param input - The authoring document.
 * @returns The flattened document, or `undefined` when the input is not a plain object.
 */
export function flatten(input: unknown): Flattened | undefined {
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

/** The lists an item of each kind may hold in the authoring format (not fields of the flat schema). */
export const NESTING: Readonly<Record<FlatKind, readonly string[]>> = {
  objectives: NEST_OBJECTIVE,
  keyResults: NEST_KEY_RESULT,
  checkIns: NONE,
  initiatives: NONE,
};

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
