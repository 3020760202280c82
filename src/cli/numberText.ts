/**
 * Private to the CLI: numbers written with more digits than a JavaScript
 * number holds. `JSON.parse` and the YAML parser round them in silence
 * (`123456789012345678901234567890` reads as `1.2345678901234568e+29`);
 * the CLI refuses them with their place, as it refuses a duplicate key.
 *
 * @module
 */

/** The most significant digits a double holds without rounding any decimal text of that length. */
const MAX_DIGITS = 17;

/**
 * Why the number literal `token` (JSON or YAML number syntax) does not read
 * back as written, or `undefined` when it does: an integer beyond what a
 * number holds exactly, or more than 17 significant digits.
 */
export function digitsLost(token: string): string | undefined {
  // Fifteen characters hold at most fifteen digits: always exact (the common case, in a loop over every number).
  if (token.length <= 15) return undefined;
  const value = Number(token);
  if (!Number.isFinite(value)) return undefined; // too large: the model's checks say so
  if (/^-?\d+$/.test(token)) {
    if (Number.isSafeInteger(value) || BigInt(token) === BigInt(value)) return undefined;
    return `the integer ${short(token)} is beyond what a number holds exactly (it would read as ${value}); write it with fewer digits`;
  }
  const mantissa = token
    .replace(/^[-+]/, '')
    .replace(/[eE].*$/, '')
    .replace('.', '');
  const digits = mantissa.replace(/^0+/, '').replace(/0+$/, '');
  if (digits.length <= MAX_DIGITS) return undefined;
  return `the number ${short(token)} has more digits than a number holds (${MAX_DIGITS}; it would read as ${value}); write it with fewer digits`;
}

function short(token: string): string {
  return token.length > 40 ? `${token.slice(0, 40)}…` : token;
}
