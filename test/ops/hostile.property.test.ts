// Property tests for the class of bugs of issue 15 items 1 and 4: whatever
// prototype keys, boxed values or malformed patches come in, commands and
// applyPatches answer with issues (never a throw, never a foreign prototype),
// and the caller's set and input are never changed. 1,000 runs each by
// default; a local deep run: SOKR_PROPERTY_RUNS=10000 npx vitest run test/ops/hostile.property.test.ts
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  batch,
  type CommandResult,
  commands,
  isSokrError,
  type OkrSet,
  type Patch,
  safeApplyPatches,
} from '../../src/index.js';
import { sampleSet } from './_fixture.js';

const RUNS = Number(process.env.SOKR_PROPERTY_RUNS ?? 1000);
const names = Object.keys(commands) as (keyof typeof commands)[];

/** Plain JSON values, with `__proto__` / `constructor` / `prototype` keys planted at random depths. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; object: unknown }>(
  (tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      tie('object'),
    ),
    object: fc
      .tuple(
        fc.dictionary(
          fc.constantFrom('keyResultId', 'at', 'value', 'changes', 'id', 'measure', 'x'),
          tie('value'),
          {
            maxKeys: 3,
          },
        ),
        fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype')),
        tie('value'),
      )
      .map(([fields, unsafe, payload]) => {
        const json = JSON.stringify(fields);
        if (unsafe === null) return JSON.parse(json);
        const planted = `${JSON.stringify(unsafe)}:${JSON.stringify(payload ?? null)}`;
        return JSON.parse(json === '{}' ? `{${planted}}` : `{${planted},${json.slice(1)}`);
      }),
  }),
).value;

function hasUnsafeKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some(
    (k) =>
      k === '__proto__' ||
      k === 'constructor' ||
      k === 'prototype' ||
      hasUnsafeKey((value as never)[k]),
  );
}

function eachObject(value: unknown, visit: (node: object) => void): void {
  if (typeof value !== 'object' || value === null) return;
  visit(value);
  for (const child of Object.values(value)) eachObject(child, visit);
}

describe('hostile inputs (property)', () => {
  it('every command, directly and through batch, refuses unsafe keys and never stores a foreign prototype', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), hostileJson, (name, input) => {
        const set = sampleSet();
        const before = JSON.stringify(set);
        const inputBefore = JSON.stringify(input);
        let result: CommandResult | undefined;
        expect(() => {
          result = (commands[name] as (s: OkrSet, i: unknown) => CommandResult)(set, input);
        }).not.toThrow();
        const viaBatch = batch(set, [{ command: name, input }]);
        if (hasUnsafeKey(input)) {
          expect(result!.ok).toBe(false);
          expect(viaBatch.ok).toBe(false);
          // (An array or scalar input is refused before its contents: invalid_type.)
          if (!result!.ok && !Array.isArray(input))
            expect(result!.issues.some((i) => i.code === 'unsafe_key')).toBe(true);
        }
        for (const outcome of [result!, viaBatch])
          if (outcome.ok)
            eachObject(outcome.set, (node) => {
              const proto = Object.getPrototypeOf(node);
              expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
            });
        expect(JSON.stringify(set)).toBe(before);
        expect(JSON.stringify(input)).toBe(inputBefore);
      }),
      { numRuns: RUNS },
    );
  });

  it('boxed values and class instances anywhere in an input are refused, never stored', () => {
    const boxed = fc.constantFrom<() => unknown>(
      () => new Boolean(false),
      () => new Number(3),
      () => new String('x'),
      () => new Date(0),
      () => new Map([['a', 1]]),
      () => new Set([1]),
      () =>
        new (class Point {
          x = 1;
        })(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        boxed,
        fc.constantFrom('top', 'value', 'changes', 'measure'),
        (name, make, where) => {
          const set = sampleSet();
          const input =
            where === 'top' ? make() : { keyResultId: 'kr1', at: '2026-02-10', [where]: make() };
          const result = (commands[name] as (s: OkrSet, i: unknown) => CommandResult)(set, input);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues[0]?.code).toBe('not_json');
        },
      ),
      { numRuns: Math.min(RUNS, 300) },
    );
  });

  it('applyPatches throws only SokrError and safeApplyPatches never throws, whatever the patches', () => {
    const key = fc.oneof(
      fc.constantFrom(
        'units',
        'checkIns',
        'objectives',
        'value',
        'title',
        '__proto__',
        'constructor',
        'x',
      ),
      fc.integer({ min: -2, max: 5 }),
    );
    const patch = fc.record(
      {
        op: fc.oneof(fc.constantFrom('add', 'replace', 'remove'), fc.string(), fc.integer()),
        path: fc.oneof(fc.array(key, { maxLength: 4 }), hostileJson),
        value: hostileJson,
      },
      { requiredKeys: [] },
    );
    const patches = fc.oneof(fc.array(fc.oneof(patch, hostileJson), { maxLength: 4 }), hostileJson);
    fc.assert(
      fc.property(patches, (list) => {
        const set = sampleSet();
        const before = JSON.stringify(set);
        const result = safeApplyPatches(set, list as Patch[]);
        if (result.ok) expect((result as { issues?: unknown }).issues).toBeUndefined();
        else expect(result.issues.length).toBeGreaterThan(0);
        try {
          applyPatches(set, list as Patch[]);
        } catch (error) {
          expect(isSokrError(error)).toBe(true);
        }
        expect(JSON.stringify(set)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});
