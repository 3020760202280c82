// Private: what removing objectives / key results takes with it (shared by removeObjective and removeKeyResult).
import type { Issue } from '../model/issue.js';
import type { OkrRef, OkrSet } from '../model/types.js';
import type { CommandOptions, CommandSuccess } from './CommandResult.js';
import { indexOfId } from './_lookups.js';
import { issue } from './_inputChecks.js';
import { type EntityArrayKey, produceCommand, removeIndices } from './_writes.js';
import type { CommandName } from './CommandResult.js';

/** How a removal treats objectives that point at what is removed. */
export type RemoveCascade = 'delete' | 'refuse';

/**
 * Checks a removal's `cascade` input: `missing` or `invalid_value` at
 * `['cascade']` unless it is `'delete'` or `'refuse'`.
 */
export function checkCascade(cascade: unknown, issues: Issue[]): void {
  if (cascade !== 'delete' && cascade !== 'refuse')
    issues.push(
      issue(
        ['cascade'],
        cascade === undefined ? 'missing' : 'invalid_value',
        "cascade must be 'delete' or 'refuse'.",
      ),
    );
}

/** The objectives and key results a removal takes, and who still points at them. */
export interface RemovalPlan {
  objectives: Set<string>;
  keyResults: Set<string>;
  /** Objectives outside the removal whose parent, `supports` link or `carriedFrom` points into it. */
  referrers: string[];
}

/**
 * Plans a removal. With `delete`, child objectives (by parent, through
 * objectives or key results) are removed too, recursively; with `refuse`
 * nothing is added and `referrers` lists who points at the removed items.
 */
export function planRemoval(
  set: OkrSet,
  seedObjectives: readonly string[],
  seedKeyResults: readonly string[],
  cascade: RemoveCascade,
): RemovalPlan {
  const objectives = new Set(seedObjectives);
  const keyResults = new Set(seedKeyResults);
  const addKeyResultsOf = (objectiveIds: Set<string>) => {
    for (const kr of set.keyResults) if (objectiveIds.has(kr.objectiveId)) keyResults.add(kr.id);
  };
  addKeyResultsOf(objectives);
  const pointsIn = (parent: OkrRef | undefined) =>
    parent !== undefined &&
    ('objectiveId' in parent
      ? objectives.has(parent.objectiveId)
      : keyResults.has(parent.keyResultId));
  if (cascade === 'delete') {
    for (let grown = true; grown; ) {
      grown = false;
      const added = new Set<string>();
      for (const o of set.objectives) {
        if (!objectives.has(o.id) && pointsIn(o.parent)) {
          objectives.add(o.id);
          added.add(o.id);
          grown = true;
        }
      }
      addKeyResultsOf(added);
    }
  }
  const referrers: string[] = [];
  for (const o of set.objectives) {
    if (objectives.has(o.id)) continue;
    if (
      pointsIn(o.parent) ||
      (o.carriedFrom !== undefined && objectives.has(o.carriedFrom)) ||
      o.links.some((l) => l.kind === 'supports' && objectives.has(l.objectiveId))
    )
      referrers.push(o.id);
  }
  return { objectives, keyResults, referrers };
}

/**
 * Executes a removal plan: strips `supports` links and `carriedFrom` pointing
 * at removed objectives from the others, then removes the objectives, their
 * key results, check-ins, initiatives, risks and dependencies touching them.
 */
export function executeRemoval(
  set: OkrSet,
  plan: RemovalPlan,
  command: CommandName,
  input: unknown,
  options: CommandOptions | undefined,
): CommandSuccess {
  const { objectives, keyResults } = plan;
  const touches = (ref: OkrRef) =>
    'objectiveId' in ref ? objectives.has(ref.objectiveId) : keyResults.has(ref.keyResultId);
  const result = produceCommand(set, command, input, options, (draft) => {
    for (const id of plan.referrers) {
      const o = draft.objectives[indexOfId(set.objectives, id)]!;
      if (o.carriedFrom !== undefined && objectives.has(o.carriedFrom)) delete o.carriedFrom;
      for (let i = o.links.length - 1; i >= 0; i--) {
        const link = o.links[i]!;
        if (link.kind === 'supports' && objectives.has(link.objectiveId)) o.links.splice(i, 1);
      }
    }
  });
  const removals: Partial<Record<EntityArrayKey, number[]>> = {
    objectives: indicesWhere(set.objectives, (o) => objectives.has(o.id)),
    keyResults: indicesWhere(set.keyResults, (k) => keyResults.has(k.id)),
    checkIns: indicesWhere(set.checkIns, (c) => keyResults.has(c.keyResultId)),
    initiatives: indicesWhere(set.initiatives, (i) => keyResults.has(i.keyResultId)),
    risks: indicesWhere(
      set.risks,
      (r) =>
        (r.objectiveId !== undefined && objectives.has(r.objectiveId)) ||
        (r.keyResultId !== undefined && keyResults.has(r.keyResultId)),
    ),
    dependencies: indicesWhere(set.dependencies, (d) => touches(d.from) || touches(d.on)),
  };
  return removeIndices(result, removals, options);
}

function indicesWhere<T>(list: readonly T[], test: (item: T) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) if (test(list[i]!)) out.push(i);
  return out;
}
