// Private to the rollup layer: statuses as small integer codes, and the
// objective status memo keyed by the counts of each status.
import { objectiveStatus } from '../progress/objectiveStatus.js';
import type { KeyResultStatus } from '../progress/statusPolicy.js';

/** Status names by code. */
export const STATUS_NAMES: readonly KeyResultStatus[] = [
  'pending',
  'on-track',
  'at-risk',
  'off-track',
  'achieved',
  'missed',
];
/** The code of `pending`. */
export const PENDING = 0;
/** Number of statuses. */
export const NS = 6;

/** The code of a status. */
export function statusCode(status: KeyResultStatus): number {
  switch (status) {
    case 'pending':
      return 0;
    case 'on-track':
      return 1;
    case 'at-risk':
      return 2;
    case 'off-track':
      return 3;
    case 'achieved':
      return 4;
    default:
      return 5;
  }
}

/**
 * objectiveStatus depends only on how many items are in each status: a memo
 * keyed by the counts in `tally`.
 */
export interface TallyMemo {
  /** Items in each status (filled by the caller). */
  readonly tally: Int32Array;
  /** Counts below 8 pack into 18 bits: a flat table (0 = not yet known, else code + 1). */
  readonly memo: Uint8Array;
  /** The status list handed to objectiveStatus on a miss. */
  readonly scratch: KeyResultStatus[];
}

export function createTallyMemo(): TallyMemo {
  return { tally: new Int32Array(NS), memo: new Uint8Array(1 << 18), scratch: [] };
}

/** The objective status code of the counts in `m.tally`. */
export function statusOfTally(m: TallyMemo): number {
  const tally = m.tally;
  const statusMemo = m.memo;
  let key = 0;
  let small = true;
  for (let s = NS - 1; s >= 0; s--) {
    const c = tally[s]!;
    if (c >= 8) small = false;
    key = (key << 3) | c;
  }
  if (small) {
    const hit = statusMemo[key]!;
    if (hit !== 0) return hit - 1;
  }
  const scratch = m.scratch;
  scratch.length = 0;
  for (let s = 0; s < NS; s++) for (let i = 0; i < tally[s]!; i++) scratch.push(STATUS_NAMES[s]!);
  const code = statusCode(objectiveStatus(scratch));
  if (small) statusMemo[key] = code + 1;
  return code;
}
