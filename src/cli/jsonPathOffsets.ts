/**
 * Source offsets of paths in a JSON text, found in one linear scan — the
 * `yaml` parser would also give them, but it is far too slow for large JSON
 * files (tens of seconds for 10 MB).
 *
 * @module
 */
import { digitsLost } from './numberText.js';
import type { Path } from '../model/issue.js';

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Offset of the key (object member) or of the value (array item, root); -1 until seen. */
  offset: number;
}

interface Frame {
  kind: 'object' | 'array';
  node: TrieNode | undefined;
  index: number;
  key: string;
  keyOffset: number;
  expectKey: boolean;
}

/**
 * Scans `text` (valid JSON) once and returns a function giving, for each of
 * `paths`, the offset where it starts — the key's offset for an object member —
 * or that of its deepest existing ancestor. Iterative: deep nesting is fine.
 */
export function jsonPathOffsets(text: string, paths: readonly Path[]): (path: Path) => number {
  const root: TrieNode = { children: new Map(), offset: -1 };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      const key = String(segment);
      let child = node.children.get(key);
      if (child === undefined) {
        child = { children: new Map(), offset: -1 };
        node.children.set(key, child);
      }
      node = child;
    }
  }
  scan(text, root);
  return (path) => {
    let node: TrieNode | undefined = root;
    let offset = Math.max(root.offset, 0);
    for (const segment of path) {
      node = node.children.get(String(segment));
      if (node === undefined || node.offset < 0) break;
      offset = node.offset;
    }
    return offset;
  };
}

function scan(text: string, root: TrieNode): void {
  const stack: Frame[] = [];
  const n = text.length;
  // Marks the start of a value at `offset` and returns its trie node (if tracked).
  const valueStart = (offset: number): TrieNode | undefined => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (root.offset < 0) root.offset = offset;
      return root;
    }
    if (top.node === undefined) return undefined;
    const node = top.node.children.get(top.kind === 'object' ? top.key : String(top.index));
    if (node !== undefined && node.offset < 0)
      node.offset = top.kind === 'object' ? top.keyOffset : offset;
    return node;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a /* : */) {
      i++;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const node = valueStart(i);
      const kind = c === 0x7b ? 'object' : 'array';
      stack.push({ kind, node, index: 0, key: '', keyOffset: i, expectKey: kind === 'object' });
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top !== undefined) {
        if (top.kind === 'array') top.index++;
        else top.expectKey = true;
      }
      i++;
    } else if (c === 0x22 /* " */) {
      const j = stringEnd(text, i);
      const escaped = text.slice(i + 1, j).includes('\\');
      const top = stack[stack.length - 1];
      if (top !== undefined && top.kind === 'object' && top.expectKey) {
        if (top.node !== undefined) {
          top.key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        }
        top.keyOffset = i;
        top.expectKey = false;
      } else {
        valueStart(i);
      }
      i = j + 1;
    } else {
      valueStart(i);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (
          d === 0x2c ||
          d === 0x5d ||
          d === 0x7d ||
          d === 0x20 ||
          d === 0x0a ||
          d === 0x0d ||
          d === 0x09
        )
          break;
        i++;
      }
    }
  }
}

/** A duplicate key, nesting deeper than allowed, or a number that would be rounded, in a JSON text (see {@link jsonKeyProblems}). */
export interface JsonKeyProblem {
  /** Where: the duplicate key's opening quote, or the `{` / `[` one level too deep. */
  readonly offset: number;
  /**
   * `duplicate` (with `first`, the offset of the key's first occurrence),
   * `depth`, or `digits` (a number written with more digits than a number
   * holds, with `reason`).
   */
  readonly kind: 'duplicate' | 'depth' | 'digits';
  /** Why, for `digits`. */
  readonly reason?: string;
  /** The key, for `duplicate`. */
  readonly key?: string;
  readonly first?: number;
}

/**
 * What `JSON.parse` lets through silently, in one linear scan of `text`
 * (valid JSON): every key given twice in one object (`JSON.parse` keeps the
 * last one; YAML refuses them), every number written with more digits than a
 * number holds (`JSON.parse` rounds it), and the first value nested deeper
 * than `maxDepth` objects and arrays (then the scan stops). Keys are compared
 * as decoded (`"a"` and `"\u0061"` are the same key). Iterative: deep
 * nesting is fine.
 */
export function jsonKeyProblems(
  text: string,
  options: { readonly maxDepth: number },
): JsonKeyProblem[] {
  const problems: JsonKeyProblem[] = [];
  // One frame per open container: an object's keys (with their offsets), or null for an array.
  const stack: { keys: Map<string, number> | null; expectKey: boolean }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= options.maxDepth) {
        problems.push({ offset: i, kind: 'depth' });
        return problems;
      }
      stack.push(
        c === 0x7b ? { keys: new Map(), expectKey: true } : { keys: null, expectKey: false },
      );
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.keys !== null) top.expectKey = true;
      i++;
    } else if (c === 0x22 /* " */) {
      const j = stringEnd(text, i);
      const escaped = text.slice(i + 1, j).includes('\\');
      const top = stack[stack.length - 1];
      if (top !== undefined && top.keys !== null && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, i);
        else problems.push({ offset: i, kind: 'duplicate', key, first });
        top.expectKey = false;
      }
      i = j + 1;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39) /* 0-9 */) {
      // A number (outside strings, in valid JSON): its whole token.
      let j = i + 1;
      while (j < n && NUMBER_CHAR.test(text[j]!)) j++;
      const reason = digitsLost(text.slice(i, j));
      if (reason !== undefined) problems.push({ offset: i, kind: 'digits', reason });
      i = j;
    } else {
      i++;
    }
  }
  return problems;
}

/** The characters of a JSON number after its first. */
const NUMBER_CHAR = /[0-9.eE+-]/;

/** The offset of the closing quote of the JSON string that opens at `i` (`text.length` when none). */
function stringEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === 0x5c) j += 2;
    else if (d === 0x22) return j;
    else j++;
  }
  return n;
}
