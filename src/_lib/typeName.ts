/**
 * The kind of a value as an issue's `received` names it: `null`, `array`, or
 * its `typeof` (`string`, `number`, `object`…).
 *
 * @example
 * ```ts
 * import { typeName } from './typeName.js';
 * typeName([]); // 'array'
 * typeName(null); // 'null'
 * ```
 * @internal
 */
export function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
