/**
 * Private helpers for issue messages: short, safe renderings of user data
 * (ids can be megabytes long; messages must stay readable).
 */

/** A string quoted for a message, cut to `max` characters. */
export function quote(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** A short description of what a value is (`a string "x"`, `NaN`, `an array`). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value, 40)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : String(value);
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return 'a bigint';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return describeObject(value as object);
  }
}

/**
 * An object for a message: a boxed primitive by what it holds (`new Number(1)`
 * is not the number 1), a Date by its instant or as invalid, an instance by
 * its class, anything else `an object`. Never calls the object's own methods.
 */
function describeObject(value: object): string {
  try {
    if (value instanceof Date) {
      const ms = Date.prototype.getTime.call(value);
      return Number.isNaN(ms) ? 'an invalid Date' : `a Date (${new Date(ms).toISOString()})`;
    }
    if (value instanceof Number)
      return `a boxed number (new Number(${Number.prototype.valueOf.call(value)}))`;
    if (value instanceof String)
      return `a boxed string (new String(${quote(String.prototype.valueOf.call(value), 40)}))`;
    if (value instanceof Boolean)
      return `a boxed boolean (new Boolean(${Boolean.prototype.valueOf.call(value)}))`;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null || proto === Object.prototype) return 'an object';
    const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' && name !== 'Object'
      ? `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`
      : 'an object';
  } catch {
    // A Proxy whose traps throw: nothing more can be said safely.
    return 'an object';
  }
}

/**
 * `JSON.stringify(value)` for a message, safe for any value: a bigint, a
 * symbol, a cycle or a throwing `toJSON` never make the message itself throw.
 */
export function showValue(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    // fall through: not JSON
  }
  return describeValue(value);
}
