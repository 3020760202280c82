// Private helpers shared by the commands (never exported from the package).
import { parseIsoDate } from '../_lib/date.js';
import { zonedEnd, zonedInstant } from '../_lib/zonedDay.js';
import { closestMatch } from '../_lib/closestMatch.js';
import { quote } from '../_lib/quote.js';
import { valueMismatches } from '../model/valueFit.js';
import type { Issue, IssueCode, Path } from '../model/issue.js';
import {
  danglingReferenceIssue,
  didYouMean,
  duplicateIdIssue,
  idKindOfNoun,
} from '../model/issueMessages.js';
import type {
  CheckInValue,
  Cycle,
  KeyResult,
  Measure,
  Objective,
  OkrRef,
  OkrSet,
} from '../model/types.js';
import { type Fresh, settle, settlePatched } from './_fresh.js';
import { getImmer } from './_immer.js';
import type {
  CommandFailure,
  CommandName,
  CommandOptions,
  CommandSuccess,
  Patch,
} from './CommandResult.js';

/** Builds one issue. */
export function issue(path: Path, code: IssueCode, message: string): Issue {
  return { path, code, message };
}

/** A refused command. */
export function fail(issues: Issue[]): CommandFailure {
  return { ok: false, issues };
}

/**
 * Id → index maps per array identity, built lazily (batch only). Valid because
 * the arrays are never mutated, except the batch's own copies whose in-place
 * appends are registered by {@link appendCommand}.
 */
export type IdIndex = WeakMap<object, Map<string, number>>;

/**
 * Index of the entity with this id, or -1. A plain loop (no callbacks, no
 * allocation), or a lookup in `index` when a batch passes one.
 */
export function indexOfId(list: readonly { id: string }[], id: string, index?: IdIndex): number {
  if (index !== undefined) {
    let map = index.get(list);
    if (map === undefined) {
      map = new Map();
      for (let i = list.length - 1; i >= 0; i--) map.set(list[i]!.id, i); // the first occurrence wins
      index.set(list, map);
    }
    return map.get(id) ?? -1;
  }
  for (let i = 0; i < list.length; i++) {
    if (list[i]!.id === id) return i;
  }
  return -1;
}

/** True when the value is a plain (non-array) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Issue for a required string id field that is missing or not a non-empty string. */
export function checkIdField(
  input: Record<string, unknown>,
  field: string,
  issues: Issue[],
): string {
  const value = input[field];
  if (value === undefined) issues.push(issue([field], 'missing', `${field} is required.`));
  else if (typeof value !== 'string' || value === '')
    issues.push(issue([field], 'invalid_type', `${field} must be a non-empty string id.`));
  return typeof value === 'string' ? value : '';
}

/**
 * Checks a required id field that must name an entity of `list`: the issues
 * of {@link checkIdField}, then `dangling_reference` at `[field]` when a
 * well-formed id names nothing. Returns the id (`''` when not a string) and
 * its index (-1 when the id is not well formed or names nothing).
 */
export function checkIdReference(
  input: Record<string, unknown>,
  field: string,
  list: readonly { id: string }[],
  what: string,
  issues: Issue[],
): { id: string; index: number } {
  const id = checkIdField(input, field, issues);
  const index = id === '' ? -1 : indexOfId(list, id);
  if (id !== '' && index < 0) issues.push(danglingIssue([field], what, id, list));
  return { id, index };
}

/**
 * Runs an immer recipe with patches on sokr's private instance. Only the
 * copies immer made are frozen (see `settlePatched`): the caller's set, and
 * every part of it the result shares, stays as it was. Inverse patches keep
 * the key order of the entities they restore (see {@link keepKeyOrder}).
 */
export function produceCommand(
  set: OkrSet,
  command: CommandName,
  input: unknown,
  options: InternalOptions | undefined,
  recipe: (draft: OkrSet) => void,
): CommandSuccess {
  const [next, patches, inversePatches] = getImmer().produceWithPatches(set, recipe);
  if (next !== set) settlePatched(options, next, patches as Patch[], false);
  return commandSuccess(
    next,
    patches as Patch[],
    keepKeyOrder(set, inversePatches as Patch[]),
    command,
    input,
  );
}

/**
 * The success of `command`: `{ ok: true, value: { set, patches,
 * inversePatches } }`, with the three values also on the result itself.
 *
 * @example
 * ```ts
 * return commandSuccess(next, patches, inversePatches, 'approve', input);
 * ```
 */
export function commandSuccess(
  set: OkrSet,
  patches: Patch[],
  inversePatches: Patch[],
  command: CommandName,
  input: unknown,
): CommandSuccess {
  return {
    ok: true,
    value: { set, patches, inversePatches },
    set,
    patches,
    inversePatches,
    command,
    input,
  };
}

