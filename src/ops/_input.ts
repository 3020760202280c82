// Private: the one gate every command input passes before any rule reads it.
import { describeValue, quote } from '../_lib/quote.js';
import { isUnsafeKey } from '../_lib/unsafeKey.js';
import type { Issue, Path } from '../model/issue.js';
import type { CommandFailure } from './CommandResult.js';

/**
 * True when `input` is a plain object (prototype `Object.prototype` or `null`)
 * whose own keys, at every depth, are safe (no `__proto__`, `constructor`,
 * `prototype`), whose nested objects are plain objects or arrays, and which
 * contains no cycle. One walk over the input (not the set); commands call it
 * first and answer {@link refuseInput} when it is false.
 *
 * @example
 * ```ts
 * import { isSafeInput, refuseInput } from './_input.js';
 * function keyResultIdOf(input: unknown) {
 *   if (!isSafeInput(input)) return refuseInput('recordCheckIn', input);
 *   return input.keyResultId; // input: Record<string, unknown>
 * }
 * ```
 */
export function isSafeInput(input: unknown): input is Record<string, unknown> {
  return inputIssues(input, true, undefined).length === 0;
}

/**
 * How deep a command input may nest (objects and arrays). The deepest real
 * input (`updateKeyResult`'s `changes.measure.items[i]`) is four levels deep;
 * a deeper one is refused before a rule (or zod, or `structuredClone`) could
 * recurse into it and overflow the stack.
 */
export const MAX_INPUT_DEPTH = 64;

/**
 * The gate of a command input: a copy of it that every rule may read, or its
 * refusal — what {@link refuseInput} refuses, and also values that are not
 * JSON data (`not_json` at their path: a bigint, a symbol, a function, a
 * proxy whose getters throw) and objects nested deeper than
 * {@link MAX_INPUT_DEPTH} (`invalid_value`). A key whose value is
 * `undefined` is left out of the copy (it means "omitted"), but for the
 * fields of a `changes` object, where it stays ("remove"); `NaN` and `±Infinity` stay
 * (the commands' own rules name the field). One walk over the input, which
 * reads each property once and never throws; the copy (plain objects and
 * arrays, own enumerable keys in their order) is what the command reads, so
 * a getter or a proxy of the caller's is never read again.
 *
 * @example
 * ```ts
 * import { checkCommandInput } from './_input.js';
 * checkCommandInput('recordCheckIn', { keyResultId: 'kr1', at: 10n, value: 1 });
 * // { ok: false, issues: [{ path: ['at'], code: 'not_json', message: 'a bigint is not JSON data' }] }
 * ```
 */
export function checkCommandInput(
  command: string,
  input: unknown,
): { ok: true; input: Record<string, unknown> } | CommandFailure {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return refuseInput(command, input);
  const copy: { root?: unknown } = {};
  const issues = inputIssues(input, false, copy);
  return issues.length === 0
    ? { ok: true, input: copy.root as Record<string, unknown> }
    : { ok: false, issues };
}

/**
 * The refusal for an input {@link isSafeInput} rejected: `invalid_type` at `[]`
 * when it is not an object, `not_json` for a class instance, a boxed value or a
 * cycle, `unsafe_key` at the key's path (the issue `parseOkrSet` gives too).
 *
 * @example
 * ```ts
 * import { refuseInput } from './_input.js';
 * refuseInput('approve', JSON.parse('{"__proto__":{}}')).issues[0]?.code; // 'unsafe_key'
 * ```
 */
export function refuseInput(command: string, input: unknown): CommandFailure {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      ok: false,
      issues: [{ path: [], code: 'invalid_type', message: `${command} expects one input object.` }],
    };
  return { ok: false, issues: inputIssues(input, false, undefined) };
}

interface Frame {
  value: unknown;
  path: Path;
  /** Objects and arrays above this one (0 for the input itself). */
  depth: number;
  /** Strict walks: the copy of the parent, which gets this value's copy at `key`. */
  into?: Record<string | number, unknown>;
  key?: string | number;
  /** Set once the children were pushed: the frame then marks leaving the object. */
  exit?: true;
}

