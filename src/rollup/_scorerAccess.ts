// Private to sokr: the state behind a scorer, for the analysis layer
// (contributions, what-if), kept under a symbol no caller sees.
import { SokrError } from '../model/SokrError.js';
import type { ScorerState } from './_scorerState.js';
import type { Scorer } from './types.js';

// A plain (non-enumerable) key, not a Symbol(): a top-level call would stay in every bundle.
const STATE = '__sokrScorerState';

/** Attaches a scorer's state to its public face (not enumerable). */
export function attachState(scorer: Scorer, st: ScorerState): Scorer {
  Object.defineProperty(scorer, STATE, { value: st });
  return scorer;
}

/** The state of a scorer from `createScorer`; a SokrError at `path` for anything else. */
export function stateOf(
  scorer: unknown,
  path: readonly (string | number)[] = ['scorer'],
): ScorerState {
  const st =
    scorer !== null && typeof scorer === 'object'
      ? (scorer as Record<string, ScorerState | undefined>)[STATE]
      : undefined;
  if (st === undefined) {
    throw new SokrError([
      { path: [...path], code: 'invalid_type', message: 'Expected a scorer from createScorer.' },
    ]);
  }
  return st;
}
