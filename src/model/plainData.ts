/**
 * What counts as an object in OKR data: plain objects (prototype
 * `Object.prototype`, another realm's `Object.prototype`, or `null`) and real
 * arrays. Everything else that `typeof` calls an object — `Map`, `Set`, `Date`,
 * boxed primitives (`new Boolean(false)`, `new String('x')`), class
 * instances, typed arrays — is refused with `not_json`. Private to the model.
 *
 * @module
 */

import type { Issue } from './issue.js';

/**
 * True when `value` is an object that is neither a plain object nor an array.
 * Never throws (an object whose prototype cannot be read counts as not plain).
 */
export function isNonPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (Array.isArray(value)) return false;
    return !isPlainPrototype(Object.getPrototypeOf(value));
  } catch {
    return true;
  }
}

/** A plain object: not null, not an array, prototype `Object.prototype` (any realm) or `null`. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value) && isPlainPrototype(Object.getPrototypeOf(value));
  } catch {
    return false;
  }
}

/** `null`, this realm's `Object.prototype`, or another realm's (a null-prototype object whose `constructor` is `Object`). May throw on a hostile proxy. */
function isPlainPrototype(proto: unknown): boolean {
  if (proto === null || proto === Object.prototype) return true;
  if (typeof proto !== 'object' || Object.getPrototypeOf(proto) !== null) return false;
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value as unknown;
  return (
    typeof ctor === 'function' &&
    (ctor as { name?: unknown }).name === 'Object' &&
    Object.getOwnPropertyDescriptor(ctor, 'prototype')?.value === proto
  );
}

const BOXED: Readonly<Record<string, string>> = {
  Boolean: 'boolean',
  Number: 'number',
  String: 'string',
  BigInt: 'bigint',
  Symbol: 'symbol',
};

/**
 * The message of a `not_json` issue for a non-plain object: what it is and
 * what to give instead. Never throws.
 */
export function nonPlainMessage(value: unknown): string {
  let tag = 'Object';
  let name: string | undefined;
  try {
    tag = Object.prototype.toString.call(value).slice(8, -1);
    const ctor = (Object.getPrototypeOf(value) as { constructor?: unknown } | null)?.constructor;
    const n = typeof ctor === 'function' ? (ctor as { name?: unknown }).name : undefined;
    if (typeof n === 'string' && /^[A-Za-z_$][\w$]{0,59}$/.test(n)) name = n;
  } catch {
    return 'an object that could not be read is not JSON data: give a plain object or an array';
  }
  const boxed = BOXED[tag];
  if (boxed !== undefined && (name === undefined || name === tag)) {
    return `a boxed ${boxed} (new ${tag}(…)) is not JSON data: give the ${boxed} itself`;
  }
  const what = name !== undefined && name !== 'Object' ? `a ${name}` : 'an object with a prototype';
  return `${what} is not JSON data: give a plain object or an array`;
}

/** Where the schemas expect objects (keys) and arrays (`[element]`); leaves are left to zod. */
type Shape = { readonly [key: string]: Shape } | readonly [Shape];

const LEAF: Shape = {};

/**
 * The object positions of an OKR set: the only places where zod takes a
 * non-plain object as an object. A list is `[element]`. Written as literals
 * (no helper calls) so that bundlers can drop it where parsing is not used.
 */
const OKR_SET_SHAPE: Shape = {
  strategy: { pillars: [{ horizon: LEAF }], swot: [LEAF] },
  units: [LEAF],
  people: [LEAF],
  cycles: [LEAF],
  objectives: [{ parent: LEAF, links: [LEAF] }],
  keyResults: [{ measure: { items: [LEAF] } }],
  checkIns: [LEAF],
  initiatives: [LEAF],
  dependencies: [{ from: LEAF, on: LEAF }],
  risks: [LEAF],
};

/**
 * Finds the non-plain objects (a `Map`, a `Date`, a boxed primitive, a class
 * instance) where the OKR set schema expects an object: the set, each
 * entity, the strategy, pillar horizons, references, links, measures and
 * checklist items. One `not_json` issue each, document order. Follows the
 * schema only (bounded depth, no cycles possible), so it is cheap enough for
 * every parse; leaf positions are zod's (its `invalid_type` issues become
 * `not_json` in `zodIssuesToIssues`). May throw when a getter throws (the
 * parser catches that).
 */
export function findNonPlainObjects(input: unknown): Issue[] {
  const issues: Issue[] = [];
  walk(input, OKR_SET_SHAPE, [], issues);
  return issues;
}

function walk(value: unknown, shape: Shape, path: (string | number)[], issues: Issue[]): void {
  if (typeof value !== 'object' || value === null) return;
  const isList = Array.isArray(shape);
  if (Array.isArray(value)) {
    if (!isList) return; // an array where an object belongs: zod says so
    const element = (shape as readonly [Shape])[0];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(i);
      walk(item, element, path, issues);
      path.pop();
    }
    return;
  }
  if (!isPlainPrototype(Object.getPrototypeOf(value))) {
    issues.push({ path: path.slice(), code: 'not_json', message: nonPlainMessage(value) });
    return;
  }
  if (isList) return; // a plain object where an array belongs: zod says so
  for (const key in shape) {
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child !== 'object' || child === null) continue;
    path.push(key);
    walk(child, (shape as Record<string, Shape>)[key]!, path, issues);
    path.pop();
  }
}

/**
 * A deep copy of JSON data (already checked by `scanJsonData`: no cycles, no
 * unsafe keys, plain objects and arrays only) whose objects all have
 * `Object.prototype`: a null-prototype object becomes an ordinary one, and
 * nothing in the copy is shared with the input. Iterative, so any nesting
 * depth is fine.
 */
export function copyPlainData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const root: unknown = Array.isArray(value) ? new Array(value.length) : {};
  const stack: Array<[from: object, to: Record<string | number, unknown>]> = [
    [value, root as Record<string, unknown>],
  ];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const source = from as Record<string, unknown>;
    const keys = Object.keys(from);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const child = source[key];
      if (typeof child !== 'object' || child === null) {
        to[key] = child;
        continue;
      }
      const copy: Record<string, unknown> = Array.isArray(child)
        ? (new Array(child.length) as never)
        : {};
      to[key] = copy;
      stack.push([child, copy]);
    }
  }
  return root as T;
}