/**
 * The issues of `input`; with `copy` (a strict walk: commands, not patches)
 * also the leaves that are not JSON data and the nesting depth, and the copy
 * of the input in `copy.root`.
 */
function inputIssues(
  input: unknown,
  first: boolean,
  copy: { root?: unknown } | undefined,
): Issue[] {
  const strict = copy !== undefined;
  const issues: Issue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({ path: [], code: 'invalid_type', message: 'expected one input object.' });
    return issues;
  }
  const ancestors = new Set<object>();
  const stack: Frame[] = [
    {
      value: input,
      path: [],
      depth: 0,
      ...(copy === undefined ? {} : { into: copy, key: 'root' }),
    },
  ];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (typeof value !== 'object' || value === null) {
      // Only the leaves a strict walk pushed get here.
      issues.push({
        path: frame.path,
        code: 'not_json',
        message: `${describeValue(value)} is not JSON data`,
      });
      if (first) return issues;
      continue;
    }
    if (frame.exit) {
      ancestors.delete(value);
      continue;
    }
    if (ancestors.has(value)) {
      issues.push({
        path: frame.path,
        code: 'not_json',
        message: 'a cyclic reference (the value contains itself) is not JSON data',
      });
      if (first) return issues;
      continue;
    }
    let keys: string[];
    try {
      if (!Array.isArray(value)) {
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
          issues.push({
            path: frame.path,
            code: 'not_json',
            message: `${describeInstance(value)} is not plain JSON data: pass a plain object`,
          });
          if (first) return issues;
          continue;
        }
      }
      keys = Object.keys(value);
      // A proxy whose `get` throws answers its keys, then throws on any read.
      if (strict) void (value as { toJSON?: unknown }).toJSON;
    } catch {
      issues.push({ path: frame.path, code: 'not_json', message: 'the value could not be read' });
      if (first) return issues;
      continue;
    }
    if (strict && frame.depth > MAX_INPUT_DEPTH) {
      issues.push({
        path: frame.path,
        code: 'invalid_value',
        message: `nested more than ${MAX_INPUT_DEPTH} levels deep: no command input nests that deep`,
      });
      if (first) return issues;
      continue;
    }
    stack.push({ value, path: frame.path, depth: frame.depth, exit: true });
    ancestors.add(value);
    const children: Frame[] = [];
    const isArray = Array.isArray(value);
    const out: Record<string | number, unknown> | undefined = strict
      ? isArray
        ? ([] as unknown as Record<number, unknown>)
        : {}
      : undefined;
    if (frame.into !== undefined) frame.into[frame.key!] = out;
    for (const key of keys) {
      const at = () => [...frame.path, isArray ? Number(key) : key];
      if (isUnsafeKey(key)) {
        issues.push({
          path: at(),
          code: 'unsafe_key',
          message: `the key ${quote(key)} is not allowed: it could pollute prototypes`,
        });
        if (first) return issues;
        continue;
      }
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        issues.push({ path: at(), code: 'not_json', message: 'reading this property threw' });
        if (first) return issues;
        continue;
      }
      // Every key is set now, so the copy keeps the input's key order; objects are filled in later.
      // `undefined` means omitted, so the copy leaves the key out (`due: row.due ?? undefined`),
      // but for the fields of `changes`, where it removes the field.
      if (out !== undefined && (child !== undefined || isArray || frame.key === 'changes'))
        out[isArray ? Number(key) : key] = child;
      if ((typeof child === 'object' && child !== null) || (strict && isNotJsonLeaf(child)))
        children.push({
          value: child,
          path: at(),
          depth: frame.depth + 1,
          ...(out === undefined ? {} : { into: out, key: isArray ? Number(key) : key }),
        });
    }
    // Reverse, so children are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return issues;
}

/** A bigint, a symbol or a function: values JSON cannot hold (`undefined` means omitted). */
function isNotJsonLeaf(value: unknown): boolean {
  return typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function';
}

function describeInstance(value: object): string {
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } }).constructor
    ?.name;
  return typeof name === 'string' && name !== '' ? `a ${name} instance` : 'a class instance';
}
