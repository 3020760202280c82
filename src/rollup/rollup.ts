import { type CompiledOkrSet, readingSet } from '../core/compile.js';
import type { OkrSet } from '../model/types.js';
import { buildScorer } from './createScorer.js';
import type { RollupOptions, Scorecard } from './types.js';

/**
 * Rolls progress up from key results to objectives, units, pillars, owners,
 * cycles and the company at `asOf`: the whole scorecard in one linear pass.
 *
 * - Key result score: progress of the latest check-in at or before `asOf`
 *   (0 and `pending` without one); a `derived` key result takes the weighted
 *   score of the objectives whose `parent` is it.
 * - Objective score: weighted mean of its key result scores (weights ≥ 0,
 *   default 1, proportional), plus its child objectives when
 *   `includeChildren`; `null` with an `explanation` when nothing carries weight.
 * - Aggregates: weighted mean (objective weights) of the objective scores of
 *   the group, objectives without a score skipped; owners: weighted mean (key
 *   result weights) of their key results.
 *
 * A thin wrapper over {@link createScorer}: `createScorer(set, options).snapshot()`.
 *
 * @param set - a structurally valid OKR set (as returned by `parseOkrSet`), or a
 *   {@link CompiledOkrSet} from `compile` (shares one index with other calls).
 * @param options - `asOf` (required), `scale`, `statusPolicy`, `includeChildren`, `pending`, `clamp`.
 * @returns the {@link Scorecard}: plain JSON keyed by id.
 * @throws {@link SokrError} when scoring is impossible (see {@link createScorer}).
 *
 * @example
 * ```ts
 * import { rollup } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const card = rollup(set, { asOf: '2026-02-15', pending: 'exclude' });
 * console.log(card.company.score, card.objectives['o1']?.status);
 * ```
 */
export function rollup(set: OkrSet | CompiledOkrSet, options: RollupOptions): Scorecard {
  return readingSet('rollup', () => buildScorer(set, options, false).snapshot());
}
