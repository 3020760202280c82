// Hostile arguments through every command (the audit's item 1): a set that is
// no set (null, 5, {}, [], a Map, a proxy, a set whose lists hold null), an
// input holding values JSON cannot (a bigint, a symbol, a function), nested
// 10,000 levels deep or read through getters and proxies that throw, and
// options that are not an object. Every command, directly and through batch,
// answers { ok: false, issues } with a path and a code — never a throw — and
// the inputs that worked before work the same (the existing suites).
// 1,000 runs per property by default; SOKR_PROPERTY_RUNS=10000 for the deep run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  batch,
  type CommandResult,
  commands,
  createHistory,
  isSokrError,
  type OkrSet,
  recordCheckIn,
  type SokrError,
  updateKeyResult,
  updateObjective,
} from '../../src/index.js';
import { acmeExample } from '../../src/testing/index.js';
import { hostileSet, hostileWhole, RUNS, snapshot } from '../hostile/_hostile.js';
import { issuesOf, sampleSet } from './_fixture.js';

const names = Object.keys(commands) as (keyof typeof commands)[];

/** A valid input per command on sampleSet (as in hostileInput.test.ts). */
const VALID: Record<keyof typeof commands, Record<string, unknown>> = {
  recordCheckIn: { keyResultId: 'kr1', at: '2026-02-10', value: 50 },
  editCheckIn: { checkInId: 'ci1', changes: { value: 25 } },
  removeCheckIn: { checkInId: 'ci2' },
  addObjective: { id: 'o9', title: 'New', unitId: 'sales', cycleId: 'q1' },
  updateObjective: { objectiveId: 'o2', changes: { title: 'Sell much more' } },
  removeObjective: { objectiveId: 'o3', cascade: 'delete' },
  addKeyResult: {
    id: 'kr9',
    objectiveId: 'o1',
    title: 'T',
    ownerId: 'ana',
    measure: { kind: 'milestone' },
  },
  updateKeyResult: { keyResultId: 'kr1', changes: { title: 'Revenue up' } },
  removeKeyResult: { keyResultId: 'kr4', cascade: 'refuse' },
  setParent: { objectiveId: 'o3', parent: null },
  propose: { objectiveId: 'o2' },
  approve: { objectiveId: 'o3', by: 'ceo' },
  activate: { objectiveId: 'o3' },
  close: { objectiveId: 'o1' },
  reopen: { objectiveId: 'o1' },
  addDependency: { id: 'd9', from: { objectiveId: 'o2' }, on: { objectiveId: 'o3' } },
  acceptDependency: { dependencyId: 'd1', at: '2025-12-20' },
  declineDependency: { dependencyId: 'd1', at: '2025-12-20' },
  addInitiative: { id: 'i9', keyResultId: 'kr1', title: 'Calls' },
  setInitiativeState: { initiativeId: 'i1', state: 'doing' },
  carryOver: { objectiveId: 'o1', toCycleId: 'q2' },
};

/** The fixture, moved on where a command needs another state (activate: approved; reopen: closed). */
function setFor(name: keyof typeof commands): OkrSet {
  const set = sampleSet();
  if (name === 'activate') set.objectives[3]!.state = 'approved';
  if (name === 'reopen') set.objectives[1]!.state = 'closed';
  return set;
}

function run(name: keyof typeof commands, set: unknown, input: unknown, options?: unknown) {
  return (commands[name] as (s: unknown, i: unknown, o?: unknown) => CommandResult)(
    set,
    input,
    options,
  );
}

/** Runs `fn`, failing the test with the error's stack when it throws. */
function noThrow<T>(label: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const stack = error instanceof Error ? error.stack : String(error);
    throw new Error(`${label} threw: ${stack}`);
  }
}

/** A refusal in the one result shape: ok false, a non-empty list of issues with a path and a code. */
function expectRefusal(result: CommandResult, label: string): void {
  expect(result.ok, label).toBe(false);
  if (result.ok) return;
  expect(Object.keys(result).sort(), label).toEqual(['issues', 'ok']);
  expect(result.issues.length, label).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(Array.isArray(issue.path), label).toBe(true);
    expect(typeof issue.code, label).toBe('string');
    expect(typeof issue.message, label).toBe('string');
  }
}

const throwing = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('proxy get');
      },
    },
  );

