// Private: the rules an objective must satisfy (shared by addObjective, updateObjective, setParent, carryOver).
import type { Issue, Path } from '../model/issue.js';
import type { Objective, OkrRef, OkrSet } from '../model/types.js';
import { indexOfId } from './_lookups.js';
import {
  checkExists,
  checkRef,
  checkTitleAndDescription,
  isRecord,
  issue,
} from './_inputChecks.js';

/** How {@link setParent} treats the parent's unit. */
export type UnitRule = 'same-or-ancestor' | 'any';

const COMMITMENTS = new Set(['committed', 'aspirational']);
const SWOT_KINDS = new Set(['strength', 'weakness', 'opportunity', 'threat']);

/** Checks the plain fields of an objective (present keys only). */
export function checkObjectiveFields(
  set: OkrSet,
  fields: Record<string, unknown>,
  prefix: Path,
  issues: Issue[],
): void {
  const at = (key: string): Path => [...prefix, key];
  checkTitleAndDescription(fields, prefix, issues);
  if ('unitId' in fields) checkIdRef(set.units, fields.unitId, at('unitId'), 'unit', issues);
  if ('cycleId' in fields) checkIdRef(set.cycles, fields.cycleId, at('cycleId'), 'cycle', issues);
  if (fields.ownerId !== undefined)
    checkIdRef(set.people, fields.ownerId, at('ownerId'), 'person', issues);
  if (fields.commitment !== undefined && !COMMITMENTS.has(fields.commitment as string))
    issues.push(
      issue(at('commitment'), 'invalid_value', "commitment must be 'committed' or 'aspirational'."),
    );
  if (
    fields.weight !== undefined &&
    !(typeof fields.weight === 'number' && Number.isFinite(fields.weight) && fields.weight >= 0)
  )
    issues.push(issue(at('weight'), 'invalid_value', 'weight must be a finite number ≥ 0.'));
  if (fields.links !== undefined) checkLinks(set, fields.links, at('links'), issues);
}

function checkIdRef(
  list: readonly { id: string }[],
  value: unknown,
  path: Path,
  what: string,
  issues: Issue[],
): void {
  if (typeof value !== 'string' || value === '') {
    issues.push(
      issue(
        path,
        value === undefined ? 'missing' : 'invalid_type',
        `${String(path[path.length - 1])} must be a ${what} id.`,
      ),
    );
    return;
  }
  checkExists(list, value, path, what, issues);
}

function checkLinks(set: OkrSet, links: unknown, path: Path, issues: Issue[]): void {
  if (!Array.isArray(links)) {
    issues.push(issue(path, 'invalid_type', 'links must be an array.'));
    return;
  }
  links.forEach((link: unknown, i) => {
    const p = [...path, i];
    if (!isRecord(link)) {
      issues.push(issue(p, 'invalid_type', 'A link must be an object.'));
      return;
    }
    if (link.kind === 'pillar')
      checkIdRef(set.strategy.pillars, link.pillarId, [...p, 'pillarId'], 'pillar', issues);
    else if (link.kind === 'supports')
      checkIdRef(set.objectives, link.objectiveId, [...p, 'objectiveId'], 'objective', issues);
    else if (SWOT_KINDS.has(link.kind as string)) {
      const swot = set.strategy.swot ?? [];
      checkIdRef(swot, link.swotId, [...p, 'swotId'], `${String(link.kind)} item`, issues);
      const item = swot[indexOfId(swot, String(link.swotId))];
      if (item !== undefined && item.kind !== link.kind)
        issues.push(
          issue(
            [...p, 'kind'],
            'invalid_value',
            `SWOT item '${item.id}' is a ${item.kind}, not a ${String(link.kind)}.`,
          ),
        );
    } else
      issues.push(
        issue([...p, 'kind'], 'invalid_value', `Unknown link kind ${JSON.stringify(link.kind)}.`),
      );
  });
}

/** The objective a parent reference points at (the KR's objective for a KR), or undefined. */
export function parentObjectiveId(set: OkrSet, parent: OkrRef | undefined): string | undefined {
  if (parent === undefined) return undefined;
  if ('objectiveId' in parent) return parent.objectiveId;
  return set.keyResults[indexOfId(set.keyResults, parent.keyResultId)]?.objectiveId;
}

/** True when `ancestorId` is `unitId` or one of its ancestors in the unit tree. */
export function isSameOrAncestorUnit(set: OkrSet, ancestorId: string, unitId: string): boolean {
  let current: string | undefined = unitId;
  for (let steps = 0; current !== undefined && steps <= set.units.length; steps++) {
    if (current === ancestorId) return true;
    current = set.units[indexOfId(set.units, current)]?.parentId;
  }
  return false;
}

/**
 * Checks a parent reference for objective `self` (undefined while adding):
 * it exists, does not close a loop through objective ↔ key result chains,
 * and (with `same-or-ancestor`) belongs to the same unit or an ancestor unit.
 */
export function checkParent(
  set: OkrSet,
  self: Pick<Objective, 'unitId'> & { id?: string },
  parent: unknown,
  unitRule: UnitRule,
  path: Path,
  issues: Issue[],
): OkrRef | undefined {
  const ref = checkRef(set, parent, path, issues);
  if (ref === undefined) return undefined;
  const parentId = parentObjectiveId(set, ref);
  if (parentId === undefined) return ref;
  if (self.id !== undefined) {
    let current: string | undefined = parentId;
    for (let steps = 0; current !== undefined && steps <= set.objectives.length; steps++) {
      if (current === self.id) {
        issues.push(
          issue(
            path,
            'reference_loop',
            `Objective '${self.id}' cannot have parent ${describe(ref)}: the parent chain would lead back to it.`,
          ),
        );
        return undefined;
      }
      current = parentObjectiveId(set, set.objectives[indexOfId(set.objectives, current)]?.parent);
    }
  }
  const parentObjective = set.objectives[indexOfId(set.objectives, parentId)];
  if (
    unitRule === 'same-or-ancestor' &&
    parentObjective !== undefined &&
    !isSameOrAncestorUnit(set, parentObjective.unitId, self.unitId)
  ) {
    issues.push(
      issue(
        path,
        'invalid_value',
        `Parent ${describe(ref)} belongs to unit '${parentObjective.unitId}', which is neither '${self.unitId}' nor one of its ancestors (lateral support goes through a 'supports' link; pass unitRule: 'any' to allow).`,
      ),
    );
    return undefined;
  }
  return ref;
}

function describe(ref: OkrRef): string {
  return 'objectiveId' in ref
    ? `objective '${ref.objectiveId}'`
    : `key result '${ref.keyResultId}'`;
}
