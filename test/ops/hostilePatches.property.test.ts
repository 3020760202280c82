// safeApplyPatches never throws (the audit's item 2): proxies whose get
// throws and getters that throw, as the set, the patch list, a patch, its
// path, its value or the options, are issues at the place they were read;
// applyPatches throws only a SokrError with the same issues. 1,000 runs by default.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  isSokrError,
  type OkrSet,
  type Patch,
  safeApplyPatches,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { hostileWhole, RUNS, snapshot } from '../hostile/_hostile.js';
import { sampleSet } from './_fixture.js';

const trap = (target: object = {}) =>
  new Proxy(target, {
    get() {
      throw new Error('p');
    },
  });

const getter = <T extends object>(base: T, key: string) =>
  Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error('g');
    },
  });

const GOOD: Patch = { op: 'replace', path: ['objectives', 0, 'title'], value: 'Win' };

/** Where the hostile part goes, and the issue path it must be reported at. */
type Case = { set: unknown; patches: unknown; options?: unknown; at: (string | number)[] };

const cases: fc.Arbitrary<() => Case> = fc.constantFrom<() => Case>(
  () => ({ set: trap(sampleSet()), patches: [GOOD], at: [] }),
  () => ({ set: getter(sampleSet(), 'units'), patches: [GOOD], at: [] }),
  () => ({ set: sampleSet(), patches: trap([]), at: [] }),
  () => ({ set: sampleSet(), patches: [GOOD, trap()], at: [1] }),
  () => ({ set: sampleSet(), patches: [getter(GOOD, 'op')], at: [0, 'op'] }),
  () => ({ set: sampleSet(), patches: [{ ...GOOD, path: trap([]) }], at: [0, 'path'] }),
  () => ({ set: sampleSet(), patches: [{ ...GOOD, path: trap(['units']) }], at: [0, 'path', 0] }),
  () => ({ set: sampleSet(), patches: [{ ...GOOD, value: trap() }], at: [0, 'value'] }),
  () => ({ set: sampleSet(), patches: [getter(GOOD, 'value')], at: [0, 'value'] }),
  () => ({ set: sampleSet(), patches: [GOOD], options: trap(), at: ['options', 'autoFreeze'] }),
  () => ({
    set: sampleSet(),
    patches: [GOOD],
    options: getter({}, 'unknownKeys'),
    at: ['options', 'unknownKeys'],
  }),
);

describe('safeApplyPatches with hostile arguments', () => {
  it('the audit reproduction: a patch path that is a proxy whose get throws', () => {
    const set = acmeExample();
    const result = safeApplyPatches(set, [{ op: 'add', path: trap([]) as never, value: 0 }]);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: [0, 'path'], code: 'not_json', message: 'this path could not be read ("p")' },
      ],
    });
  });

  it('a throwing proxy or getter anywhere is one not_json issue where it was read; applyPatches throws it as a SokrError', () => {
    fc.assert(
      fc.property(cases, (make) => {
        const { set, patches, options, at } = make();
        let result: ReturnType<typeof safeApplyPatches> | undefined;
        expect(() => {
          result = safeApplyPatches(set as OkrSet, patches as Patch[], options as never);
        }).not.toThrow();
        expect(result!.ok).toBe(false);
        if (result!.ok) return;
        expect(result!.issues).toHaveLength(1);
        expect(result!.issues[0]).toMatchObject({ path: at, code: 'not_json' });
        try {
          applyPatches(set as OkrSet, patches as Patch[], options as never);
          expect.fail('applyPatches should throw');
        } catch (error) {
          expect(isSokrError(error)).toBe(true);
          expect((error as { issues: unknown }).issues).toEqual(result!.issues);
        }
      }),
      { numRuns: Math.min(RUNS, 200) },
    );
  });

  it('hostile values as the set, the patches or the options are refused, never thrown, and change nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom('set', 'patches', 'options'), hostileWhole, (where, value) => {
        const set = sampleSet();
        const before = snapshot(set);
        const args: [unknown, unknown, unknown] = [set, [GOOD], undefined];
        args[where === 'set' ? 0 : where === 'patches' ? 1 : 2] = value;
        const result = safeApplyPatches(...(args as [OkrSet, Patch[], never]));
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(Array.isArray(issue.path)).toBe(true);
        }
        expect(snapshot(set)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('a Map or a boxed value as the set is not_json (was: read as an empty set)', () => {
    for (const set of [new Map(), new Number(1)])
      expect(safeApplyPatches(set as never, [])).toMatchObject({
        ok: false,
        issues: [{ path: [], code: 'not_json' }],
      });
  });

  it('options that are not an object are invalid_type at ["options"]', () => {
    expect(safeApplyPatches(sampleSet(), [GOOD], 5 as never)).toMatchObject({
      ok: false,
      issues: [{ path: ['options'], code: 'invalid_type' }],
    });
    expect(safeApplyPatches(sampleSet(), [GOOD], { autoFreeze: false }).ok).toBe(true);
  });
});
