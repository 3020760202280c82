import { describeValue, quote } from '../_lib/quote.js';
import { SokrError } from './SokrError.js';
import { readingSet } from './readingSet.js';
import { checkUniqueIds, type Ids, Index, Resolver } from './_integrityIndex.js';
import { dangling, integrityItems, issue, suggestIds } from './_integrityIssues.js';
import { checkCycles, checkStrategy, checkUnits } from './_integrityStructure.js';
import type { Issue, Path } from './issue.js';
import { duplicateIdIssue } from './issueMessages.js';
import { valueMismatches } from './valueFit.js';
import type { CheckInValue, ChecklistItem, Measure, OkrRef, OkrSet } from './types.js';
import { guardedRead } from './readingSet.js';

/**
 * Checks the integrity of a structurally valid OKR set: what one entity
 * says about the others.
 *
 * - `duplicate_id`: two entities of one kind share an id (units, people,
 *   cycles, pillars, SWOT items, objectives, key results, check-ins,
 *   initiatives, dependencies, risks, and the items of one checklist);
 *   the first one wins, every later one is reported.
 *   The issue names the `id`, its `kind` and where the first use is.
 * - `dangling_reference`: a reference to an id that does not exist (unit and
 *   cycle parents, a unit's lead, a person's and a SWOT item's unit, an objective's unit,
 *   cycle, owner, approver, `carriedFrom`, parent and links, a key result's
 *   objective and owner, a check-in's key result and author, an initiative's
 *   key result and owner, dependency ends, risk targets). The issue names
 *   the `id`, the `kind` it should name and, when an existing id of that kind
 *   is close, a `suggestion` (`delight-customer` → `delight-customers`).
 * - `invalid_value`: a SWOT link whose kind differs from the SWOT item's kind.
 * - `date_order`: a cycle or pillar horizon that starts after it ends.
 * - `unit_tree`: units without a root, with several roots, or in a loop.
 * - `reference_loop`: cycles whose parent chain loops.
 * - `value_mismatch`: a check-in value that does not fit its key result's
 *   measure (a number for metric/threshold/range, `true`/`false`/`0`/`1` for
 *   milestone, distinct known item ids for checklist, none at all for derived).
 *
 * Duplicate ids are reported first, then everything else by entity kind in
 * set order. Runs in linear time and never recurses on the data, so deep
 * unit or cycle chains are fine. Alignment rules (cascade loops, limits,
 * ownership policy) are not integrity: see `validate`.
 *
 * @param set - A set that passed the schema (e.g. from `okrSchemas().okrSet.parse`), or a compiled set (its set is checked).
 * @returns The issues, empty when the set is consistent.
 * @throws `SokrError` (`invalid_type` at `[]`) when `set` was never parsed and a field it reads has the wrong type.
 * @example
 * ```ts
 * import { checkIntegrity, okrSchemas } from 'sokr';
 * const set = okrSchemas().okrSet.parse({
 *   units: [{ id: 'u1', name: 'Acme' }],
 *   people: [{ id: 'p1', name: 'Ada', unitId: 'u2' }],
 * });
 * console.log(checkIntegrity(set));
 * // [{ path: ['people', 0, 'unitId'], code: 'dangling_reference', message: 'no unit has id "u2"' }]
 * ```
 */
export function checkIntegrity(
  set: OkrSet | { readonly kind: 'compiled-okr-set'; readonly set: OkrSet },
): Issue[] {
  return guardedRead('checkIntegrity', () => {
    // A compiled set (`compile`, a later layer: read by its shape) is checked as its set.
    const plain: OkrSet =
      typeof set === 'object' &&
      set !== null &&
      (set as { kind?: unknown }).kind === 'compiled-okr-set'
        ? (set as unknown as { set: OkrSet }).set
        : (set as OkrSet);
    return readingSet('checkIntegrity', () => integrityIssues(checkShape(plain)));
  });
}

const REQUIRED_LISTS = ['units', 'people', 'cycles', 'objectives', 'keyResults'] as const;
const OPTIONAL_LISTS = ['checkIns', 'initiatives', 'dependencies', 'risks'] as const;

function shapeError(path: Path, message: string): SokrError {
  return new SokrError([
    {
      path: [...path],
      code: 'invalid_type',
      message: `${message} (parse the set with parseOkrSet first).`,
    },
  ]);
}

/** Throws `invalid_type` at a list that is not a list, or at its first entry that is not an object. */
function checkList(list: unknown, path: Path, required: boolean): void {
  if (list === undefined && !required) return;
  if (!Array.isArray(list)) {
    throw shapeError(
      path,
      `checkIntegrity needs ${path.join('.')} as a list, got ${describeValue(list)}`,
    );
  }
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item !== 'object' || item === null) {
      throw shapeError(
        [...path, i],
        `Each entry of ${path.join('.')} is an object, got ${describeValue(item)}`,
      );
    }
  }
}

/**
 * `set` when it has the shape the checks read (an object; a strategy with its
 * pillars; the lists as lists of objects), else `invalid_type` at the first
 * part that is not: one `typeof` per entity, so a set never parsed gets a
 * path instead of "could not read the set".
 */
