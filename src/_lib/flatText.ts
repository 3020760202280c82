/**
 * A template tag that builds the same string as the untagged template, but
 * flat: one sequential string instead of the chain of concatenations a
 * template literal leaves behind (about 8 objects for a finding's message).
 * For text kept per key result or check-in (a finding's message, a report
 * line), where the retained strings dominate memory and garbage collection.
 *
 * @example
 * ```ts
 * import { flatText } from './flatText.js';
 * declare const id: string, at: string;
 * flatText`Key result "${id}" was last checked in ${at}.`; // same text as the plain template
 * ```
 * @internal
 */
export function flatText(strings: TemplateStringsArray, ...values: unknown[]): string {
  const parts: string[] = new Array(strings.length + values.length);
  for (let i = 0; i < values.length; i++) {
    parts[2 * i] = strings[i]!;
    parts[2 * i + 1] = `${values[i]}`;
  }
  parts[2 * values.length] = strings[values.length]!;
  return parts.join('');
}