/**
 * Makes inverse patches restore the exact prior JSON, key order included.
 * Undoing the removal of an object key (`delete objective.parent`) is an
 * `add` that would put the key back at the end of the object; when the key
 * was not the object's last one, every inverse patch inside that object is
 * replaced by one `replace` of the whole object with its prior value.
 * Array items need nothing: `add` inserts them at their index.
 *
 * @example
 * ```ts
 * keepKeyOrder(set, [{ op: 'add', path: ['objectives', 1, 'parent'], value }]);
 * // → [{ op: 'replace', path: ['objectives', 1], value: set.objectives[1] }]
 * ```
 */
export function keepKeyOrder(base: OkrSet, inversePatches: Patch[]): Patch[] {
  let whole: Patch['path'][] | undefined;
  for (const patch of inversePatches) {
    if (patch.op !== 'add' || patch.path.length === 0) continue;
    const parentPath = patch.path.slice(0, -1);
    const parent = valueAt(base, parentPath);
    if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) continue;
    const keys = Object.keys(parent);
    if (keys[keys.length - 1] === String(patch.path[patch.path.length - 1])) continue;
    whole ??= [];
    if (!whole.some((w) => startsWith(parentPath, w))) {
      whole = whole.filter((w) => !startsWith(w, parentPath));
      whole.push(parentPath);
    }
  }
  if (whole === undefined) return inversePatches;
  const out: Patch[] = [];
  const placed = new Set<Patch['path']>();
  for (const patch of inversePatches) {
    const covering = whole.find((w) => startsWith(patch.path, w));
    if (covering === undefined) out.push(patch);
    else if (!placed.has(covering)) {
      placed.add(covering);
      out.push({ op: 'replace', path: covering, value: valueAt(base, covering) });
    }
  }
  return out;
}

function valueAt(root: unknown, path: Patch['path']): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function startsWith(path: Patch['path'], prefix: Patch['path']): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/**
 * Options the commands pass among themselves: `batch` lets later steps append
 * in place to arrays an earlier step of the same batch created (never to the
 * caller's arrays), so a batch copies each array once instead of once per step,
 * and collects what its steps created in `fresh` to freeze it once at the end.
 */
export interface InternalOptions extends CommandOptions {
  owned?: WeakSet<object>;
  index?: IdIndex;
  fresh?: Fresh;
}

/**
 * Appends entities to top-level arrays and builds the patches immer would
 * produce for `draft[key].push(...)` (`add` at each new index; inverse
 * `remove`, highest index first). Written directly rather than through a
 * draft: immer's finalization of a modified array walks every element
 * (patch diff and freeze), several times the cost of the copy itself on
 * large sets — see bench/ops.bench.ts. With `autoFreeze`, the new array, the
 * new entities and the root are frozen; the entities already there are the
 * caller's and stay as they were (never frozen by a command).
 */
export function appendCommand(
  set: OkrSet,
  command: CommandName,
  input: unknown,
  options: InternalOptions | undefined,
  additions: Partial<Record<EntityArrayKey, readonly unknown[]>>,
): CommandSuccess {
  const owned = options?.owned;
  const next: Record<string, unknown> = { ...set };
  const patches: Patch[] = [];
  const inversePatches: Patch[] = [];
  for (const key of Object.keys(additions) as EntityArrayKey[]) {
    const items = additions[key]!;
    if (items.length === 0) continue;
    const before = set[key] as unknown[];
    const start = before.length;
    const added: unknown[] = [];
    for (let j = 0; j < items.length; j++) {
      const item = items[j];
      settle(options, item, true);
      added.push(item);
      patches.push({ op: 'add', path: [key, start + j], value: item });
    }
    for (let j = items.length - 1; j >= 0; j--)
      inversePatches.push({ op: 'remove', path: [key, start + j] });
    let list: unknown[];
    if (owned?.has(before)) {
      list = before;
      const map = options?.index?.get(list);
      for (const item of added) {
        const id = (item as { id: string }).id;
        if (map !== undefined && !map.has(id)) map.set(id, list.length);
        list.push(item);
      }
    } else {
      // One allocation of the final size: `slice()` + `push` copies twice (the
      // push outgrows the exact-size copy), and V8 slices frozen arrays slowly.
      list = before.concat(added);
      if (owned !== undefined) {
        owned.add(list);
        // The batch moves on to the copy: hand the id map over instead of rebuilding it.
        const map = options?.index?.get(before);
        if (map !== undefined) {
          options!.index!.delete(before);
          for (let j = 0; j < added.length; j++) {
            const id = (added[j] as { id: string }).id;
            if (!map.has(id)) map.set(id, start + j);
          }
          options!.index!.set(list, map);
        }
      }
      settle(options, list, false);
    }
    next[key] = list;
  }
  settle(options, next, false);
  return commandSuccess(next as unknown as OkrSet, patches, inversePatches, command, input);
}

