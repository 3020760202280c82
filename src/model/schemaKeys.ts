/**
 * The fields a zod object schema knows at a path of the input, so an unknown
 * field can be answered with the closest known one. Internal.
 *
 * @module
 */
import type { Path } from './issue.js';

/** The parts of a zod v4 schema definition this walk reads. */
interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: readonly unknown[];
  discriminator?: string;
}

function defOf(schema: unknown): Def | undefined {
  const zod = (schema as { _zod?: { def?: Def } } | null | undefined)?._zod;
  return zod?.def;
}

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
  'catch',
]);

/** Unwraps optional/default/… and pipes down to the schema that checks the value. */
function unwrap(schema: unknown): Def | undefined {
  let def = defOf(schema);
  for (let depth = 0; def !== undefined && depth < 20; depth++) {
    if (def.type !== undefined && WRAPPERS.has(def.type)) def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else return def;
  }
  return def;
}

function ownValue(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** The option of a union that the value most likely meant (its discriminator, else the most shared keys). */
function pickOption(def: Def, value: unknown): Def | undefined {
  const options = (def.options ?? []).map(unwrap).filter((d): d is Def => d?.type === 'object');
  if (options.length === 0) return undefined;
  const key = def.discriminator;
  if (key !== undefined) {
    const tag = ownValue(value, key);
    for (const option of options) {
      const values = (option.shape?.[key] as { _zod?: { values?: Set<unknown> } } | undefined)?._zod
        ?.values;
      if (values?.has(tag) === true) return option;
    }
    return undefined;
  }
  let best: Def | undefined;
  let bestShared = -1;
  let keys: string[] = [];
  try {
    keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  } catch {
    keys = [];
  }
  for (const option of options) {
    const shape = option.shape ?? {};
    const shared = keys.filter((k) => Object.hasOwn(shape, k)).length;
    if (shared > bestShared) {
      best = option;
      bestShared = shared;
    }
  }
  return best;
}

/**
 * The keys of the object schema that checks the value at `path` (relative to
 * `schema` and `input`), or `undefined` when the walk cannot tell (a union
 * whose branch is unclear, a path the schema does not have).
 *
 * @param schema - A zod v4 schema.
 * @param input - The value it parsed.
 * @param path - The path of an object inside `input`.
 */
export function knownKeysAt(schema: unknown, input: unknown, path: Path): string[] | undefined {
  let def = unwrap(schema);
  let value = input;
  const resolve = () => {
    while (def?.type === 'union') def = pickOption(def, value);
  };
  resolve();
  for (const part of path) {
    if (def === undefined) return undefined;
    if (def.type === 'object' && typeof part === 'string') {
      const field = def.shape?.[part];
      if (field === undefined) return undefined;
      def = unwrap(field);
    } else if (def.type === 'array' && typeof part === 'number') {
      def = unwrap(def.element);
    } else {
      return undefined;
    }
    value = ownValue(value, part);
    resolve();
  }
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : undefined;
}
