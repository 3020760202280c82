/**
 * Finds where a JSON text stops being valid JSON, for error messages with a
 * line and column (`JSON.parse` does not always say where).
 *
 * @module
 */

/**
 * The offset of the first character that makes `text` invalid JSON (the text
 * length for a premature end), and a short reason; `undefined` when the text
 * is valid. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): { offset: number; reason: string } | undefined {
  let i = 0;
  const n = text.length;
  // Each open container: 'o' object, 'a' array; `expect` says what may come next.
  const stack: ('o' | 'a')[] = [];
  type Expect =
    | 'value'
    | 'value-or-close'
    | 'key'
    | 'key-or-close'
    | 'colon'
    | 'comma-or-close'
    | 'end';
  let expect = 'value' as Expect;
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const fail = (reason: string) => ({ offset: Math.min(i, n), reason });
  const afterValue = () => {
    expect = stack.length === 0 ? 'end' : 'comma-or-close';
  };
  const readString = (): string | undefined => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return 'a control character inside a string (escape it, e.g. \\n)';
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return 'a bad \\u escape';
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return 'a bad escape in a string';
      } else i++;
    }
    return 'a string that is never closed';
  };
  while (true) {
    skipSpace();
    if (i >= n) return expect === 'end' ? undefined : fail('unexpected end of the file');
    const ch = text[i]!;
    switch (expect) {
      case 'end':
        return fail(`unexpected '${ch}' after the end of the JSON value`);
      case 'colon':
        if (ch !== ':') return fail(`expected ':' after a property name, found '${ch}'`);
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (ch === ',') {
          i++;
          expect = top === 'o' ? 'key' : 'value';
          continue;
        }
        if ((ch === '}' && top === 'o') || (ch === ']' && top === 'a')) {
          i++;
          stack.pop();
          afterValue();
          continue;
        }
        return fail(`expected ',' or '${top === 'o' ? '}' : ']'}', found '${ch}'`);
      }
      case 'key':
      case 'key-or-close': {
        if (ch === '}' && expect === 'key-or-close') {
          i++;
          stack.pop();
          afterValue();
          continue;
        }
        if (ch !== '"') {
          return fail(
            ch === '}'
              ? "a trailing comma before '}'"
              : `expected a property name in double quotes, found '${ch}'`,
          );
        }
        const problem = readString();
        if (problem !== undefined) return fail(problem);
        expect = 'colon';
        continue;
      }
      case 'value':
      case 'value-or-close': {
        if (ch === ']' && expect === 'value-or-close') {
          i++;
          stack.pop();
          afterValue();
          continue;
        }
        if (ch === '{') {
          i++;
          stack.push('o');
          expect = 'key-or-close';
          continue;
        }
        if (ch === '[') {
          i++;
          stack.push('a');
          expect = 'value-or-close';
          continue;
        }
        if (ch === '"') {
          const problem = readString();
          if (problem !== undefined) return fail(problem);
          afterValue();
          continue;
        }
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
          text.slice(i, i + 400),
        );
        if (literal === null) {
          return fail(
            ch === ']' ? "a trailing comma before ']'" : `unexpected '${ch}' where a value belongs`,
          );
        }
        i += literal[0].length;
        afterValue();
        continue;
      }
    }
  }
}
