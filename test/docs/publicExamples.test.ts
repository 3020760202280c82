// Every function and class a user can import from 'sokr' or 'sokr/testing'
// shows an example in its TSDoc; every other value export (a constant) has
// TSDoc. examples.test.ts checks that the examples compile; this checks that
// they exist.
//
// What is checked: the value exports of src/index.ts and src/testing/index.ts,
// each followed through `export *`, `export { a as b }` and aliases to its
// declaration. A function is anything callable: a function declaration, or a
// constant whose type has a call signature (`closeObjective: typeof close`);
// a `defineRule(...)`-style value or a table is a constant. An `@example`
// counts when it holds a ```ts block (`nocheck` or not); for an overloaded
// function, one overload's example is enough. `@internal` changes nothing: a
// name the entry point exports can be imported.
//
// A failure lists each one as `file:line name — why`:
//   src/ops/carryOver.ts:47 carryOver — its TSDoc has no @example
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  describeValue,
  type EntryPoint,
  needsExample,
  type PublicValue,
  publicApiProgram,
  publicValues,
} from './_publicApi.js';
import { ROOT } from './_snippets.js';
import { snippetOptions } from './_typecheck.js';

/** A public function without an example in a file another change is editing. */
interface MissingElsewhere {
  file: string;
  /** The exported name. */
  name: string;
}

/**
 * TEMPORARY: public functions and classes with no example, in files this
 * change does not own (they are being edited elsewhere). Add the example
 * there, then delete the entry; the list is meant to be empty. An entry
 * matches by file and exported name, so the lines around it may move.
 */
const MISSING_ELSEWHERE: readonly MissingElsewhere[] = [];

const isMissingElsewhere = (value: PublicValue) =>
  MISSING_ELSEWHERE.find(
    (missing) => missing.file === value.file && value.names.includes(missing.name),
  );

const values = publicValues(publicApiProgram());

describe('the check', () => {
  // A small package in memory: what the check must report, and what it must not.
  const fixture: Record<string, string> = {
    'index.ts': [
      "export * from './a.js';",
      "export { inner as renamed } from './b.js';",
      "export type { Shape } from './a.js';",
    ].join('\n'),
    'a.ts': [
      '/**',
      ' * With an example.',
      ' *',
      ' * @example',
      ' * ```ts',
      ' * documented(); // 1',
      ' * ```',
      ' */',
      'export function documented(): number {',
      '  return 1;',
      '}',
      '/** Documented, no example. */',
      'export function bare(): void {}',
      'export function undocumented(): void {}',
      '/** The first overload: no example. */',
      'export function over(a: string): string;',
      '/**',
      ' * The second overload: its example counts for both.',
      ' * @example',
      ' * ```ts nocheck',
      ' * over(1);',
      ' * ```',
      ' */',
      'export function over(a: number): number;',
      'export function over(a: unknown): unknown {',
      '  return a;',
      '}',
      '/** Callable, so a function. */',
      'export const arrow = (): void => {};',
      '/** Data made by a call, not callable: a constant. */',
      "export const rule = Object.freeze({ id: 'r', check: () => [] });",
      '/**',
      ' * An example in prose only.',
      ' * @example Call `new Klass()`.',
      ' */',
      'export class Klass {}',
      'export const NUMBER = 3;',
      '/** A type: not a value. */',
      'export interface Shape {',
      '  a: number;',
      '}',
    ].join('\n'),
    'b.ts': [
      '/** Exported under another name, no example. */',
      'export function inner(): void {}',
    ].join('\n'),
  };
  const dir = 'test/docs/__fixture__';
  const entry: EntryPoint = { specifier: 'fixture', path: `${dir}/index.ts` };

  let cached: PublicValue[] | undefined;
  const fixtureValues = () => (cached ??= compileFixture());
  const compileFixture = () => {
    const files = new Map(
      Object.entries(fixture).map(([name, text]) => [
        join(ROOT, dir, name).split('\\').join('/'),
        text,
      ]),
    );
    const host = ts.createCompilerHost(snippetOptions(), true);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const readFile = host.readFile.bind(host);
    const normal = (fileName: string) => fileName.split('\\').join('/');
    host.fileExists = (fileName) => files.has(normal(fileName)) || fileExists(fileName);
    host.readFile = (fileName) => files.get(normal(fileName)) ?? readFile(fileName);
    // The fixture's directory exists only in memory: module resolution asks for it.
    const directoryExists = host.directoryExists?.bind(host);
    const fixtureDir = join(ROOT, dir).split('\\').join('/');
    host.directoryExists = (name) =>
      normal(name) === fixtureDir || (directoryExists?.(name) ?? true);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      const text = files.get(normal(fileName));
      return text === undefined
        ? getSourceFile(fileName, languageVersion, onError, shouldCreate)
        : ts.createSourceFile(fileName, text, languageVersion, true);
    };
    return publicValues(publicApiProgram([entry], ROOT, host), [entry]);
  };

  it('sorts the values: functions and classes, constants; types left out', () => {
    const kinds = Object.fromEntries(fixtureValues().map((v) => [v.names.join(), v.kind]));
    expect(kinds).toEqual({
      documented: 'function',
      bare: 'function',
      undocumented: 'function',
      over: 'function',
      arrow: 'function',
      rule: 'constant',
      Klass: 'class',
      NUMBER: 'constant',
      renamed: 'function',
    });
  });

  it('names each function or class without an example, and each value without TSDoc, at its declaration', () => {
    const found = fixtureValues();
    expect(
      found
        .filter(needsExample)
        .filter((v) => v.doc !== 'example')
        .map(describeValue),
    ).toEqual([
      'test/docs/__fixture__/a.ts:13 bare — its TSDoc has no @example',
      'test/docs/__fixture__/a.ts:14 undocumented — no TSDoc',
      'test/docs/__fixture__/a.ts:29 arrow — its TSDoc has no @example',
      'test/docs/__fixture__/a.ts:36 Klass — its @example has no ```ts block',
      'test/docs/__fixture__/b.ts:2 renamed (declared as inner) — its TSDoc has no @example',
    ]);
    expect(found.filter((v) => v.doc === 'none').map(describeValue)).toEqual([
      'test/docs/__fixture__/a.ts:14 undocumented — no TSDoc',
      'test/docs/__fixture__/a.ts:37 NUMBER — no TSDoc',
    ]);
  });
});

