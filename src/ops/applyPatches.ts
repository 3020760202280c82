import { freeze } from 'immer';
import { isUnsafeKey } from '../_lib/unsafeKey.js';
import type { Issue } from '../model/issue.js';
import type { ParseOptions } from '../model/ParseOptions.js';
import { parseOkrSet } from '../model/parseOkrSet.js';
import { SokrError } from '../model/SokrError.js';
import type { OkrSet } from '../model/types.js';
import { isSafeInput, refuseInput } from './_input.js';
import type { CommandFailure, CommandOptions, Patch } from './CommandResult.js';

/**
 * Options of {@link applyPatches} and {@link safeApplyPatches}: `autoFreeze`
 * as for the commands, `unknownKeys` as for `parseOkrSet` (the patched set is
 * checked with it; pass `'keep'` for sets parsed that way).
 *
 * @example
 * ```ts
 * const options: ApplyPatchesOptions = { autoFreeze: false, unknownKeys: 'keep' };
 * ```
 */
export interface ApplyPatchesOptions extends CommandOptions, ParseOptions {}

/**
 * What {@link safeApplyPatches} returns: the patched set, or the issues (the
 * shape of a refused command). Issues about a patch have paths starting at
 * its index (`[2, 'op']`); issues about the patched set have paths into the
 * set (`['units']`, `['checkIns', 4, 'value']`), as `parseOkrSet` gives them.
 *
 * @example
 * ```ts
 * const result: PatchResult = safeApplyPatches(set, patches);
 * const next = result.ok ? result.value : set;
 * ```
 */
export type PatchResult =
  | {
      ok: true;
      /** The patched set. */
      value: Readonly<OkrSet>;
      /** The same set as `value` (a shorthand, as on the commands' results). */
      set: Readonly<OkrSet>;
    }
  | CommandFailure;

/**
 * Applies patches (made by the commands, read back from JSON, or received
 * from another client) to a set and checks the result; never throws. The
 * patches must be `{ op: 'add' | 'replace' | 'remove', path, value? }` with
 * a non-empty path of keys and array indices that leads into the set; the
 * patched set must pass `parseOkrSet` (the same schemas and integrity checks
 * the commands keep: types, references, check-in values fitting their
 * measure). The input set is neither modified nor frozen; the result shares
 * its unchanged parts with it and, unless `autoFreeze: false`, what the
 * patches created is frozen. Use it to redo, to undo with `inversePatches`,
 * or to replay an audit log / sync a replica.
 *
 * @param set - The set the patches were made against.
 * @param patches - Patches in order.
 * @param options - {@link ApplyPatchesOptions}.
 * @returns `{ ok: true, value }` (the patched set, also as `set`) or `{ ok: false, issues }`; nothing changes on refusal.
 * @example
 * ```ts
 * const result = safeApplyPatches(set, [{ op: 'replace', path: ['units'], value: 42 }]);
 * if (!result.ok) console.log(result.issues[0]?.path); // ['units']
 * ```
 */
export function safeApplyPatches(
  set: OkrSet,
  patches: readonly Patch[],
  options?: ApplyPatchesOptions,
): PatchResult {
  return patchSet(set, patches, options, true);
}

/**
 * The throwing twin of {@link safeApplyPatches}: returns the patched set, or
 * throws a `SokrError` carrying the issues (never another error).
 *
 * @param set - The set the patches were made against.
 * @param patches - Patches in order.
 * @param options - {@link ApplyPatchesOptions}.
 * @returns The patched set.
 * @throws SokrError when a patch is malformed, does not apply, or leaves an invalid set.
 * @example
 * ```ts
 * const result = recordCheckIn(set, { keyResultId: 'kr1', at: '2026-01-12', value: 40 });
 * if (result.ok) {
 *   const replayed = applyPatches(set, JSON.parse(JSON.stringify(result.patches)));
 *   const undone = applyPatches(result.set, result.inversePatches); // the JSON of set, key order included
 * }
 * ```
 */
export function applyPatches(
  set: OkrSet,
  patches: readonly Patch[],
  options?: ApplyPatchesOptions,
): Readonly<OkrSet> {
  const result = patchSet(set, patches, options, true);
  if (!result.ok) throw new SokrError(result.issues);
  return result.set;
}

/**
 * Private: applies patches with structural sharing. Each container on a
 * patched path is copied once (a shallow copy, keys in their order), each
 * patch value is cloned, so the caller's set and patches are never changed;
 * with `autoFreeze`, the copies are frozen shallowly and the clones deeply
 * (what they contain is theirs alone). `validate: false` skips the check of
 * the whole set (history undo/redo of patches the commands made).
 *
 * @example
 * ```ts
 * const result = patchSet(history.current, step.inversePatches, options, false);
 * ```
 */
