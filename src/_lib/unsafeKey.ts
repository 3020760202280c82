/**
 * Private: keys that could pollute prototypes when copied onto an object
 * (`__proto__`, `constructor`, `prototype`). sokr never keeps them.
 */
export function isUnsafeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}
