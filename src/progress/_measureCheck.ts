// Private to the progress layer: the check of a measure that the public scoring
// functions make before they score it (the kernels the rollup calls per key
// result trust their measure, as parsed, and make none). Written small: it is
// part of the 3.5 kB scoring bundle.
import type { Path } from '../model/issue.js';
import type { Measure } from '../model/types.js';
import { expectEntries, finite, refuse } from './_arguments.js';
import { unknownKind } from './measureProgress.js';

/** Where the functions given a key result name its measure. */
export const KR_MEASURE: Path = ['keyResult', 'measure'];

/** What a number field must be; a field that is not one is `invalid_type`, any other `invalid_value`. */
const NUMBER = 'a finite number';

/**
 * Throws a `SokrError` at `at` + the field (`['measure', 'mode']`) unless the
 * measure (an object) can be scored, by the rules `parseOkrSet` applies to
 * what scoring reads:
 *
 * - a known kind (`invalid_value` at `kind`; the message names the kinds);
 * - `invalid_type` for a number field that is missing or not a finite number
 *   (`'10'` included): a metric's `start` (or `null`) and `target`, a
 *   threshold's `value`, a range's `min` and `max`;
 * - `invalid_value` for a threshold `mode` other than `'atLeast'`/`'atMost'`,
 *   a metric `direction` other than `'increase'`/`'decrease'` (when given),
 *   a range whose `max` is below its `min` (at `max`);
 * - `invalid_type` for a checklist's `items` that are not a list (at
 *   `items`) or an item without a string `id` (at `['items', i]`,
 *   `['items', i, 'id']`), a metric's `checkpoints` that are not a list (at
 *   `checkpoints`), an entry that is not an object (at `['checkpoints', i]`)
 *   or without a finite `value` or `score` (at
 *   `['checkpoints', i, 'value' | 'score']`).
 *
 * The order of checkpoints (inside start … target, strictly ordered, scores
 * that never decrease) and what scoring does not read (unknown fields,
 * `unit`, item titles) are the parser's to report. Linear in the number of
 * items and checkpoints; allocates nothing on a valid measure.
 */
export function checkMeasure(measure: Measure, at: Path): void {
  const m = measure as unknown as Record<string, unknown>;
  const kind = m['kind'];
  const need = (ok: boolean, key: string, expected = NUMBER): void => {
    if (!ok)
      refuse(
        [...at, key],
        expected === NUMBER ? 'invalid_type' : 'invalid_value',
        expected,
        m[key],
      );
  };
  if (kind === 'metric') {
    const { start, direction, checkpoints } = m;
    need(start === null || finite(start), 'start');
    need(finite(m['target']), 'target');
    need(
      direction === undefined || direction === 'increase' || direction === 'decrease',
      'direction',
      '"increase" or "decrease"',
    );
    if (checkpoints !== undefined)
      expectEntries(checkpoints, [...at, 'checkpoints'], ['value', 'score']);
  } else if (kind === 'threshold') {
    need(finite(m['value']), 'value');
    need(m['mode'] === 'atLeast' || m['mode'] === 'atMost', 'mode', '"atLeast" or "atMost"');
  } else if (kind === 'range') {
    const { min, max } = m;
    need(finite(min), 'min');
    need(finite(max), 'max');
    need((min as number) <= (max as number), 'max', `at least its min (${min})`);
  } else if (kind === 'checklist')
    expectEntries(m['items'], [...at, 'items'], ['id'], (id) => typeof id === 'string', 'a string');
  else if (kind !== 'milestone' && kind !== 'derived') throw unknownKind([...at, 'kind'], kind);
}
