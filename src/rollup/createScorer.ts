import { DEFAULT_TIME_ZONE, zonedAsOf } from '../_lib/zonedDay.js';
import { showValue } from '../_lib/quote.js';
import { checkInPositions } from '../core/checkInPositions.js';
import {
  type CompiledOkrSet,
  graphOf,
  isCompiledOkrSet,
  readingSet,
  scorableSet,
} from '../core/compile.js';
import type { CheckIn, Id, Measure, OkrSet } from '../model/types.js';
import { measureIssue } from '../model/measureIssue.js';
import { guardedRead } from '../model/readingSet.js';
import { SokrError } from '../model/SokrError.js';
import { weightIssue } from '../model/weightIssue.js';
import { checkValueFits } from '../progress/resolveBaseline.js';
import { applyCheckIn, listOf } from './_checkInEdits.js';
import { baselineOf, checkInPath, initCurrentCheckIns, setLatest } from './_currentCheckIns.js';
import { measureShapeIssues } from './_editChecks.js';
import { fail, rebase } from './_errors.js';
import { scoreAll } from './_kernels.js';
import { propagate } from './_propagate.js';
import {
  companyAggregate,
  groupAggregateAt,
  keyResultCard,
  objectiveCard,
  snapshot,
  unitAggregateAt,
} from './_scorecard.js';
import { orderCascade } from './_cascadeOrder.js';
import { buildScoringIndex, type ScoringIndex, sharedScoringIndex } from './_scoringIndex.js';
import { resolveScorerOptions } from './_scorerOptions.js';
import { resolveScope } from './_scope.js';
import { createScorerState, type ScorerState } from './_scorerState.js';
import { NS } from './_statusCodes.js';
import { computeWindowFacts } from './_windowFacts.js';
import { computeShapes, reshape } from './_shapes.js';
import { attachState } from './_scorerAccess.js';
import type {
  Aggregate,
  KeyResultCard,
  ObjectiveCard,
  RollupOptions,
  Scorer,
  UnitAggregate,
} from './types.js';

/**
 * Builds a scoring index over an OKR set once and scores it in one linear
 * pass; afterwards check-ins, weight and measure changes rescore only the path
 * from the changed key result up to the roots (and the aggregates on it).
 *
 * - Ids become dense integers at build time; scores, weights and child lists
 *   live in typed arrays (CSR); the cascade (derived key results, and child
 *   objectives with `includeChildren`) is evaluated in a topological order
 *   computed with Kahn's algorithm: no recursion, so deep chains and loops of
 *   any length are safe. Loops are reported in `snapshot().loops` and broken.
 * - Every aggregate (unit, pillar, cycle, owner) is a sum tree over its
 *   members: an update recomputes only the log-depth path, summing in the same
 *   order as a full pass, so incremental results equal `rollup` of the edited
 *   set bit for bit.
 * - The input set is never mutated; the scorer keeps its own weights, measures
 *   and list of check-ins (the check-in objects themselves are the set's: change
 *   them through the scorer's edits, not in place). Cards hold their own copy of
 *   a checklist's value.
 *
 * @param input - a structurally valid OKR set (as returned by `parseOkrSet`), or a
 *   {@link CompiledOkrSet} from `compile` to share one index with other calls.
 * @param options - `asOf` (required), `scale`, `statusPolicy`, `includeChildren`, `pending`, `clamp`.
 * @returns a {@link Scorer}.
 * @throws {@link SokrError} naming the path when scoring is impossible: a missing
 *   or invalid `asOf` or option, duplicate key result or objective ids, a key
 *   result of an unknown objective, an objective of an unknown cycle, a negative
 *   or non-finite weight, a check-in of an unknown key result or with an invalid
 *   date, a current check-in value that does not fit its measure.
 *
 * @example
 * ```ts
 * import { createScorer } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const scorer = createScorer(set, { asOf: '2026-02-15' });
 * const changed = scorer.applyCheckIn({ id: 'c42', keyResultId: 'kr1', at: '2026-02-14', value: 70 });
 * console.log(changed, scorer.snapshot().company.score);
 * ```
 */
export function createScorer(input: OkrSet | CompiledOkrSet, options: RollupOptions): Scorer {
  return readingSet('createScorer', () => buildScorer(input, options, true));
}

/**
 * The scorer behind `createScorer` and `rollup`. A read-only scorer (`editable`
 * false: rollup, the reports) shares the graph's scoring index and builds no
 * check-in lookup for edits; its edit methods must not be called. Internal.
 */