export function patchSet(
  set: OkrSet,
  patches: readonly Patch[],
  options: ApplyPatchesOptions | undefined,
  validate: boolean,
): PatchResult {
  if (typeof set !== 'object' || set === null || Array.isArray(set))
    return refused([{ path: [], code: 'invalid_type', message: 'set must be an OKR set object.' }]);
  const shapeIssues = checkPatches(patches);
  if (shapeIssues.length > 0) return refused(shapeIssues);
  const root: Record<string, unknown> = { ...set };
  const copies = new Set<object>([root]);
  const clones: object[] = [];
  for (let i = 0; i < patches.length; i++) {
    let problem: string | undefined;
    try {
      problem = applyOne(root, patches[i]!, copies, clones);
    } catch {
      return refused([
        {
          path: [i, 'value'],
          code: 'not_json',
          message: 'value is not JSON data (it could not be copied).',
        },
      ]);
    }
    if (problem !== undefined)
      return refused([
        {
          path: [i, 'path'],
          code: 'invalid_value',
          message: `path ${pathText(patches[i]!.path)} ${problem}.`,
        },
      ]);
  }
  if (validate) {
    const parsed = parseOkrSet(root, { unknownKeys: options?.unknownKeys ?? 'reject' });
    if (!parsed.ok) return refused(parsed.issues);
  }
  if (options?.autoFreeze !== false) {
    for (const value of clones) freeze(value, true);
    for (const copy of copies) Object.freeze(copy);
  }
  return { ok: true, value: root as unknown as OkrSet, set: root as unknown as OkrSet };
}

function refused(issues: Issue[]): CommandFailure {
  return { ok: false, issues };
}

const OPS = new Set(['add', 'replace', 'remove']);

/** The shape of every patch: issues with paths `[index, field]`. */
function checkPatches(patches: unknown): Issue[] {
  if (!Array.isArray(patches))
    return [
      {
        path: [],
        code: 'invalid_type',
        message: 'patches must be an array of { op, path, value? } patches.',
      },
    ];
  const issues: Issue[] = [];
  for (let i = 0; i < patches.length; i++) {
    const patch: unknown = patches[i];
    if (!isSafeInput(patch)) {
      for (const found of refuseInput('a patch', patch).issues)
        issues.push(
          found.path.length === 0 && found.code === 'invalid_type'
            ? {
                path: [i],
                code: 'invalid_type',
                message: 'A patch must be an object { op, path, value? }.',
              }
            : { ...found, path: [i, ...found.path] },
        );
      continue;
    }
    for (const key of Object.keys(patch))
      if (key !== 'op' && key !== 'path' && key !== 'value')
        issues.push({
          path: [i, key],
          code: 'unknown_key',
          message: `Unknown field '${key}' (expected: op, path, value).`,
        });
    if (!OPS.has(patch.op as string))
      issues.push({
        path: [i, 'op'],
        code: patch.op === undefined ? 'missing' : 'invalid_value',
        message: `op must be 'add', 'replace' or 'remove' (got ${JSON.stringify(patch.op) ?? 'nothing'}).`,
      });
    const path = patch.path;
    if (
      !Array.isArray(path) ||
      path.length === 0 ||
      !path.every(
        (key) =>
          (typeof key === 'string' && !isUnsafeKey(key)) ||
          (typeof key === 'number' && Number.isInteger(key) && key >= 0),
      )
    )
      issues.push({
        path: [i, 'path'],
        code: patch.path === undefined ? 'missing' : 'invalid_value',
        message:
          'path must be a non-empty array of keys and array indices (no __proto__, constructor or prototype).',
      });
    if (patch.op !== 'remove' && OPS.has(patch.op as string) && patch.value === undefined)
      issues.push({
        path: [i, 'value'],
        code: 'missing',
        message: `value is required by '${String(patch.op)}'.`,
      });
  }
  return issues;
}

/** Applies one well-formed patch in place on the copies; returns what is wrong with its path, if anything. */
function applyOne(
  root: Record<string, unknown>,
  patch: Patch,
  copies: Set<object>,
  clones: object[],
): string | undefined {
  const { path } = patch;
  let node: Record<string | number, unknown> | unknown[] = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = keyIn(node, path[i]!, false);
    if (key === undefined)
      return `does not lead to a field of the set (at ${pathText(path.slice(0, i + 1))})`;
    const child = (node as Record<string | number, unknown>)[key];
    if (typeof child !== 'object' || child === null)
      return `does not lead to a field of the set (at ${pathText(path.slice(0, i + 1))})`;
    let owned = child as Record<string | number, unknown> | unknown[];
    if (!copies.has(owned)) {
      owned = Array.isArray(owned) ? owned.slice() : { ...owned };
      copies.add(owned);
      (node as Record<string | number, unknown>)[key] = owned;
    }
    node = owned;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(node)) {
    const index = keyIn(node, last, patch.op === 'add');
    if (index === undefined) return `does not name an item of the array (length ${node.length})`;
    if (patch.op === 'remove') node.splice(index as number, 1);
    else {
      const value = cloneValue(patch.value, clones);
      if (patch.op === 'add') node.splice(index as number, 0, value);
      else node[index as number] = value;
    }
    return undefined;
  }
  const key = String(last);
  if (patch.op === 'remove') {
    if (!Object.hasOwn(node, key)) return 'names no field to remove';
    delete node[key];
  } else {
    if (patch.op === 'replace' && !Object.hasOwn(node, key)) return 'names no field to replace';
    node[key] = cloneValue(patch.value, clones);
  }
  return undefined;
}

/** The key of `node` a path step names: an own key of an object, or an index of an array (`end` allows `length`). */
function keyIn(node: object, step: string | number, end: boolean): string | number | undefined {
  if (Array.isArray(node)) {
    const index = typeof step === 'number' ? step : /^\d+$/.test(step) ? Number(step) : -1;
    return index >= 0 && (index < node.length || (end && index === node.length))
      ? index
      : undefined;
  }
  return Object.hasOwn(node, String(step)) ? String(step) : undefined;
}

function cloneValue(value: unknown, clones: object[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy = structuredClone(value) as object;
  clones.push(copy);
  return copy;
}

function pathText(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}
