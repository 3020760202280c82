/**
 * Private to `weeklyReport`: the units-at-a-glance figures of each unit —
 * key results, status counts and the worst item of its subtree.
 *
 * @module
 */
import type { Id, Unit } from '../model/types.js';
import type { KeyResultStatus } from '../progress/statusPolicy.js';
import type { WeeklyKeyResult, WeeklyUnit, WeeklyWorstItem } from './types.js';

/** Rank of the statuses a unit's worst item may have (lower is worse); the others need no attention. */
const ATTENTION_RANK: Partial<Record<KeyResultStatus, number>> = {
  missed: 0,
  'off-track': 1,
  'at-risk': 2,
  pending: 3,
};

/** True when `a` needs attention more than `b` (worse status, then the wider gap to the expected progress). */
function worse(
  a: Pick<WeeklyWorstItem, 'status' | 'score' | 'expected'>,
  b: WeeklyWorstItem,
): boolean {
  const ra = ATTENTION_RANK[a.status] ?? 9;
  const rb = ATTENTION_RANK[b.status] ?? 9;
  if (ra !== rb) return ra < rb;
  return a.expected - a.score > b.expected - b.score;
}

function itemOf(k: WeeklyKeyResult): WeeklyWorstItem | null {
  if (ATTENTION_RANK[k.status] === undefined) return null;
  return {
    keyResultId: k.id,
    title: k.title,
    ownerName: k.ownerName,
    status: k.status,
    score: k.score,
    expected: k.expected,
    figures: k.figures,
  };
}

/**
 * Fills `keyResults`, `statusCounts` and `worst` of every unit with its own
 * key results and those of the units below it (`units` in tree order, as
 * `tree`; the report's root unit `rootId` adds to no parent).
 */
export function glanceOfUnits(
  units: WeeklyUnit[],
  tree: ReadonlyArray<{ unit: Unit }>,
  rootId: Id | undefined,
): void {
  const byId = new Map<Id, WeeklyUnit>();
  for (const u of units) {
    byId.set(u.id, u);
    for (const o of u.objectives) {
      for (const k of o.keyResults) {
        u.keyResults += 1;
        u.statusCounts[k.status] += 1;
        // The item is made only when the key result is the unit's worst so far.
        if (ATTENTION_RANK[k.status] !== undefined && (u.worst === null || worse(k, u.worst)))
          u.worst = itemOf(k);
      }
    }
  }
  // Children come after their parent in tree order: add bottom-up.
  for (let i = tree.length - 1; i >= 0; i--) {
    const { unit } = tree[i]!;
    if (unit.parentId === undefined || unit.id === rootId) continue;
    const child = byId.get(unit.id);
    const parent = byId.get(unit.parentId);
    if (child === undefined || parent === undefined || parent === child) continue;
    parent.keyResults += child.keyResults;
    for (const s of Object.keys(child.statusCounts) as KeyResultStatus[])
      parent.statusCounts[s] = (parent.statusCounts[s] ?? 0) + child.statusCounts[s];
    if (child.worst !== null && (parent.worst === null || worse(child.worst, parent.worst)))
      parent.worst = child.worst;
  }
}