function checkShape(set: unknown): OkrSet {
  if (typeof set !== 'object' || set === null || Array.isArray(set)) {
    throw shapeError([], `checkIntegrity expects an OKR set, got ${describeValue(set)}`);
  }
  const record = set as Record<string, unknown>;
  const strategy = record['strategy'];
  if (typeof strategy !== 'object' || strategy === null || Array.isArray(strategy)) {
    throw shapeError(
      ['strategy'],
      `An OKR set's strategy is an object, got ${describeValue(strategy)}`,
    );
  }
  checkList((strategy as Record<string, unknown>)['pillars'], ['strategy', 'pillars'], true);
  checkList((strategy as Record<string, unknown>)['swot'], ['strategy', 'swot'], false);
  for (const key of REQUIRED_LISTS) checkList(record[key], [key], true);
  for (const key of OPTIONAL_LISTS) checkList(record[key], [key], false);
  return set as OkrSet;
}

function integrityIssues(set: OkrSet): Issue[] {
  const issues: Issue[] = [];
  const { strategy, units, people, cycles, objectives, keyResults } = set;
  const swot = strategy.swot ?? [];

  const ids: Ids = {
    pillars: new Index(strategy.pillars, ['strategy', 'pillars'], 'pillar', issues),
    swot: new Index(swot, ['strategy', 'swot'], 'swotItem', issues),
    units: new Index(units, ['units'], 'unit', issues),
    people: new Index(people, ['people'], 'person', issues),
    cycles: new Index(cycles, ['cycles'], 'cycle', issues),
    objectives: new Index(objectives, ['objectives'], 'objective', issues),
    keyResults: new Index(keyResults, ['keyResults'], 'keyResult', issues),
  };
  checkUniqueIds(set.checkIns, ['checkIns'], 'checkIn', issues);
  checkUniqueIds(set.initiatives, ['initiatives'], 'initiative', issues);
  checkUniqueIds(set.dependencies, ['dependencies'], 'dependency', issues);
  checkUniqueIds(set.risks, ['risks'], 'risk', issues);

  checkStrategy(set, ids, issues);
  checkUnits(set, ids, issues);
  checkCycles(set, ids, issues);
  checkObjectives(set, ids, issues);
  checkKeyResults(set, ids, issues);
  checkCheckIns(set, ids, issues);
  checkOthers(set, ids, issues);
  suggestIds(issues, integrityItems(ids));
  return issues;
}

function checkObjectives(set: OkrSet, ids: Ids, issues: Issue[]): void {
  const objectives = set.objectives;
  const swot = set.strategy.swot ?? [];
  const unitOf = new Resolver(ids.units);
  const cycleOf = new Resolver(ids.cycles);
  const ownerOf = new Resolver(ids.people);
  const objectiveIds = ids.objectives;
  for (let i = 0; i < objectives.length; i++) {
    const o = objectives[i]!;
    if (unitOf.find(o.unitId) < 0) dangling(issues, ['objectives', i, 'unitId'], 'unit', o.unitId);
    if (cycleOf.find(o.cycleId) < 0)
      dangling(issues, ['objectives', i, 'cycleId'], 'cycle', o.cycleId);
    if (o.ownerId !== undefined && ownerOf.find(o.ownerId) < 0) {
      dangling(issues, ['objectives', i, 'ownerId'], 'person', o.ownerId);
    }
    if (o.approvedBy !== undefined && !ids.people.has(o.approvedBy)) {
      dangling(issues, ['objectives', i, 'approvedBy'], 'person', o.approvedBy);
    }
    if (o.carriedFrom !== undefined && !objectiveIds.has(o.carriedFrom)) {
      dangling(issues, ['objectives', i, 'carriedFrom'], 'objective', o.carriedFrom);
    }
    if (o.parent !== undefined) checkRef(o.parent, ['objectives', i, 'parent'], ids, issues);
    const links = o.links;
    for (let j = 0; j < links.length; j++) {
      const link = links[j]!;
      if (link.kind === 'pillar') {
        if (!ids.pillars.has(link.pillarId)) {
          dangling(issues, ['objectives', i, 'links', j, 'pillarId'], 'pillar', link.pillarId);
        }
      } else if (link.kind === 'supports') {
        if (!objectiveIds.has(link.objectiveId)) {
          dangling(
            issues,
            ['objectives', i, 'links', j, 'objectiveId'],
            'objective',
            link.objectiveId,
          );
        }
      } else {
        const at = ids.swot.get(link.swotId);
        if (at < 0) {
          dangling(issues, ['objectives', i, 'links', j, 'swotId'], 'swotItem', link.swotId);
        } else if (swot[at]!.kind !== link.kind) {
          issue(
            issues,
            ['objectives', i, 'links', j, 'kind'],
            'invalid_value',
            `SWOT item ${quote(link.swotId)} is ${withArticle(swot[at]!.kind)}, not ${withArticle(link.kind)}`,
          );
        }
      }
    }
  }
}

