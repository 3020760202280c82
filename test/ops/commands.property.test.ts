// Model-based property test: random command sequences (valid and invalid) on a
// clean set keep it clean, patches replay exactly, refusals change nothing, and
// undo walks back through exactly the previous sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  assertOkrSet,
  type BatchStep,
  batch,
  type CommandResult,
  checkIntegrity,
  commands,
  createHistory,
  type ObjectiveState,
  type OkrSet,
  okrSchemas,
} from '../../src/index.js';
import { sampleSet } from './_fixture.js';

type Op =
  | {
      kind: 'recordCheckIn';
      kr: number;
      day: number;
      fit: boolean;
      value: number | boolean | string[];
    }
  | { kind: 'editCheckIn'; ci: number; value: number }
  | { kind: 'dropField'; target: 'checkIn' | 'objective' | 'keyResult'; i: number }
  | { kind: 'removeCheckIn'; ci: number }
  | {
      kind: 'lifecycle';
      step: 'propose' | 'approve' | 'activate' | 'close' | 'reopen';
      o: number;
    }
  | { kind: 'setParent'; o: number; parentKr: number | null; any: boolean }
  | { kind: 'addKeyResult'; o: number; n: number }
  | { kind: 'removeKeyResult'; kr: number; cascade: 'delete' | 'refuse' }
  | { kind: 'removeObjective'; o: number; cascade: 'delete' | 'refuse' }
  | { kind: 'addDependency'; a: number; b: number; n: number }
  | { kind: 'decide'; d: number; accept: boolean }
  | { kind: 'carryOver'; o: number; baseline: 'start' | 'last' };