describe("the public API of 'sokr' and 'sokr/testing'", () => {
  it('is found: both entry points, functions, classes and constants', () => {
    const functions = values.filter((v) => v.kind === 'function');
    expect(functions.length).toBeGreaterThan(80);
    expect(values.some((v) => v.kind === 'class')).toBe(true);
    expect(values.some((v) => v.kind === 'constant')).toBe(true);
    expect(values.some((v) => v.entries.includes('sokr/testing'))).toBe(true);
    expect(functions.map((v) => v.names.join())).toEqual(
      expect.arrayContaining(['rollup', 'formatPath', 'closeObjective', 'acmeExample']),
    );
  });

  it('every function and class has an @example', () => {
    const missing = values
      .filter((v) => needsExample(v) && v.doc !== 'example' && isMissingElsewhere(v) === undefined)
      .map(describeValue);
    expect(missing, `public functions and classes with no example:\n${missing.join('\n')}`).toEqual(
      [],
    );
  });

  it('every constant has TSDoc', () => {
    const undocumented = values
      .filter((v) => !needsExample(v) && v.doc === 'none')
      .map(describeValue);
    expect(undocumented, `public constants with no TSDoc:\n${undocumented.join('\n')}`).toEqual([]);
  });

  it('warns of MISSING_ELSEWHERE entries that now have an example (a warning, not a failure)', () => {
    // The owner of the file may add the example before the list is updated: main stays green.
    const stale = MISSING_ELSEWHERE.filter(
      (missing) =>
        !values.some(
          (v) => isMissingElsewhere(v) === missing && needsExample(v) && v.doc !== 'example',
        ),
    );
    if (stale.length > 0) {
      console.warn(
        `MISSING_ELSEWHERE entries that now have an example or match no function, to delete:\n${stale
          .map((m) => `${m.file} › ${m.name}`)
          .join('\n')}`,
      );
    }
  });
});