export function buildScorer(
  input: OkrSet | CompiledOkrSet,
  options: RollupOptions,
  editable: boolean,
): Scorer {
  const opts = resolveScorerOptions(options);
  const graph = graphOf(input);
  // A plain set without what a score needs is refused, not scored as nothing (a compiled one was checked).
  if (!isCompiledOkrSet(input)) scorableSet(graph.set, editable ? 'createScorer' : 'rollup');
  // A calendar-day or wall-clock asOf is read in the set's zone, as the set's own dates are.
  if (graph.timeZone !== DEFAULT_TIME_ZONE && typeof opts.asOf === 'string') {
    opts.asOfMs = zonedAsOf(opts.asOf, graph.timeZone) ?? opts.asOfMs;
  }
  // Read-only scorers share the graph's index. An editable scorer over a compiled set
  // shares it too, with its own copy of what edits change (weights, measures, the
  // cascade's breaks and order); over a plain set the graph is its own, so is the index.
  const index = !editable
    ? sharedScoringIndex(graph, opts.includeChildren)
    : isCompiledOkrSet(input)
      ? editableCopy(sharedScoringIndex(graph, opts.includeChildren))
      : buildScoringIndex(graph, opts.includeChildren);
  const scope = resolveScope(graph, index, opts.scope, opts.asOfMs);
  const st = createScorerState(opts, graph, index, scope, editable && !isCompiledOkrSet(input));
  computeWindowFacts(st);
  computeShapes(st);
  initCurrentCheckIns(st);
  scoreAll(st);
  if (editable) st.homeOf = checkInPositions(graph);
  return scorerOf(st);
}

/**
 * A scoring index that shares everything with `shared` except what a scorer's
 * edits write: key-result and objective weights, measures and derived flags
 * (`setKeyResultWeight`, `setObjectiveWeight`, `setMeasure`), and the broken
 * loop edges (`orderCascade` fills them in place; it assigns a new `order`).
 * Copying these typed arrays costs a few milliseconds at 1M key results, where
 * building the index costs about two seconds.
 */
function editableCopy(shared: ScoringIndex): ScoringIndex {
  return {
    ...shared,
    krWeight: shared.krWeight.slice(),
    objWeight: shared.objWeight.slice(),
    krMeasure: shared.krMeasure.slice(),
    krDerived: shared.krDerived.slice(),
    objBroken: shared.objBroken.slice(),
  };
}

