import { freeze } from 'immer';
import { type CompiledOkrSet, isCompiledOkrSet } from '../core/compile.js';
import { isUnsafeKey } from '../_lib/unsafeKey.js';
import { showValue } from '../_lib/quote.js';
import type { Issue, Path, Result } from '../model/issue.js';
import type { ParseOptions } from '../model/ParseOptions.js';
import { parseOkrSet } from '../model/parseOkrSet.js';
import { isPlainObject, nonPlainMessage } from '../model/plainData.js';
import { errorText } from '../model/scanJsonData.js';
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
 * import type { ApplyPatchesOptions } from 'sokr';
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
 * import { type PatchResult, safeApplyPatches } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * declare const patches: import('sokr').Patch[];
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
 * or to replay an audit log / sync a replica. Every argument is read once,
 * guarded: a set that is not a plain object is refused at `[]` (`not_json`
 * for a `Map` or a boxed value), options that are not an object at
 * `['options']`, and a getter or proxy that throws (as the set, the list, a
 * patch, its path or value, an option) is `not_json` where it was read
 * (`[0, 'path']`).
 *
 * @param set - The set the patches were made against.
 * @param patches - Patches in order.
 * @param options - {@link ApplyPatchesOptions}.
 * @returns `{ ok: true, value }` (the patched set, also as `set`) or `{ ok: false, issues }`; nothing changes on refusal.
 * @example
 * ```ts
 * import { safeApplyPatches } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = safeApplyPatches(set, [{ op: 'replace', path: ['units'], value: 42 }]);
 * if (!result.ok) console.log(result.issues[0]?.path); // ['units']
 * ```
 */