const pick = fc.nat({ max: 12 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('recordCheckIn' as const),
    kr: pick,
    day: fc.integer({ min: -5, max: 100 }),
    fit: fc.boolean(),
    value: fc.oneof(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.boolean(),
      fc.subarray(['a', 'b', 'c', 'z']),
    ),
  }),
  fc.record({
    kind: fc.constant('editCheckIn' as const),
    ci: pick,
    value: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({ kind: fc.constant('removeCheckIn' as const), ci: pick }),
  fc.record({
    kind: fc.constant('dropField' as const),
    target: fc.constantFrom('checkIn', 'objective', 'keyResult'),
    i: pick,
  }),
  fc.record({
    kind: fc.constant('lifecycle' as const),
    step: fc.constantFrom('propose', 'approve', 'activate', 'close', 'reopen'),
    o: pick,
  }),
  fc.record({
    kind: fc.constant('setParent' as const),
    o: pick,
    parentKr: fc.option(pick, { nil: null }),
    any: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('addKeyResult' as const), o: pick, n: fc.nat({ max: 5 }) }),
  fc.record({
    kind: fc.constant('removeKeyResult' as const),
    kr: pick,
    cascade: fc.constantFrom('delete', 'refuse'),
  }),
  fc.record({
    kind: fc.constant('removeObjective' as const),
    o: pick,
    cascade: fc.constantFrom('delete', 'refuse'),
  }),
  fc.record({
    kind: fc.constant('addDependency' as const),
    a: pick,
    b: pick,
    n: fc.nat({ max: 5 }),
  }),
  fc.record({ kind: fc.constant('decide' as const), d: pick, accept: fc.boolean() }),
  fc.record({
    kind: fc.constant('carryOver' as const),
    o: pick,
    baseline: fc.constantFrom('start', 'last'),
  }),
);

const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
const NEXT: Record<string, [ObjectiveState, ObjectiveState]> = {
  propose: ['draft', 'proposed'],
  approve: ['proposed', 'approved'],
  activate: ['approved', 'active'],
  close: ['active', 'closed'],
  reopen: ['closed', 'active'],
};

/** Turns an abstract op into a concrete command on the current set (ids may be missing: refusals are part of the test). */
function run(set: OkrSet, op: Op): CommandResult {
  const kr = (i: number) => at(set.keyResults, i)?.id ?? 'missing-kr';
  const obj = (i: number) => at(set.objectives, i)?.id ?? 'missing-o';
  switch (op.kind) {
    case 'recordCheckIn': {
      // Half of the values are made to fit the measure, half are random (often refused).
      const measure = at(set.keyResults, op.kr)?.measure;
      let value = op.value;
      if (op.fit && measure !== undefined) {
        if (measure.kind === 'milestone') value = Boolean(op.day % 2);
        else if (measure.kind === 'checklist')
          value = measure.items.filter((_, i) => (op.day >> i) % 2 === 1).map((item) => item.id);
        else value = op.day;
      }
      return commands.recordCheckIn(set, {
        keyResultId: kr(op.kr),
        at: day(op.day),
        value,
      } as never);
    }
    case 'editCheckIn':
      return commands.editCheckIn(set, {
        checkInId: at(set.checkIns, op.ci)?.id ?? 'missing',
        changes: { value: op.value },
      } as never);
    case 'dropField':
      // Removes an optional field that is not the entity's last key: undo must put it back in place.
      if (op.target === 'checkIn')
        return commands.editCheckIn(set, {
          checkInId: at(set.checkIns, op.i)?.id ?? 'missing',
          changes: { confidence: undefined },
        } as never);
      if (op.target === 'objective')
        return commands.updateObjective(set, {
          objectiveId: obj(op.i),
          changes: { ownerId: undefined },
        } as never);
      return commands.updateKeyResult(set, {
        keyResultId: kr(op.i),
        changes: { due: undefined },
      } as never);
    case 'removeCheckIn':
      return commands.removeCheckIn(set, {
        checkInId: at(set.checkIns, op.ci)?.id ?? 'missing',
      } as never);
    case 'lifecycle':
      return commands[op.step](
        set,
        (op.step === 'approve'
          ? { objectiveId: obj(op.o), by: 'ceo' }
          : { objectiveId: obj(op.o) }) as never,
      );
    case 'setParent':
      return commands.setParent(set, {
        objectiveId: obj(op.o),
        parent: op.parentKr === null ? null : { keyResultId: kr(op.parentKr) },
        unitRule: op.any ? 'any' : 'same-or-ancestor',
      } as never);
    case 'addKeyResult':
      return commands.addKeyResult(set, {
        id: `k${op.n}`,
        objectiveId: obj(op.o),
        title: 'generated',
        ownerId: 'ben',
        measure: { kind: 'metric', start: 0, target: 10 },
      } as never);
    case 'removeKeyResult':
      return commands.removeKeyResult(set, {
        keyResultId: kr(op.kr),
        cascade: op.cascade,
      } as never);
    case 'removeObjective':
      return commands.removeObjective(set, {
        objectiveId: obj(op.o),
        cascade: op.cascade,
      } as never);
    case 'addDependency':
      return commands.addDependency(set, {
        id: `d${op.n}`,
        from: { objectiveId: obj(op.a) },
        on: { keyResultId: kr(op.b) },
      } as never);
    case 'decide': {
      const dependencyId = at(set.dependencies, op.d)?.id ?? 'missing';
      return commands[op.accept ? 'acceptDependency' : 'declineDependency'](set, {
        dependencyId,
        at: '2026-01-05',
      } as never);
    }
    case 'carryOver':
      return commands.carryOver(set, {
        objectiveId: obj(op.o),
        toCycleId: 'q2',
        baseline: op.baseline,
      } as never);
  }
}

describe('command sequences (model-based)', () => {
  it('keep a clean set clean, replay their patches exactly, equal one batch, and undo to the exact previous sets', () => {
    const initial = assertOkrSet(sampleSet());
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 5, maxLength: 30 }), (ops) => {
        const history = createHistory(initial);
        const snapshots: OkrSet[] = [initial];
        const steps: BatchStep[] = [];
        // Reference model: the lifecycle state of every objective and the number of check-ins.
        const states = new Map(initial.objectives.map((o) => [o.id, o.state]));
        for (const op of ops) {
          const before = history.current;
          const result = run(before, op);
          if (op.kind === 'lifecycle') {
            const id = at(before.objectives, op.o)?.id;
            const [from, to] = NEXT[op.step]!;
            expect(result.ok).toBe(id !== undefined && states.get(id) === from);
            if (result.ok && id !== undefined) states.set(id, to);
          }
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            continue;
          }
          if (op.kind === 'recordCheckIn')
            expect(result.set.checkIns.length).toBe(before.checkIns.length + 1);
          if (op.kind === 'removeObjective' || op.kind === 'removeKeyResult')
            for (const o of before.objectives)
              if (!result.set.objectives.some((x) => x.id === o.id)) states.delete(o.id);
          if (op.kind === 'carryOver') states.set(result.set.objectives.at(-1)!.id, 'draft');
          history.apply(result);
          steps.push({ command: result.command as BatchStep['command'], input: result.input });
          snapshots.push(result.set);
          // The set stays structurally valid and consistent.
          expect(okrSchemas().okrSet.safeParse(result.set).success).toBe(true);
          expect(checkIntegrity(result.set)).toEqual([]);
          // Patches (through JSON) replay forwards and backwards to the exact JSON, key order included.
          const wire = JSON.parse(JSON.stringify(result));
          expect(JSON.stringify(applyPatches(before, wire.patches))).toBe(
            JSON.stringify(result.set),
          );
          expect(JSON.stringify(applyPatches(result.set, wire.inversePatches))).toBe(
            JSON.stringify(before),
          );
          // The reference model agrees with the set.
          expect(new Map(result.set.objectives.map((o) => [o.id, o.state]))).toEqual(states);
        }
        // The successful commands as one batch give the same set.
        const batched = batch(initial, steps);
        expect(batched.ok && batched.set).toEqual(history.current);
        // Undo walks back through exactly the previous sets: the same JSON, key order included.
        for (let i = snapshots.length - 2; i >= 0; i--)
          expect(JSON.stringify(history.undo())).toBe(JSON.stringify(snapshots[i]));
        expect(history.canUndo).toBe(false);
        // And redo forwards again.
        for (let i = 1; i < snapshots.length; i++)
          expect(JSON.stringify(history.redo())).toBe(JSON.stringify(snapshots[i]));
        // One undo of the whole batch restores the initial JSON too.
        if (batched.ok)
          expect(JSON.stringify(applyPatches(batched.set, batched.inversePatches))).toBe(
            JSON.stringify(initial),
          );
      }),
      { numRuns: 200 },
    );
  });

  it('never change the input set, and never freeze any part of it', () => {
    fc.assert(
      fc.property(opArb, (op) => {
        const set = sampleSet();
        const json = JSON.stringify(set);
        run(set, op);
        expect(JSON.stringify(set)).toBe(json);
        const stack: unknown[] = [set];
        while (stack.length > 0) {
          const node = stack.pop();
          if (typeof node !== 'object' || node === null) continue;
          expect(Object.isFrozen(node)).toBe(false);
          stack.push(...Object.values(node));
        }
      }),
      { numRuns: 200 },
    );
  });
});