/** Sets no command can read: not objects, not plain, or with a list that is not a list of entities. */
const brokenSet: fc.Arbitrary<() => unknown> = fc.oneof(
  hostileWhole.map((v) => () => (typeof v === 'object' && v !== null ? structuredClone(v) : v)),
  fc.constantFrom<() => unknown>(
    () => null,
    () => undefined,
    () => 5,
    () => ({}),
    () => [],
    () => new Map(),
    () => new Number(1),
    throwing,
    () => ({ ...sampleSet(), strategy: null }),
    () =>
      new Proxy(sampleSet(), {
        get(target, key) {
          if (key === 'keyResults') throw new Error('getter');
          return Reflect.get(target, key);
        },
      }),
  ),
  fc
    .tuple(
      fc.constantFrom(
        'units',
        'people',
        'cycles',
        'objectives',
        'keyResults',
        'checkIns',
        'initiatives',
        'dependencies',
        'risks',
      ),
      fc.oneof(
        hostileWhole,
        hostileWhole.map((v) => [v]),
        fc.constant([null]),
        fc.constant([undefined, 1]),
      ),
    )
    .map(([key, value]) => () => ({ ...sampleSet(), [key]: value })),
);

describe('hostile sets, inputs and options (property)', () => {
  it('every command, directly and through batch, refuses a set it cannot read with issues (never a throw)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), brokenSet, (name, make) => {
        const set = make();
        const direct = noThrow(name, () => run(name, set, VALID[name]));
        const viaBatch = noThrow(`batch ${name}`, () =>
          batch(set as OkrSet, [{ command: name, input: VALID[name] }]),
        );
        for (const result of [direct, viaBatch]) {
          if (result.ok) continue; // a set whose broken list this command never reads
          expectRefusal(result, name);
        }
        if (typeof set !== 'object' || set === null || Array.isArray(set)) {
          for (const result of [direct, viaBatch])
            expect(issuesOf(result)[0]).toMatchObject({ path: ['set'], code: 'invalid_type' });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every command on a raw hostile set (a valid set mutated at random paths) never throws and changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), hostileSet, (name, set) => {
        const before = snapshot(set);
        const result = noThrow(name, () => run(name, set, VALID[name]));
        if (!result.ok) expectRefusal(result, name);
        noThrow(`batch ${name}`, () =>
          batch(set as OkrSet, [{ command: name, input: VALID[name] }]),
        );
        expect(snapshot(set)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('a value JSON cannot hold, anywhere in an input, is not_json at its path (and batch puts the step before it)', () => {
    const leaf = fc.constantFrom<() => unknown>(
      () => 10n,
      () => Symbol('s'),
      () => () => 1,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        leaf,
        fc.constantFrom('top', 'nested', 'array'),
        (name, make, where) => {
          const input: Record<string, unknown> = structuredClone(VALID[name]);
          const path =
            where === 'top'
              ? ['extra']
              : where === 'nested'
                ? ['changes', 'title']
                : ['changes', 'links', 1];
          if (where === 'top') input.extra = make();
          else if (where === 'nested') input.changes = { title: make() };
          else input.changes = { links: [{ kind: 'pillar', pillarId: 'p1' }, make()] };
          const set = setFor(name);
          const before = snapshot(set);
          const direct = noThrow(name, () => run(name, set, input));
          expect(issuesOf(direct)).toContainEqual({
            path,
            code: 'not_json',
            message: expect.stringMatching(/^a (bigint|symbol|function) is not JSON data$/),
          });
          const viaBatch = noThrow(name, () => batch(set, [{ command: name, input }]));
          expect(issuesOf(viaBatch)).toContainEqual(
            expect.objectContaining({ path: [0, 'input', ...path], code: 'not_json' }),
          );
          expect(snapshot(set)).toBe(before);
        },
      ),
      { numRuns: Math.min(RUNS, 300) },
    );
  });

  it('an input nested deeper than 64 levels is invalid_value at the level that is too deep', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.integer({ min: 65, max: 10_000 }),
        (name, depth) => {
          let deep: Record<string, unknown> = {};
          const root = deep;
          for (let i = 0; i < depth; i++) {
            const next = {};
            deep.x = next;
            deep = next;
          }
          const input = { ...VALID[name], changes: root };
          const issues = issuesOf(noThrow(name, () => run(name, setFor(name), input)));
          expect(issues).toEqual([
            {
              path: ['changes', ...Array(64).fill('x')],
              code: 'invalid_value',
              message: 'nested more than 64 levels deep: no command input nests that deep',
            },
          ]);
        },
      ),
      { numRuns: Math.min(RUNS, 100) },
    );
  });

  it('options that are not an object, or whose autoFreeze getter throws, are refused at ["options"]', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), hostileWhole, (name, options) => {
        const result = noThrow(name, () => run(name, setFor(name), VALID[name], options));
        if (
          options === undefined ||
          options === null ||
          (typeof options === 'object' && !Array.isArray(options))
        ) {
          const other =
            options !== undefined && options !== null
              ? Object.keys(options).find((k) => k !== 'autoFreeze')
              : undefined;
          if (other === undefined) expect(result.ok, name).toBe(true);
          else
            expect(issuesOf(result)[0]).toMatchObject({
              path: ['options', other],
              code: 'unknown_key',
            });
        } else {
          expect(issuesOf(result)[0]).toMatchObject({ path: ['options'], code: 'invalid_type' });
        }
      }),
      { numRuns: Math.min(RUNS, 300) },
    );
  });
});

