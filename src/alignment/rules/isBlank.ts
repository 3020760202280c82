/**
 * True when `text` is empty or only white space (`text.trim() === ''`),
 * without trimming an id that starts with a visible ASCII character.
 *
 * @internal
 */
export function isBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  return !(c > 32 && c < 127) && text.trim() === '';
}
