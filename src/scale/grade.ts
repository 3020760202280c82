import { bandsOf, checkScore } from './_fail.js';
import { googleScale } from './presets.js';
import type { Band, Scale } from './Scale.js';
import { SCORE_EPSILON } from './scoreEpsilon.js';

/**
 * The band a score falls in: the last band whose `min` ≤ score (within
 * {@link SCORE_EPSILON}, so a boundary belongs to the higher band). Scores
 * above 1 grade in the top band, below 0 in the bottom band.
 *
 * @param score - a score on 0–1 (unclamped scores allowed).
 * @param scale - the scale; `googleScale` when absent.
 * @returns the band object of the scale (not a copy).
 * @throws {@link SokrError} `invalid_value` at `['score']` when the score is
 *   not a finite number; `invalid_type` at `['scale', 'bands']` for a scale
 *   without bands, `invalid_value` at `['scale', 'bands', i, 'min']` for a
 *   band whose `min` is not finite or not above the previous band's.
 *
 * @example
 * ```ts
 * import { grade, zonesScale } from 'sokr';
 * grade(0.29, zonesScale).id; // 'fail'
 * grade(0.3, zonesScale).id; // 'commit'
 * grade(0.7).label; // 'Green' (google scale)
 * ```
 */
export function grade(score: number, scale: Scale = googleScale): Band {
  checkScore(score);
  const bands = bandsOf(scale);
  let band = bands[0]!;
  const s = score + SCORE_EPSILON;
  for (let i = 1; i < bands.length; i++) {
    const next = bands[i]!;
    if (s >= next.min) band = next;
    else break;
  }
  return band;
}
