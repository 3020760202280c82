import { SokrError } from '../model/SokrError.js';
import type { CheckIn, Id } from '../model/types.js';
import { checkValueFits } from '../progress/resolveBaseline.js';
import { setLatest } from '../rollup/_currentCheckIns.js';
import { propagate } from '../rollup/_propagate.js';
import { stateOf } from '../rollup/_scorerAccess.js';
import { snapshot } from '../rollup/_scorecard.js';
import type { ScorerState } from '../rollup/_scorerState.js';
import type { Aggregate, Scorer } from '../rollup/types.js';
import type { ScoreDelta, WhatIfChange, WhatIfResult } from './types.js';
import { guardedRead } from '../model/readingSet.js';

/** A copy of a scorer's state that edits cannot reach back from (arrays and maps copied). */
function fork(st: ScorerState): ScorerState {
  const copy: Record<string, unknown> = { ...st };
  for (const [key, value] of Object.entries(copy)) {
    if (ArrayBuffer.isView(value)) copy[key] = (value as unknown as Float64Array).slice();
    else if (Array.isArray(value)) copy[key] = value.slice();
  }
  copy['lists'] = new Map();
  copy['placeOf'] = new Map();
  copy['cached'] = undefined;
  return copy as unknown as ScorerState;
}

function delta(before: number | null, after: number | null): ScoreDelta {
  return { before, after, delta: before === null || after === null ? null : after - before };
}

function moved(before: number | null, after: number | null): boolean {
  return !Object.is(before, after);
}

function compare<T>(
  before: Record<Id, T>,
  after: Record<Id, T>,
  score: (x: T) => number | null,
): Record<Id, ScoreDelta> {
  const out: Record<Id, ScoreDelta> = {};
  for (const id of Object.keys(before)) {
    const b = score(before[id]!);
    const a = score(after[id]!);
    if (moved(b, a))
      Object.defineProperty(out, id, {
        value: delta(b, a),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/**
 * The score changes of key results, objectives, units (subtrees), pillars,
 * cycles and the company if some key results reached the given values at the
 * scorer's `asOf` — computed on a copy, so the scorer does not change. Each
 * change counts as a new current check-in of its key result; later changes
 * of the same key result win. Only scores that move are listed (the company
 * always is).
 *
 * @param scorer - a scorer from `createScorer`.
 * @param changes - `[{ keyResultId, value }]`.
 * @returns the deltas, `{ before, after, delta }` each.
 * @throws {@link SokrError} naming the change: `dangling_reference` at
 *   `['changes', i, 'keyResultId']`, `invalid_value` for a derived key
 *   result (its score comes from its children), `value_mismatch` at
 *   `['changes', i, 'value']` for a value that does not fit the measure;
 *   `invalid_type` for a non-list or a non-scorer.
 *
 * @example
 * ```ts
 * import { createScorer, whatIf } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const scorer = createScorer(set, { asOf: '2026-02-15' });
 * whatIf(scorer, [{ keyResultId: 'kr1', value: 100 }]).company.delta; // e.g. 0.05
 * ```
 */
export function whatIf(scorer: Scorer, changes: readonly WhatIfChange[]): WhatIfResult {
  return guardedRead('whatIf', () => {
    const st = stateOf(scorer);
    if (!Array.isArray(changes)) {
      throw new SokrError([
        {
          path: ['changes'],
          code: 'invalid_type',
          message: 'changes are a list of { keyResultId, value }.',
        },
      ]);
    }
    const { krOfId, krDerived, krMeasure } = st.index;
    const at = new Date(st.options.asOfMs).toISOString();
    const planned: { k: number; checkIn: CheckIn }[] = [];
    for (let i = 0; i < changes.length; i++) {
      const change = changes[i];
      const id = change?.keyResultId;
      const k = typeof id === 'string' ? krOfId.get(id) : undefined;
      if (k === undefined) {
        throw new SokrError([
          {
            path: ['changes', i, 'keyResultId'],
            code: 'dangling_reference',
            message: `Unknown key result ${JSON.stringify(String(id))}.`,
          },
        ]);
      }
      if (krDerived[k] === 1) {
        throw new SokrError([
          {
            path: ['changes', i, 'keyResultId'],
            code: 'invalid_value',
            message: `Key result "${id}" is derived: its score comes from its child objectives.`,
          },
        ]);
      }
      try {
        checkValueFits(krMeasure[k]!, change!.value, st.options.clampOption);
      } catch (error) {
        if (error instanceof SokrError) {
          throw new SokrError(error.issues.map((x) => ({ ...x, path: ['changes', i, ...x.path] })));
        }
        throw error;
      }
      planned.push({
        k,
        checkIn: { id: '\u0000what-if', keyResultId: id as string, at, value: change!.value },
      });
    }
    const before = snapshot(st);
    const copy = fork(st);
    const changed: Id[] = [];
    for (const { k, checkIn } of planned) {
      setLatest(copy, k, checkIn);
      propagate(copy, -k - 1, false, true, changed);
    }
    const after = snapshot(copy);
    const aggregate = (x: Aggregate) => x.score;
    return {
      company: delta(before.company.score, after.company.score),
      keyResults: compare(before.keyResults, after.keyResults, (x) => x.score),
      objectives: compare(before.objectives, after.objectives, (x) => x.score),
      units: compare(before.units, after.units, (x) => x.subtree.score),
      pillars: compare(before.pillars, after.pillars, aggregate),
      cycles: compare(before.cycles, after.cycles, aggregate),
    };
  });
}
