/**
 * Private: how a command writes the set and answers — through sokr's immer
 * instance, or directly for appends and removals by index (with the patches
 * immer would produce), and the success result carrying the new set and its
 * patches.
 *
 * @module
 */
import type { OkrSet } from '../model/types.js';
import { type Fresh, settle, settlePatched } from './_fresh.js';
import { getImmer } from './_immer.js';
import { keepKeyOrder } from './_keyOrder.js';
import type { IdIndex } from './_lookups.js';
import type { CommandName, CommandOptions, CommandSuccess, Patch } from './CommandResult.js';

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
 * import type { OkrSet, Patch } from 'sokr';
 * import { commandSuccess } from './_writes.js';
 * declare const next: OkrSet, patches: Patch[], inversePatches: Patch[], input: unknown;
 * const result = commandSuccess(next, patches, inversePatches, 'approve', input);
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

/** Removes keys whose value is `undefined` (exactOptionalPropertyTypes: absent, not undefined). */
export function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}