function checkKeyResults(set: OkrSet, ids: Ids, issues: Issue[]): void {
  const keyResults = set.keyResults;
  const objectiveOf = new Resolver(ids.objectives);
  const ownerOf = new Resolver(ids.people);
  for (let i = 0; i < keyResults.length; i++) {
    const kr = keyResults[i]!;
    if (objectiveOf.find(kr.objectiveId) < 0) {
      dangling(issues, ['keyResults', i, 'objectiveId'], 'objective', kr.objectiveId);
    }
    if (ownerOf.find(kr.ownerId) < 0)
      dangling(issues, ['keyResults', i, 'ownerId'], 'person', kr.ownerId);
    if (kr.measure.kind === 'checklist') checkChecklistIds(kr.measure.items, i, issues);
  }
}

/** Key result, author, value against the measure. */
function checkCheckIns(set: OkrSet, ids: Ids, issues: Issue[]): void {
  const checkIns = set.checkIns;
  const keyResults = set.keyResults;
  const keyResultOf = new Resolver(ids.keyResults);
  const authorOf = new Resolver(ids.people);
  for (let i = 0; i < checkIns.length; i++) {
    const c = checkIns[i]!;
    const at = keyResultOf.find(c.keyResultId);
    if (at < 0) dangling(issues, ['checkIns', i, 'keyResultId'], 'keyResult', c.keyResultId);
    else checkValue(keyResults[at]!.measure, c.value, i, issues);
    if (c.authorId !== undefined && authorOf.find(c.authorId) < 0) {
      dangling(issues, ['checkIns', i, 'authorId'], 'person', c.authorId);
    }
  }
}

/** Initiatives, dependencies, risks. */
function checkOthers(set: OkrSet, ids: Ids, issues: Issue[]): void {
  const keyResultOf = new Resolver(ids.keyResults);
  const ownerOf = new Resolver(ids.people);
  for (let i = 0; i < set.initiatives.length; i++) {
    const x = set.initiatives[i]!;
    if (keyResultOf.find(x.keyResultId) < 0) {
      dangling(issues, ['initiatives', i, 'keyResultId'], 'keyResult', x.keyResultId);
    }
    if (x.ownerId !== undefined && ownerOf.find(x.ownerId) < 0) {
      dangling(issues, ['initiatives', i, 'ownerId'], 'person', x.ownerId);
    }
  }
  for (let i = 0; i < set.dependencies.length; i++) {
    const d = set.dependencies[i]!;
    checkRef(d.from, ['dependencies', i, 'from'], ids, issues);
    checkRef(d.on, ['dependencies', i, 'on'], ids, issues);
  }
  const riskKeyResultOf = new Resolver(ids.keyResults);
  for (let i = 0; i < set.risks.length; i++) {
    const r = set.risks[i]!;
    if (r.keyResultId !== undefined && riskKeyResultOf.find(r.keyResultId) < 0) {
      dangling(issues, ['risks', i, 'keyResultId'], 'keyResult', r.keyResultId);
    }
    if (r.objectiveId !== undefined && !ids.objectives.has(r.objectiveId)) {
      dangling(issues, ['risks', i, 'objectiveId'], 'objective', r.objectiveId);
    }
  }
}

function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

function checkRef(ref: OkrRef, base: Path, ids: Ids, issues: Issue[]): void {
  if ('objectiveId' in ref) {
    if (!ids.objectives.has(ref.objectiveId)) {
      dangling(issues, [...base, 'objectiveId'], 'objective', ref.objectiveId);
    }
  } else if (!ids.keyResults.has(ref.keyResultId)) {
    dangling(issues, [...base, 'keyResultId'], 'keyResult', ref.keyResultId);
  }
}

function checkChecklistIds(items: readonly ChecklistItem[], kr: number, issues: Issue[]): void {
  if (items.length <= 8) {
    for (let j = 1; j < items.length; j++) {
      for (let k = 0; k < j; k++) {
        if (items[k]!.id === items[j]!.id) {
          duplicateItem(items, kr, j, k, issues);
          break;
        }
      }
    }
    return;
  }
  const seen = new Map<string, number>();
  for (let j = 0; j < items.length; j++) {
    const first = seen.get(items[j]!.id);
    if (first === undefined) seen.set(items[j]!.id, j);
    else duplicateItem(items, kr, j, first, issues);
  }
}

function duplicateItem(
  items: readonly ChecklistItem[],
  kr: number,
  j: number,
  first: number,
  issues: Issue[],
): void {
  issues.push(
    duplicateIdIssue(
      ['keyResults', kr, 'measure', 'items', j, 'id'],
      'checklistItem',
      items[j]!.id,
      ['keyResults', kr, 'measure', 'items', first],
    ),
  );
}

function checkValue(measure: Measure, value: CheckInValue, i: number, issues: Issue[]): void {
  for (const m of valueMismatches(measure, value)) {
    issue(issues, ['checkIns', i, 'value', ...m.path], 'value_mismatch', m.message);
  }
}
