import { analysisScope } from './_options.js';
import type { OkrRef } from '../model/types.js';
import { STATUS_NAMES } from '../rollup/_statusCodes.js';
import { stateOf } from '../rollup/_scorerAccess.js';
import type { ScorerState } from '../rollup/_scorerState.js';
import type { KeyResultStatus } from '../progress/statusPolicy.js';
import type { Scorer } from '../rollup/types.js';
import { flowOf } from './_flow.js';
import type { AnalysisOptions, DependencyConcern, DependencyImpact } from './types.js';
import { guardedRead } from '../model/readingSet.js';

/** The status and position of one side of a dependency. */
function side(
  st: ScorerState,
  ref: OkrRef,
): { kind: 'o' | 'k'; at: number; status: KeyResultStatus } | undefined {
  const index = st.index;
  if (ref !== null && typeof ref === 'object' && 'keyResultId' in ref) {
    const k = index.krOfId.get(ref.keyResultId);
    return k === undefined
      ? undefined
      : { kind: 'k', at: k, status: STATUS_NAMES[st.krStatus[k]!]! };
  }
  const o =
    ref !== null && typeof ref === 'object' && 'objectiveId' in ref
      ? index.objOfId.get(ref.objectiveId)
      : undefined;
  return o === undefined
    ? undefined
    : { kind: 'o', at: o, status: STATUS_NAMES[st.objStatus[o]!]! };
}

/**
 * The dependencies that need attention — proposed (`not-accepted`),
 * `declined`, or accepted but `blocked` because what they depend on is off
 * track or missed — ranked by how much of the score depends on them: the
 * effective weight of their `from` side in the scope's score (see
 * {@link contributions}), largest first; `atStake` is the part of that weight
 * not yet scored.
 *
 * @param scorer - a scorer from `createScorer` (its set's `dependencies` are read).
 * @param options - `{ scope }` (`'company'` by default).
 * @returns the dependencies, by weight (descending), then id.
 * @throws {@link SokrError} as {@link contributions}.
 *
 * @example
 * ```ts
 * import { createScorer, dependencyImpact } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * for (const d of dependencyImpact(createScorer(set, { asOf: '2026-02-15' })))
 *   console.log(d.dependencyId, d.reason, d.weight.toFixed(2));
 * ```
 */
export function dependencyImpact(scorer: Scorer, options?: AnalysisOptions): DependencyImpact[] {
  return guardedRead('dependencyImpact', () => {
    const st = stateOf(scorer);
    const flow = flowOf(st, analysisScope(options, 'dependencyImpact'));
    const out: DependencyImpact[] = [];
    for (const dep of st.graph.set.dependencies ?? []) {
      if (dep === null || typeof dep !== 'object') continue;
      const on = side(st, dep.on);
      let reason: DependencyConcern | undefined;
      if (dep.state === 'declined') reason = 'declined';
      else if (dep.state === 'accepted') {
        if (on !== undefined && (on.status === 'off-track' || on.status === 'missed'))
          reason = 'blocked';
      } else reason = 'not-accepted';
      if (reason === undefined) continue;
      const from = side(st, dep.from);
      let weight = 0;
      let score = 0;
      if (from !== undefined) {
        weight = from.kind === 'k' ? flow.keyResult[from.at]! : flow.objective[from.at]!;
        const s = from.kind === 'k' ? st.krScore[from.at]! : st.objScore[from.at]!;
        score = Number.isNaN(s) ? 0 : s;
      }
      out.push({
        dependencyId: dep.id,
        state: dep.state,
        reason,
        from: dep.from,
        on: dep.on,
        onStatus: on === undefined ? null : on.status,
        weight,
        atStake: score < 1 ? weight * (1 - score) : 0,
      });
    }
    out.sort(
      (a, b) =>
        b.weight - a.weight ||
        (a.dependencyId < b.dependencyId ? -1 : a.dependencyId > b.dependencyId ? 1 : 0),
    );
    return out;
  });
}
