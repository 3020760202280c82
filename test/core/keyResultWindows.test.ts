import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/OkrGraph.js';
import { isSokrError, type OkrSet, rollup } from '../../src/index.js';

const DAY = 86_400_000;
const q1 = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
const kr = (id: string, objectiveId: string, due?: string) => ({
  id,
  objectiveId,
  title: id,
  ownerId: 'p',
  measure: { kind: 'milestone' as const },
  ...(due === undefined ? {} : { due }),
});

function graphOf(keyResults: ReturnType<typeof kr>[], timeZone?: string) {
  const set = {
    units: [{ id: 'u', name: 'U' }],
    people: [],
    cycles: [q1],
    objectives: [
      { id: 'o', title: 'O', unitId: 'u', cycleId: 'q1', state: 'active' },
      { id: 'x', title: 'X', unitId: 'u', cycleId: 'nope', state: 'active' },
    ],
    keyResults,
    checkIns: [],
    initiatives: [],
    dependencies: [],
    risks: [],
    ...(timeZone === undefined ? {} : { timeZone }),
  } as unknown as OkrSet;
  return buildGraph(set);
}

describe('the graph: key result windows', () => {
  it('gives key results of one cycle with one due day one window, numbered as they first appear', () => {
    const g = graphOf([
      kr('a', 'o'),
      kr('b', 'o', '2026-02-15'),
      kr('c', 'o'),
      kr('d', 'o', '2026-02-15'),
      kr('e', 'o', '2026-04-10'),
    ]);
    expect([...g.keyResultWindow]).toEqual([0, 1, 0, 1, 2]);
    expect([...g.windows.first]).toEqual([0, 1, 4]);
    expect([...g.windows.cycle]).toEqual([0, 0, 0]);
    const start = Date.UTC(2026, 0, 1);
    expect([...g.windows.start]).toEqual([start, start, start]);
    // The end is the instant after the last day: the due day's, else the cycle's.
    expect([...g.windows.end]).toEqual([
      Date.UTC(2026, 2, 31) + DAY,
      Date.UTC(2026, 1, 15) + DAY,
      Date.UTC(2026, 3, 10) + DAY,
    ]);
    // Check-ins may be dated up to the later of the two.
    expect([...g.windows.acceptEnd]).toEqual([
      Date.UTC(2026, 2, 31) + DAY,
      Date.UTC(2026, 2, 31) + DAY,
      Date.UTC(2026, 3, 10) + DAY,
    ]);
  });

  it('places a key result of an unknown objective or cycle in no window, and keeps a due day that is not a date as NaN', () => {
    const g = graphOf([kr('a', 'missing'), kr('b', 'x'), kr('c', 'o', '2026-02-30')]);
    expect([...g.keyResultWindow]).toEqual([-1, -1, 0]);
    expect(g.windows.end[0]).toBeNaN();
    expect(g.windows.acceptEnd[0]).toBe(Date.UTC(2026, 2, 31) + DAY);
  });

  it('reads the days in the set time zone', () => {
    const g = graphOf([kr('a', 'o', '2026-02-15')], 'America/Los_Angeles');
    expect(g.windows.start[0]).toBe(Date.UTC(2026, 0, 1, 8));
    expect(g.windows.end[0]).toBe(Date.UTC(2026, 1, 16, 8));
  });
});

describe('rollup: a due day that is not a date', () => {
  // An unparsed set may carry due: '' or null; the key result's own window is invalid
  // wherever it comes in the set (it used to share the cycle's window when a key
  // result without due came first, and be scored silently).
  const set = (order: 'plain-first' | 'bad-first', due: unknown) => {
    const plain = kr('plain', 'o');
    const bad = { ...kr('bad', 'o'), due } as unknown as ReturnType<typeof kr>;
    return {
      strategy: { pillars: [] },
      units: [{ id: 'u', name: 'U' }],
      people: [],
      cycles: [q1],
      objectives: [{ id: 'o', title: 'O', unitId: 'u', cycleId: 'q1', state: 'active' }],
      keyResults: order === 'plain-first' ? [plain, bad] : [bad, plain],
      checkIns: [],
      initiatives: [],
      dependencies: [],
      risks: [],
    } as unknown as OkrSet;
  };
  for (const due of ['', null]) {
    for (const order of ['plain-first', 'bad-first'] as const) {
      it(`throws invalid_date at the key result's due (${JSON.stringify(due)}, ${order})`, () => {
        const s = set(order, due);
        const at = order === 'plain-first' ? 1 : 0;
        try {
          rollup(s, { asOf: '2026-02-15' });
          expect.unreachable();
        } catch (error) {
          expect(isSokrError(error)).toBe(true);
          const issue = (error as { issues: { path: unknown[]; code: string }[] }).issues[0]!;
          expect(issue.path).toEqual(['keyResults', at, 'due']);
          expect(issue.code).toBe('invalid_date');
        }
      });
    }
  }
});
