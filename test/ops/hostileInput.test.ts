import { describe, expect, it } from 'vitest';
import { batch, type CommandResult, commands, type OkrSet } from '../../src/index.js';
import { issuesOf, sampleSet } from './_fixture.js';

/** A valid input per command (on sampleSet), as JSON text so `__proto__` can be an own key. */
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
} as never;

const names = Object.keys(commands) as (keyof typeof commands)[];

/** The fixture, moved on where a command needs another state (activate: approved; reopen: closed). */
function setFor(name: keyof typeof commands): OkrSet {
  const set = sampleSet();
  if (name === 'activate') set.objectives[3]!.state = 'approved';
  if (name === 'reopen') set.objectives[1]!.state = 'closed';
  return set;
}

function run(name: keyof typeof commands, set: OkrSet, input: unknown): CommandResult {
  return (commands[name] as (s: OkrSet, i: unknown) => CommandResult)(set, input);
}

/** JSON text of the input with `"__proto__": {...}` added at the top or inside `at`. */
function withProto(input: Record<string, unknown>, nestedKey?: string): unknown {
  const json = JSON.stringify(input);
  const payload = '"__proto__":{"confidence":-1000,"state":"active","polluted":true}';
  if (nestedKey === undefined) return JSON.parse(`{${payload},${json.slice(1)}`);
  const parsed = JSON.parse(json) as Record<string, unknown>;
  parsed[nestedKey] = JSON.parse(`{${payload},${JSON.stringify(parsed[nestedKey]).slice(1)}`);
  return parsed;
}

describe('hostile command inputs (issue 15 item 1)', () => {
  it('every command accepts its valid fixture input (sanity)', () => {
    for (const name of names) {
      const result = run(name, setFor(name), VALID[name]);
      expect(result.ok, `${name}: ${JSON.stringify(result.ok ? '' : result.issues)}`).toBe(true);
    }
  });

  it('every command refuses an own __proto__ key with unsafe_key, directly and through batch', () => {
    for (const name of names) {
      const set = sampleSet();
      const before = JSON.stringify(set);
      const input = withProto(VALID[name]!);
      expect(Object.hasOwn(input as object, '__proto__')).toBe(true);
      const issues = issuesOf(run(name, set, input));
      expect(issues, name).toContainEqual({
        path: ['__proto__'],
        code: 'unsafe_key',
        message: 'the key "__proto__" is not allowed: it could pollute prototypes',
      });
      const viaBatch = issuesOf(batch(set, [{ command: name, input }] as never));
      expect(viaBatch[0]).toMatchObject({ path: [0, 'input', '__proto__'], code: 'unsafe_key' });
      expect(JSON.stringify(set)).toBe(before);
    }
  });

  it('refuses __proto__ in nested objects (changes, measure, references)', () => {
    const set = sampleSet();
    const nested: [keyof typeof commands, string][] = [
      ['editCheckIn', 'changes'],
      ['updateObjective', 'changes'],
      ['updateKeyResult', 'changes'],
      ['addKeyResult', 'measure'],
      ['addDependency', 'from'],
    ];
    for (const [name, key] of nested) {
      const issues = issuesOf(run(name, set, withProto(VALID[name]!, key)));
      expect(issues, name).toContainEqual(
        expect.objectContaining({ path: [key, '__proto__'], code: 'unsafe_key' }),
      );
    }
    const deep = JSON.parse(
      '{"id":"o9","title":"T","unitId":"sales","cycleId":"q1","links":[{"kind":"pillar","pillarId":"p1","__proto__":{"x":1}}]}',
    );
    expect(issuesOf(run('addObjective', set, deep))[0]).toMatchObject({
      path: ['links', 0, '__proto__'],
      code: 'unsafe_key',
    });
  });

  it('the stored entity never gets a foreign prototype (the former recordCheckIn hole)', () => {
    const set = sampleSet();
    const input = withProto(VALID.recordCheckIn!);
    const result = run('recordCheckIn', set, input);
    expect(result.ok).toBe(false);
    const added = run('recordCheckIn', set, JSON.parse(JSON.stringify(VALID.recordCheckIn)));
    if (!added.ok) throw new Error('expected success');
    for (const c of added.set.checkIns) expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
  });

  it('refuses class instances, boxed values and objects with a foreign prototype', () => {
    const set = sampleSet();
    class Input {
      keyResultId = 'kr1';
      at = '2026-02-10';
      value = 50;
    }
    const foreign = Object.assign(Object.create({ confidence: -1000 }), VALID.recordCheckIn);
    for (const input of [new Input(), foreign, new Boolean(false), new Map(), new Date(0)]) {
      const issues = issuesOf(run('recordCheckIn', set, input));
      expect(issues[0]).toMatchObject({ path: [], code: 'not_json' });
      expect(issues[0]?.message).toMatch(/not plain JSON data/);
    }
    const boxedValue = issuesOf(
      run('recordCheckIn', set, { ...VALID.recordCheckIn, value: new Number(5) }),
    );
    expect(boxedValue[0]).toMatchObject({ path: ['value'], code: 'not_json' });
    // A null-prototype object is plain data.
    const bare = Object.assign(Object.create(null), VALID.recordCheckIn);
    expect(run('recordCheckIn', set, bare).ok).toBe(true);
  });

  it('refuses cyclic inputs instead of looping or throwing', () => {
    const set = sampleSet();
    const changes: Record<string, unknown> = { value: 3 };
    changes.self = changes;
    const issues = issuesOf(run('editCheckIn', set, { checkInId: 'ci1', changes }));
    expect(issues[0]).toMatchObject({ path: ['changes', 'self'], code: 'not_json' });
  });

  it('keeps the invalid_type refusal for inputs that are not objects', () => {
    for (const input of [null, 42, 'x', [1]]) {
      expect(issuesOf(run('approve', sampleSet(), input))[0]).toMatchObject({
        path: [],
        code: 'invalid_type',
      });
    }
  });
});