/** The public face of a scorer's state: the snapshot, the lookups and the edit methods. */
function scorerOf(st: ScorerState): Scorer {
  const { index, graph, nK, nO, krScore, krStatus, krStale, objScore, objExpected } = st;
  const { objStatus, objCounts, krLatest } = st;
  const { krIds, objIds, krOfId, objOfId, krWeight, objWeight, krMeasure, krDerived } = index;
  const { includeChildren, clampOption } = st.options;
  let ownerOf: Map<Id, number> | undefined;

  function invalidate(): void {
    st.cached = undefined;
  }

  function krIndexOf(id: Id): number {
    const k = krOfId.get(id);
    if (k === undefined)
      fail(['keyResultId'], 'dangling_reference', `Unknown key result ${showValue(id)}.`);
    return k;
  }

  return attachState(
    {
      snapshot: () => snapshot(st),
      rescore(): void {
        scoreAll(st);
        invalidate();
      },
      // The caller's own error (a getter or Proxy trap that throws) becomes not_json.
      applyCheckIn: (checkIn: CheckIn): Id[] =>
        guardedRead('applyCheckIn', () => applyCheckIn(st, checkIn)),
      setKeyResultWeight(id: Id, weight: number): Id[] {
        const k = krIndexOf(id);
        checkWeight(weight);
        krWeight[k] = weight;
        const changed: Id[] = [];
        propagate(st, -k - 1, true, false, changed);
        invalidate();
        return changed;
      },
      setObjectiveWeight(id: Id, weight: number): Id[] {
        const o = objOfId.get(id);
        if (o === undefined)
          fail(['objectiveId'], 'dangling_reference', `Unknown objective ${showValue(id)}.`);
        checkWeight(weight);
        objWeight[o] = weight;
        const changed: Id[] = [];
        propagate(st, o, true, false, changed);
        invalidate();
        return changed;
      },
      setMeasure(id: Id, measure: Measure): Id[] {
        return guardedRead('setMeasure', () => {
          const k = krIndexOf(id);
          const problem = measureIssue(measure);
          if (problem !== undefined)
            fail(['measure', ...problem.path], problem.code, problem.message);
          const shape = measureShapeIssues(measure as unknown as Record<string, unknown>);
          if (shape.length > 0)
            throw new SokrError(
              shape.map((issue) => ({ ...issue, path: ['measure', ...issue.path] })),
            );
          const derived = measure.kind === 'derived' ? 1 : 0;
          const taken = listOf(st, k).items.length;
          if (derived === 1 && taken > 0) {
            fail(
              ['measure', 'kind'],
              'value_mismatch',
              `A derived key result takes no check-ins, and this one has ${taken === 1 ? 'one' : taken}: remove them first, as parseOkrSet and updateKeyResult require.`,
            );
          }
          const ci = krLatest[k];
          if (derived === 0 && ci !== undefined) {
            try {
              checkValueFits(measure, ci.value, clampOption);
            } catch (error) {
              throw rebase(error, checkInPath(st, ci));
            }
          }
          const resolved = baselineOf(st, k, measure);
          invalidate();
          st.krResolved[k] = resolved;
          if (derived === krDerived[k]) {
            krMeasure[k] = measure;
            reshape(st, k);
            setLatest(st, k, ci);
            const changed: Id[] = [];
            // A plan's expected progress follows the measure: rescore up even if the score holds.
            const planned = st.keyResults[k]!.plan !== undefined;
            propagate(st, -k - 1, planned, planned, changed);
            return changed;
          }
          // Turning to or from derived changes the cascade: reorder, rescore, diff.
          const before = {
            krScore: krScore.slice(),
            krStatus: krStatus.slice(),
            krStale: krStale.slice(),
            objScore: objScore.slice(),
            objExpected: objExpected.slice(),
            objStatus: objStatus.slice(),
            objCounts: objCounts.slice(),
          };
          krMeasure[k] = measure;
          krDerived[k] = derived;
          reshape(st, k);
          setLatest(st, k, ci);
          orderCascade(index, includeChildren);
          scoreAll(st);
          const changed: Id[] = [];
          for (let j = 0; j < nK; j++) {
            if (
              j === k ||
              !Object.is(before.krScore[j], krScore[j]) ||
              before.krStatus[j] !== krStatus[j] ||
              before.krStale[j] !== krStale[j]
            ) {
              changed.push(krIds[j]!);
            }
          }
          for (let o = 0; o < nO; o++) {
            let diff =
              !Object.is(before.objScore[o], objScore[o]) ||
              !Object.is(before.objExpected[o], objExpected[o]) ||
              before.objStatus[o] !== objStatus[o];
            for (let s = 0; s < NS && !diff; s++)
              diff = before.objCounts[o * NS + s] !== objCounts[o * NS + s];
            if (diff) changed.push(objIds[o]!);
          }
          return changed;
        });
      },
      keyResult(id: Id): KeyResultCard | undefined {
        const k = krOfId.get(id);
        return k === undefined ? undefined : keyResultCard(st, k);
      },
      objective(id: Id): ObjectiveCard | undefined {
        const o = objOfId.get(id);
        return o === undefined ? undefined : objectiveCard(st, o);
      },
      objectiveScore(id: Id): number | null | undefined {
        const o = objOfId.get(id);
        if (o === undefined) return undefined;
        const score = objScore[o]!;
        return Number.isNaN(score) ? null : score;
      },
      objectiveScores: () => objScore.slice(),
      keyResultScores: () => krScore.slice(),
      company: () => companyAggregate(st),
      unit(id: Id): UnitAggregate | undefined {
        const u = graph.unitOf.get(id);
        return u === undefined || index.unitLive[u] === 0 ? undefined : unitAggregateAt(st, u);
      },
      pillar(id: Id): Aggregate | undefined {
        const p = graph.pillarOf.get(id);
        return p === undefined ? undefined : groupAggregateAt(st, index.pillarGroup0 + p);
      },
      cycle(id: Id): Aggregate | undefined {
        const c = graph.cycleOf.get(id);
        return c === undefined ? undefined : groupAggregateAt(st, index.cycleGroup0 + c);
      },
      owner(id: Id): Aggregate | undefined {
        ownerOf ??= new Map(index.ownerIds.map((owner, w) => [owner, w]));
        const w = ownerOf.get(id);
        return w === undefined ? undefined : groupAggregateAt(st, index.ownerGroup0 + w);
      },
    },
    st,
  );
}

function checkWeight(weight: number): void {
  const problem = weightIssue(weight);
  if (problem !== undefined) throw new SokrError([{ path: ['weight'], ...problem }]);
}
