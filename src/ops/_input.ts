// Private: the one gate every command input passes before any rule reads it.
import { quote } from '../_lib/quote.js';
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
 * if (!isSafeInput(input)) return refuseInput('recordCheckIn', input);
 * ```
 */
export function isSafeInput(input: unknown): input is Record<string, unknown> {
  return inputIssues(input, true).length === 0;
}

/**
 * The refusal for an input {@link isSafeInput} rejected: `invalid_type` at `[]`
 * when it is not an object, `not_json` for a class instance, a boxed value or a
 * cycle, `unsafe_key` at the key's path (the issue `parseOkrSet` gives too).
 *
 * @example
 * ```ts
 * refuseInput('approve', JSON.parse('{"__proto__":{}}')).issues[0]?.code; // 'unsafe_key'
 * ```
 */
export function refuseInput(command: string, input: unknown): CommandFailure {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      ok: false,
      issues: [{ path: [], code: 'invalid_type', message: `${command} expects one input object.` }],
    };
  return { ok: false, issues: inputIssues(input, false) };
}

interface Frame {
  value: unknown;
  path: Path;
  /** Set once the children were pushed: the frame then marks leaving the object. */
  exit?: true;
}

function inputIssues(input: unknown, first: boolean): Issue[] {
  const issues: Issue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push({ path: [], code: 'invalid_type', message: 'expected one input object.' });
    return issues;
  }
  const ancestors = new Set<object>();
  const stack: Frame[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (typeof value !== 'object' || value === null) continue;
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
    } catch {
      issues.push({ path: frame.path, code: 'not_json', message: 'the value could not be read' });
      if (first) return issues;
      continue;
    }
    stack.push({ value, path: frame.path, exit: true });
    ancestors.add(value);
    const children: Frame[] = [];
    const isArray = Array.isArray(value);
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
      if (typeof child === 'object' && child !== null) children.push({ value: child, path: at() });
    }
    // Reverse, so children are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return issues;
}

function describeInstance(value: object): string {
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } }).constructor
    ?.name;
  return typeof name === 'string' && name !== '' ? `a ${name} instance` : 'a class instance';
}