/** Top-level arrays of entities an operation may remove items from. */
export type EntityArrayKey =
  | 'objectives'
  | 'keyResults'
  | 'checkIns'
  | 'initiatives'
  | 'dependencies'
  | 'risks';

/**
 * Removes items by index from top-level arrays of a result, with one `remove`
 * patch per item (descending index) and `add` inverse patches (ascending).
 * immer's draft `splice` would re-assign every later element (one patch each
 * and a proxy per element), so removals are written directly.
 */
export function removeIndices(
  result: CommandSuccess,
  removals: Partial<Record<EntityArrayKey, readonly number[]>>,
  options: InternalOptions | undefined,
): CommandSuccess {
  const base = result.set;
  const next: Record<string, unknown> = { ...base };
  const patches: Patch[] = [];
  const inverse: Patch[] = [];
  let changed = false;
  for (const key of Object.keys(removals) as EntityArrayKey[]) {
    const indices = [...new Set(removals[key])].sort((a, b) => a - b);
    if (indices.length === 0) continue;
    changed = true;
    const list = base[key] as readonly unknown[];
    const drop = new Set(indices);
    const kept: unknown[] = [];
    for (let i = 0; i < list.length; i++) if (!drop.has(i)) kept.push(list[i]);
    settle(options, kept, false);
    next[key] = kept;
    for (let j = indices.length - 1; j >= 0; j--)
      patches.push({ op: 'remove', path: [key, indices[j]!] });
    for (const i of indices) inverse.push({ op: 'add', path: [key, i], value: list[i] });
  }
  if (!changed) return result;
  settle(options, next, false);
  return commandSuccess(
    next as unknown as OkrSet,
    [...result.patches, ...patches],
    [...inverse, ...result.inversePatches],
    result.command,
    result.input,
  );
}

/**
 * Pushes `invalid_state` at `path` when `objective` is closed: a closed
 * objective's score is final, so its check-ins, key results, targets and
 * weights change only after `reopen`. `doing` completes the message
 * "Objective "o1" is closed: reopen it before …".
 *
 * @example
 * ```ts
 * checkNotClosed(objectiveOf(set, kr), ['keyResultId'], 'recording a check-in', issues);
 * ```
 */
export function checkNotClosed(
  objective: Objective | undefined,
  path: Path,
  doing: string,
  issues: Issue[],
): void {
  if (objective?.state === 'closed')
    issues.push(
      issue(
        path,
        'invalid_state',
        `Objective ${quote(objective.id)} is closed: reopen it before ${doing}.`,
      ),
    );
}

/**
 * The objective a key result belongs to, or undefined.
 *
 * @example
 * ```ts
 * objectiveOf(set, set.keyResults[0])?.state; // 'active'
 * ```
 */
export function objectiveOf(
  set: OkrSet,
  kr: KeyResult | undefined,
  index?: IdIndex,
): Objective | undefined {
  return kr === undefined
    ? undefined
    : set.objectives[indexOfId(set.objectives, kr.objectiveId, index)];
}

/** The cycle an objective belongs to, or undefined. */
export function cycleOf(set: OkrSet, objective: Objective): Cycle | undefined {
  const i = indexOfId(set.cycles, objective.cycleId);
  return i < 0 ? undefined : set.cycles[i];
}

/**
 * The span check-ins of a key result may fall in (epoch ms, end exclusive):
 * from its cycle's start to the end of the cycle or of its due day, whichever is later,
 * with calendar days in the set's time zone `zone`.
 */
export function checkInWindow(
  kr: KeyResult,
  cycle: Cycle,
  zone = 'UTC',
): { start: number; end: number } {
  const start = zonedInstant(cycle.start, zone) ?? Number.NEGATIVE_INFINITY;
  const cycleEnd = zonedEnd(cycle.end, zone) ?? Number.POSITIVE_INFINITY;
  const due = kr.due === undefined ? undefined : zonedEnd(kr.due, zone);
  return { start, end: due !== undefined && due > cycleEnd ? due : cycleEnd };
}

