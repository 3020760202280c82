/**
 * A check-in value for a result: a checklist's array of item ids copied, so a
 * caller who changes a card's or a report's `value` does not change the
 * check-in it came from (numbers and booleans are values already).
 */
export function ownValue<T>(value: T): T {
  return Array.isArray(value) ? (value.slice() as T) : value;
}
