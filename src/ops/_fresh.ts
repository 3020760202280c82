// Private: freezing what a command created, and nothing of the caller's.
import { freeze } from 'immer';
import type { Patch } from './CommandResult.js';

/**
 * The objects a batch's steps created, frozen once when the batch ends
 * (`shallow`: copies whose children may be the caller's; `deep`: objects
 * built from scratch by a command).
 */
export interface Fresh {
  shallow: object[];
  deep: object[];
}

/** What {@link settle} needs of the command options. */
export interface FreshOptions {
  autoFreeze?: boolean;
  fresh?: Fresh;
}

/**
 * Marks an object a command created: frozen now (`autoFreeze`, the default),
 * collected for the end of the batch (`options.fresh`), or left as is
 * (`autoFreeze: false`). `deep` only for objects whose every descendant the
 * command built itself; parts shared with the caller's set are never frozen.
 *
 * @example
 * ```ts
 * import type { CheckIn, OkrSet } from 'sokr';
 * import { type FreshOptions, settle } from './_fresh.js';
 * declare const options: FreshOptions | undefined;
 * declare const newCheckIn: CheckIn, nextRoot: OkrSet;
 * settle(options, newCheckIn, true); // built by the command: freeze it whole
 * settle(options, nextRoot, false);  // its children are the caller's: freeze the root only
 * ```
 */
export function settle(options: FreshOptions | undefined, value: unknown, deep: boolean): void {
  if (typeof value !== 'object' || value === null) return;
  const fresh = options?.fresh;
  if (fresh !== undefined) (deep ? fresh.deep : fresh.shallow).push(value);
  else if (options?.autoFreeze !== false) {
    if (deep) freeze(value, true);
    else Object.freeze(value);
  }
}

/**
 * Settles the objects immer copied to apply `patches` to `next`: every
 * strict ancestor of a patched path (root, array, entity, …) is a copy, so it
 * is settled shallowly; its other children are the caller's and stay as they
 * were. With `values`, the value at an `add`/`replace` path is settled deeply
 * too (only for values the caller of this function built itself).
 *
 * @example
 * ```ts
 * import type { OkrSet } from 'sokr';
 * import { type FreshOptions, settlePatched } from './_fresh.js';
 * import { getImmer } from './_immer.js';
 * declare const options: FreshOptions | undefined;
 * declare const set: OkrSet;
 * declare const recipe: (draft: OkrSet) => void;
 * const [next, patches] = getImmer().produceWithPatches(set, recipe);
 * settlePatched(options, next, patches, false);
 * ```
 */
export function settlePatched(
  options: FreshOptions | undefined,
  next: unknown,
  patches: readonly Patch[],
  values: boolean,
): void {
  if (options?.fresh === undefined && options?.autoFreeze === false) return;
  settle(options, next, false);
  for (const patch of patches) {
    let node: unknown = next;
    const last = patch.path.length - 1;
    for (let i = 0; i < last && typeof node === 'object' && node !== null; i++) {
      node = (node as Record<string | number, unknown>)[patch.path[i]!];
      settle(options, node, false);
    }
    if (values && patch.op !== 'remove' && typeof node === 'object' && node !== null && last >= 0)
      settle(options, (node as Record<string | number, unknown>)[patch.path[last]!], true);
  }
}

/**
 * Freezes what a batch collected (see {@link Fresh}).
 *
 * @example
 * ```ts
 * import { type Fresh, type FreshOptions, freezeCollected } from './_fresh.js';
 * declare const options: FreshOptions | undefined;
 * declare const fresh: Fresh;
 * if (options?.autoFreeze !== false) freezeCollected(fresh);
 * ```
 */
export function freezeCollected(fresh: Fresh): void {
  for (const value of fresh.deep) freeze(value, true);
  for (const value of fresh.shallow) Object.freeze(value);
}