describe('the audit reproductions', () => {
  it('recordCheckIn on null, 5, {} or [] answers issues at ["set"] (was: TypeError reading keyResults)', () => {
    const input = { keyResultId: 'k', at: '2026-02-16', value: 1 };
    expect(issuesOf(recordCheckIn(null as never, input))).toEqual([
      {
        path: ['set'],
        code: 'invalid_type',
        message: 'recordCheckIn expects an OKR set object (as parseOkrSet returns), got null.',
        expected: 'object',
        received: 'null',
      },
    ]);
    expect(issuesOf(recordCheckIn(5 as never, input))[0]).toMatchObject({
      path: ['set'],
      received: 'number',
    });
    expect(issuesOf(recordCheckIn([] as never, input))[0]).toMatchObject({
      path: ['set'],
      received: 'array',
    });
    const empty = issuesOf(recordCheckIn({} as never, input));
    expect(empty.map((i) => [i.path, i.code])).toEqual(
      [
        'units',
        'people',
        'cycles',
        'objectives',
        'keyResults',
        'checkIns',
        'initiatives',
        'dependencies',
        'risks',
      ].map((key) => [['set', key], 'missing']),
    );
    expect(issuesOf(recordCheckIn(new Map() as never, input))[0]).toMatchObject({
      path: ['set'],
      code: 'not_json',
    });
  });

  it('a set whose entities are null is refused at ["set"], not a TypeError', () => {
    for (const name of names) {
      const set = { ...setFor(name) } as Record<string, unknown>;
      for (const key of ['objectives', 'keyResults', 'checkIns', 'dependencies', 'initiatives'])
        set[key] = [null];
      const result = noThrow(name, () => run(name, set, VALID[name]));
      expectRefusal(result, name);
    }
    const result = updateObjective(
      { ...sampleSet(), objectives: [null] } as never,
      VALID.updateObjective as never,
    );
    expect(issuesOf(result)[0]).toMatchObject({ path: ['set'], code: 'invalid_type' });
    expect(issuesOf(result)[0]?.message).toMatch(
      /^updateObjective could not read the set \(.*\); parse it with parseOkrSet first\.$/,
    );
  });

  it('the audit inputs: a bigint at, a Symbol title, changes 10,000 levels deep', () => {
    const set = acmeExample();
    const kr = set.keyResults[0]!.id;
    const objective = set.objectives[0]!.id;
    expect(issuesOf(recordCheckIn(set, { keyResultId: kr, at: 10n as never, value: 1 }))).toEqual([
      { path: ['at'], code: 'not_json', message: 'a bigint is not JSON data' },
    ]);
    expect(
      issuesOf(
        updateObjective(set, { objectiveId: objective, changes: { title: Symbol() as never } }),
      ),
    ).toEqual([
      { path: ['changes', 'title'], code: 'not_json', message: 'a symbol is not JSON data' },
    ]);
    let deep: Record<string, unknown> = {};
    const changes = deep;
    for (let i = 0; i < 10_000; i++) {
      const next = {};
      deep.measure = next;
      deep = next;
    }
    const issue = issuesOf(updateKeyResult(set, { keyResultId: kr, changes: changes as never }))[0];
    expect(issue?.code).toBe('invalid_value');
    expect(issue?.path.length).toBe(65);
  });

  it('getters and proxies that throw are not_json where they were read; the command reads its input once', () => {
    const set = sampleSet();
    const getter = {
      keyResultId: 'kr1',
      at: '2026-02-10',
      get value(): number {
        throw new Error('getter');
      },
    };
    expect(issuesOf(recordCheckIn(set, getter as never))).toEqual([
      { path: ['value'], code: 'not_json', message: 'reading this property threw' },
    ]);
    expect(issuesOf(recordCheckIn(set, throwing() as never))).toEqual([
      { path: [], code: 'not_json', message: 'the value could not be read' },
    ]);
    expect(
      issuesOf(updateObjective(set, { objectiveId: 'o2', changes: throwing() as never }))[0],
    ).toMatchObject({ path: ['changes'], code: 'not_json' });
    // A getter that answers once and throws after: the command reads the gate's copy.
    let reads = 0;
    const once = {
      keyResultId: 'kr1',
      at: '2026-02-10',
      get value(): number {
        if (++reads > 1) throw new Error('read twice');
        return 50;
      },
    };
    const result = recordCheckIn(set, once as never);
    expect(result.ok).toBe(true);
    expect(reads).toBe(1);
    if (result.ok) expect(result.input).toBe(once); // the log keeps the caller's input
  });

  it('batch: a bad set is refused once at ["set"] (not under a step), unreadable steps are not_json', () => {
    expect(issuesOf(batch(null as never, []))[0]).toMatchObject({
      path: ['set'],
      code: 'invalid_type',
    });
    const broken = { ...sampleSet(), keyResults: 3 } as never;
    expect(
      issuesOf(batch(broken, [{ command: 'propose', input: { objectiveId: 'o2' } }]))[0],
    ).toMatchObject({
      path: ['set', 'keyResults'],
      code: 'invalid_type',
    });
    expect(issuesOf(batch(sampleSet(), throwing() as never))[0]).toMatchObject({
      path: [],
      code: 'invalid_type',
    });
    const steps = new Proxy([{ command: 'propose', input: { objectiveId: 'o2' } }], {
      get(target, key) {
        if (key === '0') throw new Error('step');
        return Reflect.get(target, key);
      },
    });
    expect(issuesOf(batch(sampleSet(), steps as never))).toEqual([
      { path: [0], code: 'not_json', message: 'this step could not be read' },
    ]);
    expect(issuesOf(batch(sampleSet(), [], 5 as never))[0]).toMatchObject({
      path: ['options'],
      code: 'invalid_type',
    });
  });

  it('options: autoFreeze false is kept, other fields of a caller are refused, a throwing getter is refused', () => {
    const set = sampleSet();
    const loose = recordCheckIn(set, VALID.recordCheckIn as never, { autoFreeze: false });
    expect(loose.ok && Object.isFrozen(loose.set)).toBe(false);
    const frozen = recordCheckIn(set, VALID.recordCheckIn as never);
    expect(frozen.ok && Object.isFrozen(frozen.set)).toBe(true);
    // Private fields of batch's options mean nothing from a caller: they are unknown options.
    const spoofed = recordCheckIn(
      set,
      VALID.recordCheckIn as never,
      { owned: 5, index: 5 } as never,
    );
    expect(issuesOf(spoofed)[0]).toMatchObject({ path: ['options', 'owned'], code: 'unknown_key' });
    expect(
      issuesOf(recordCheckIn(set, VALID.recordCheckIn as never, { autofreeze: false } as never))[0],
    ).toMatchObject({
      path: ['options', 'autofreeze'],
      code: 'unknown_key',
      suggestion: 'autoFreeze',
    });
    const getter = {
      get autoFreeze(): boolean {
        throw new Error('options');
      },
    };
    expect(issuesOf(recordCheckIn(set, VALID.recordCheckIn as never, getter))).toEqual([
      {
        path: ['options', 'autoFreeze'],
        code: 'not_json',
        message: 'reading this property threw ("options")',
      },
    ]);
  });

  it('history.apply of something that is no result throws a SokrError naming it', () => {
    const history = createHistory(sampleSet());
    for (const bad of [null, undefined, 5]) {
      try {
        history.apply(bad as never);
        expect.fail('expected a throw');
      } catch (error) {
        expect(isSokrError(error)).toBe(true);
        expect((error as SokrError).issues[0]).toMatchObject({
          path: ['result'],
          code: 'invalid_type',
        });
      }
    }
  });
});
