import type { OkrSet } from '../model/types.js';
import { getImmer } from './_immer.js';
import type { CommandOptions, Patch } from './CommandResult.js';

/**
 * Applies patches produced by the commands (or read back from JSON) to a set,
 * through sokr's private immer instance: the input set is not modified and the
 * result is frozen unless `autoFreeze: false`. Use it to redo, to undo with
 * `inversePatches`, or to replay an audit log / sync a replica.
 *
 * @param set - The set the patches were made against.
 * @param patches - Patches in order.
 * @param options - {@link CommandOptions}.
 * @returns The patched set.
 * @example
 * ```ts
 * const result = recordCheckIn(set, { keyResultId: 'kr1', at: '2026-01-12', value: 40 });
 * if (result.ok) {
 *   const replayed = applyPatches(set, JSON.parse(JSON.stringify(result.patches)));
 *   const undone = applyPatches(result.set, result.inversePatches); // deep-equals set
 * }
 * ```
 */
export function applyPatches(
  set: OkrSet,
  patches: readonly Patch[],
  options?: CommandOptions,
): OkrSet {
  return getImmer(options?.autoFreeze !== false).applyPatches(
    set,
    patches as Parameters<ReturnType<typeof getImmer>['applyPatches']>[1],
  );
}
