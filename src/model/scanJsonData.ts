import { describeValue, quote } from '../_lib/quote.js';
import { isUnsafeKey } from '../_lib/unsafeKey.js';
import type { Issue, Path } from './issue.js';
import { isPlainObject, nonPlainMessage } from './plainData.js';

interface Frame {
  value: unknown;
  key: string | number;
  parent: Frame | undefined;
  /** Set once the frame's children have been pushed (it then marks the exit). */
  open: boolean;
  /** A problem found while reading the key, reported when the frame is visited. */
  problem?: Pick<Issue, 'code' | 'message'>;
}

/**
 * Finds what makes a value something other than plain JSON data: cycles,
 * bigints, functions, symbols, `undefined`, non-finite numbers, objects
 * that are not plain (`Map`, `Set`, `Date`, boxed primitives, class
 * instances: see `plainData.ts`), symbol keys, prototype-polluting keys and properties whose
 * getters throw. Never throws; iterative, so any nesting depth is fine.
 *
 * Used by `parseOkrSet` where zod cannot see these problems (values kept
 * verbatim under `unknownKeys: 'keep'`) and to explain an input that made
 * parsing throw. Not exported from the package.
 *
 * @param input - Any value.
 * @returns One issue per problem (`not_json`, `unsafe_key`, `invalid_value`), document order.
 */
export function scanJsonData(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const ancestors = new Set<object>();
  const stack: Frame[] = [{ value: input, key: '', parent: undefined, open: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (frame.problem !== undefined) {
      issues.push({ path: pathOf(frame), ...frame.problem });
      continue;
    }
    if (frame.open) {
      ancestors.delete(value as object);
      continue;
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(value)) {
          report(issues, frame, 'invalid_value', `must be a finite number, got ${String(value)}`);
        }
        continue;
      case 'object':
        if (value === null) continue;
        break;
      default:
        report(issues, frame, 'not_json', `${describeValue(value)} is not JSON data`);
        continue;
    }
    const object = value as object;
    if (ancestors.has(object)) {
      report(
        issues,
        frame,
        'not_json',
        'a cyclic reference (the value contains itself) is not JSON data',
      );
      continue;
    }
    let keys: string[];
    let isArray = false;
    try {
      isArray = Array.isArray(object);
      if (!isArray && !isPlainObject(object)) {
        report(issues, frame, 'not_json', nonPlainMessage(object));
        continue;
      }
      if (Object.getOwnPropertySymbols(object).length > 0) {
        report(issues, frame, 'not_json', 'symbol keys are not JSON data');
      }
      keys = Object.keys(object);
    } catch (error) {
      report(issues, frame, 'not_json', `the value could not be read (${errorText(error)})`);
      continue;
    }
    frame.open = true;
    stack.push(frame);
    ancestors.add(object);
    // Push in reverse so children are visited (and reported) in document order.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const childKey: string | number = isArray && /^\d+$/.test(key) ? Number(key) : key;
      const at: Frame = { value: undefined, key: childKey, parent: frame, open: false };
      if (isUnsafeKey(key)) {
        at.problem = {
          code: 'unsafe_key',
          message: `the key ${quote(key)} is not allowed: it could pollute prototypes`,
        };
      } else {
        try {
          at.value = (object as Record<string, unknown>)[key];
        } catch (error) {
          at.problem = {
            code: 'not_json',
            message: `reading this property threw (${errorText(error)})`,
          };
        }
      }
      stack.push(at);
    }
  }
  return issues;
}

function report(issues: Issue[], frame: Frame, code: Issue['code'], message: string): void {
  issues.push({ path: pathOf(frame), code, message });
}

function pathOf(frame: Frame): Path {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

/** The message of a thrown value, without ever throwing itself. */
export function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return quote(String(error.message), 200);
    return quote(String(error), 200);
  } catch {
    return 'unreadable error';
  }
}