/** Checks an ISO date field; pushes `invalid_date` and returns undefined when it is not one. */
export function checkDate(value: unknown, path: Path, issues: Issue[]): number | undefined {
  const ms = parseIsoDate(value);
  if (ms === undefined) {
    issues.push(
      issue(
        path,
        typeof value === 'string' ? 'invalid_date' : 'invalid_type',
        `${String(path[path.length - 1])} must be an ISO-8601 date such as 2026-03-31 (got ${JSON.stringify(value)}).`,
      ),
    );
  }
  return ms;
}

/** Checks that a check-in value fits its key result's measure; pushes `value_mismatch` issues. */
export function checkValueFits(
  measure: Measure,
  value: CheckInValue,
  path: Path,
  issues: Issue[],
): void {
  for (const m of valueMismatches(measure, value)) {
    issues.push(issue([...path, ...m.path], 'value_mismatch', m.message));
  }
}

/** Resolves a reference to an objective or key result; pushes `dangling_reference` when missing. */
export function checkRef(
  set: OkrSet,
  ref: unknown,
  path: Path,
  issues: Issue[],
): OkrRef | undefined {
  if (!isRecord(ref)) {
    issues.push(issue(path, 'invalid_type', 'Expected { objectiveId } or { keyResultId }.'));
    return undefined;
  }
  const hasO = 'objectiveId' in ref;
  const hasK = 'keyResultId' in ref;
  if (hasO === hasK || Object.keys(ref).length !== 1) {
    issues.push(
      issue(path, 'invalid_value', 'Expected exactly one of objectiveId or keyResultId.'),
    );
    return undefined;
  }
  const key = hasO ? 'objectiveId' : 'keyResultId';
  const id = ref[key];
  if (typeof id !== 'string' || id === '') {
    issues.push(issue([...path, key], 'invalid_type', `${key} must be a non-empty string id.`));
    return undefined;
  }
  const list = hasO ? set.objectives : set.keyResults;
  if (indexOfId(list, id) < 0) {
    issues.push(danglingIssue([...path, key], hasO ? 'objective' : 'key result', id, list));
    return undefined;
  }
  return hasO ? { objectiveId: id } : { keyResultId: id };
}

/**
 * Checks the texts every objective and key result has: `title`, when present,
 * a non-empty string; `description`, when set, a string (`invalid_type` at
 * `[...prefix, field]`).
 */
export function checkTitleAndDescription(
  fields: Record<string, unknown>,
  prefix: Path,
  issues: Issue[],
): void {
  if ('title' in fields && (typeof fields.title !== 'string' || fields.title.trim() === ''))
    issues.push(issue([...prefix, 'title'], 'invalid_type', 'title must be a non-empty string.'));
  if (fields.description !== undefined && typeof fields.description !== 'string')
    issues.push(issue([...prefix, 'description'], 'invalid_type', 'description must be a string.'));
}

/** Pushes a dangling_reference issue when `id` is not in `list`. */
export function checkExists(
  list: readonly { id: string }[],
  id: string,
  path: Path,
  what: string,
  issues: Issue[],
  index?: IdIndex,
): number {
  const i = indexOfId(list, id, index);
  if (i < 0 && id !== '') issues.push(danglingIssue(path, what, id, list));
  return i;
}

/** Pushes a duplicate_id issue when `id` is already taken in `list`. */
export function checkFreeId(
  list: readonly { id: string }[],
  id: string,
  path: Path,
  what: string,
  issues: Issue[],
  index?: IdIndex,
): void {
  if (id !== '' && indexOfId(list, id, index) >= 0) issues.push(duplicateIssue(path, what, id));
}

/** Removes keys whose value is `undefined` (exactOptionalPropertyTypes: absent, not undefined). */
export function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** The catalogue's `duplicate_id` issue for an entity named by its noun (`'key result'`). */
export function duplicateIssue(path: Path, what: string, id: string): Issue {
  const kind = idKindOfNoun(what);
  return kind === undefined
    ? issue(path, 'duplicate_id', `${what} id ${quote(id)} is used twice`)
    : duplicateIdIssue(path, kind, id);
}

/**
 * The catalogue's `dangling_reference` issue for an entity named by its noun,
 * with the closest id of `list` as suggestion (lists of a command's set are
 * scanned once, on failure only).
 */
export function danglingIssue(
  path: Path,
  what: string,
  id: string,
  list: readonly { id: string }[],
): Issue {
  const kind = idKindOfNoun(what);
  const suggestion = closestMatch(id, idsOf(list));
  return kind === undefined
    ? issue(path, 'dangling_reference', `no ${what} has id ${quote(id)}${didYouMean(suggestion)}`)
    : danglingReferenceIssue(path, kind, id, suggestion);
}

function* idsOf(list: readonly { id: string }[]): Generator<string> {
  for (const item of list) if (typeof item?.id === 'string') yield item.id;
}