export function safeApplyPatches(
  set: OkrSet | CompiledOkrSet,
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
 * import { applyPatches, recordCheckIn } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = recordCheckIn(set, { keyResultId: 'kr1', at: '2026-01-12', value: 40 });
 * if (result.ok) {
 *   const replayed = applyPatches(set, JSON.parse(JSON.stringify(result.patches)));
 *   const undone = applyPatches(result.set, result.inversePatches); // the JSON of set, key order included
 * }
 * ```
 */
export function applyPatches(
  set: OkrSet | CompiledOkrSet,
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
 * import type { HistoryEntry, OkrHistory } from 'sokr';
 * import { patchSet } from './applyPatches.js';
 * declare const history: OkrHistory, step: HistoryEntry;
 * const options = { autoFreeze: true };
 * const result = patchSet(history.current, step.inversePatches, options, false);
 * ```
 */
export function patchSet(
  input: OkrSet | CompiledOkrSet,
  patches: readonly Patch[],
  options: ApplyPatchesOptions | undefined,
  validate: boolean,
): PatchResult {
  // A compiled set is patched as its set (the patches' paths lead into the set, not the wrapper).
  const set = isCompiledOkrSet(input) ? input.set : input;
  if (typeof set !== 'object' || set === null || Array.isArray(set))
    return refused([{ path: [], code: 'invalid_type', message: 'set must be an OKR set object.' }]);
  const read = readPatches(patches);
  if (!read.ok) return refused(read.issues);
  const settings = readSettings(options);
  if (!settings.ok) return refused(settings.issues);
  let root: Record<string, unknown>;
  try {
    if (!isPlainObject(set))
      return refused([{ path: [], code: 'not_json', message: nonPlainMessage(set) }]);
    root = { ...set };
  } catch (error) {
    return refused([
      { path: [], code: 'not_json', message: `the set could not be read (${errorText(error)})` },
    ]);
  }
  const list = read.value;
  const copies = new Set<object>([root]);
  const clones: object[] = [];
  for (let i = 0; i < list.length; i++) {
    let problem: string | undefined;
    try {
      problem = applyOne(root, list[i]!, copies, clones);
    } catch (error) {
      return refused([
        error === NOT_CLONED
          ? {
              path: [i, 'value'],
              code: 'not_json',
              message: 'value is not JSON data (it could not be copied).',
            }
          : // Only a set that is not plain data gets here (a getter or proxy trap that throws).
            {
              path: [],
              code: 'not_json',
              message: `the set could not be read (${errorText(error)})`,
            },
      ]);
    }
    if (problem !== undefined)
      return refused([
        {
          path: [i, 'path'],
          code: 'invalid_value',
          message: `path ${pathText(list[i]!.path)} ${problem}.`,
        },
      ]);
  }
  if (validate) {
    const parsed = parseOkrSet(root, { unknownKeys: settings.value.unknownKeys ?? 'reject' });
    if (!parsed.ok) return refused(parsed.issues);
  }
  if (settings.value.autoFreeze !== false) {
    for (const value of clones) freeze(value, true);
    for (const copy of copies) Object.freeze(copy);
  }
  return { ok: true, value: root as unknown as OkrSet, set: root as unknown as OkrSet };
}

function refused(issues: Issue[]): CommandFailure {
  return { ok: false, issues };
}

/** The two options, read once (a getter that throws is `not_json` at `['options', key]`). */
function readSettings(options: unknown): Result<ApplyPatchesOptions> {
  if (options === undefined || options === null) return { ok: true, value: {} };
  if (typeof options !== 'object')
    return refused([
      {
        path: ['options'],
        code: 'invalid_type',
        message: 'options must be an object ({ autoFreeze?, unknownKeys? }).',
        expected: 'object',
        received: typeof options,
      },
    ]);
  const value: Record<string, unknown> = {};
  for (const key of ['autoFreeze', 'unknownKeys'] as const) {
    try {
      value[key] = (options as Record<string, unknown>)[key];
    } catch (error) {
      return refused([
        {
          path: ['options', key],
          code: 'not_json',
          message: `reading this property threw (${errorText(error)})`,
        },
      ]);
    }
  }
  return { ok: true, value: value as ApplyPatchesOptions };
}

const OPS = new Set(['add', 'replace', 'remove']);

/**
 * The patches, each read once into a copy `{ op, path, value }` (the path an
 * array of its own), or the issues of their shape, with paths `[index, field]`.
 * A patch, a path or a list whose reading throws (a getter, a proxy) is
 * `not_json` where it was read.
 */
function readPatches(patches: unknown): Result<Patch[]> {
  if (!Array.isArray(patches))
    return refused([
      {
        path: [],
        code: 'invalid_type',
        message: 'patches must be an array of { op, path, value? } patches.',
      },
    ]);
  const issues: Issue[] = [];
  const out: Patch[] = [];
  let count: number;
  try {
    count = patches.length;
  } catch (error) {
    return refused([unreadable([], 'the patches', error)]);
  }
  for (let i = 0; i < count; i++) {
    let patch: unknown;
    try {
      patch = patches[i];
    } catch (error) {
      issues.push(unreadable([i], 'this patch', error));
      continue;
    }
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
    let op: unknown;
    let rawPath: unknown;
    let value: unknown;
    try {
      op = patch.op;
      rawPath = patch.path;
      value = patch.value;
    } catch (error) {
      issues.push(unreadable([i], 'this patch', error));
      continue;
    }
    for (const key of Object.keys(patch))
      if (key !== 'op' && key !== 'path' && key !== 'value')
        issues.push({
          path: [i, key],
          code: 'unknown_key',
          message: `Unknown field '${key}' (expected: op, path, value).`,
        });
    if (!OPS.has(op as string))
      issues.push({
        path: [i, 'op'],
        code: op === undefined ? 'missing' : 'invalid_value',
        message: `op must be 'add', 'replace' or 'remove' (got ${op === undefined ? 'nothing' : showValue(op)}).`,
      });
    let path: unknown[] | undefined;
    try {
      path = Array.isArray(rawPath) ? Array.from(rawPath as unknown[]) : undefined;
    } catch (error) {
      issues.push(unreadable([i, 'path'], 'this path', error));
      continue;
    }
    if (
      path === undefined ||
      path.length === 0 ||
      !path.every(
        (key) =>
          (typeof key === 'string' && !isUnsafeKey(key)) ||
          (typeof key === 'number' && Number.isInteger(key) && key >= 0),
      )
    )
      issues.push({
        path: [i, 'path'],
        code: rawPath === undefined ? 'missing' : 'invalid_value',
        message:
          'path must be a non-empty array of keys and array indices (no __proto__, constructor or prototype).',
      });
    if (op !== 'remove' && OPS.has(op as string) && value === undefined)
      issues.push({
        path: [i, 'value'],
        code: 'missing',
        message: `value is required by '${String(op)}'.`,
      });
    const copy: Patch = { op: op as Patch['op'], path: (path ?? []) as Patch['path'] };
    if (value !== undefined) copy.value = value;
    out.push(copy);
  }
  return issues.length > 0 ? refused(issues) : { ok: true, value: out };
}

function unreadable(path: Path, what: string, error: unknown): Issue {
  return { path, code: 'not_json', message: `${what} could not be read (${errorText(error)})` };
}

/** Applies one well-formed patch in place on the copies; returns what is wrong with its path, if anything. Throws {@link NOT_CLONED} for a value `structuredClone` refuses. */
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

/** What {@link applyOne} throws when a patch's value cannot be copied (the set's own problems throw anything else). */
const NOT_CLONED = Symbol('not cloned');

function cloneValue(value: unknown, clones: object[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  let copy: object;
  try {
    copy = structuredClone(value) as object;
  } catch {
    throw NOT_CLONED;
  }
  clones.push(copy);
  return copy;
}

function pathText(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}
