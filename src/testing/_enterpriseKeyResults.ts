/**
 * Private to `generateEnterprise`: one key result of the synthetic
 * organisation — its measure (mostly metrics, every kind represented), its
 * weekly check-ins with plausible values and confidences around a per-key-result
 * pace, and now and then an initiative or a risk. Every choice is drawn from
 * the shared seeded stream, in a fixed order.
 *
 * @module
 */
import type {
  CheckIn,
  CheckInValue,
  Initiative,
  InitiativeState,
  KeyResult,
  Measure,
  Risk,
  RiskLevel,
} from '../model/types.js';
import type { Quarter } from './_enterpriseCalendar.js';
import type { SeededRandom } from './_enterpriseRandom.js';
import {
  CHECK_NOTES_BLOCKED,
  CHECK_NOTES_MOVED,
  CHECKLIST_IDS,
  INITIATIVE_STATES,
  INITIATIVE_TITLES,
  METRICS_DOWN,
  METRICS_UP,
  RISK_LEVELS,
} from './_enterpriseVocabulary.js';

/** What the key results are written into, with the random stream they draw from. */
export interface KeyResultOutput extends SeededRandom {
  /** Weekly check-ins per (non-derived) key result. */
  checkInsPerKeyResult: number;
  keyResults: KeyResult[];
  /** Pre-sized: one slot per check-in of the set. */
  checkIns: CheckIn[];
  initiatives: Initiative[];
  risks: Risk[];
  /** The index in `checkIns` of the next check-in, and its id's number. */
  nextCheckIn: number;
}

/**
 * The kind of measure: 0 metric up, 1 metric down, 2 threshold, 3 range,
 * 4 milestone, 5 checklist; -1 derived.
 */
type MeasureKind = -1 | 0 | 1 | 2 | 3 | 4 | 5;

/**
 * Generates key result `k` with its check-ins, initiative and risk (a derived
 * key result has none of these).
 *
 * @param out - Where to write, and the random stream.
 * @param k - The key result's index in `out.keyResults`.
 * @param krId - Its id.
 * @param objectiveId - Its objective's id.
 * @param ownerId - Its owner, also the author of its check-ins and the owner of its initiative.
 * @param derived - True for the key result derived from the child units' objectives.
 * @param quarter - The objective's quarter.
 */
export function addKeyResult(
  out: KeyResultOutput,
  k: number,
  krId: string,
  objectiveId: string,
  ownerId: string,
  derived: boolean,
  quarter: Quarter,
): void {
  const { rand, pick } = out;
  const r = rand();
  const kind: MeasureKind = derived
    ? -1
    : r < 0.34
      ? 0
      : r < 0.62
        ? 1
        : r < 0.72
          ? 2
          : r < 0.8
            ? 3
            : r < 0.9
              ? 4
              : 5;
  const [measure, title] = measureOf(kind, out);
  const keyResult: KeyResult = {
    id: krId,
    objectiveId,
    title,
    ownerId,
    measure,
    confidence: 5 + pick(4),
  };
  if (kind === 4) keyResult.due = quarter.due;
  out.keyResults[k] = keyResult;
  if (derived) return;

  addCheckIns(out, kind, measure, krId, ownerId, quarter);

  if (rand() < 0.25) {
    out.initiatives.push({
      id: `i${out.initiatives.length}`,
      keyResultId: krId,
      title: INITIATIVE_TITLES[pick(INITIATIVE_TITLES.length)] as string,
      ownerId,
      state: INITIATIVE_STATES[pick(3)] as InitiativeState,
      due: quarter.end,
    });
  }
  if (rand() < 0.02) {
    out.risks.push({
      id: `r${out.risks.length}`,
      keyResultId: krId,
      title: 'Key dependency may slip',
      likelihood: RISK_LEVELS[pick(3)] as RiskLevel,
      impact: RISK_LEVELS[pick(3)] as RiskLevel,
      mitigation: 'Weekly sync with the other team',
    });
  }
}

/** The measure of a kind, with the key result's title. */
function measureOf(kind: MeasureKind, { rand, pick }: SeededRandom): [Measure, string] {
  switch (kind) {
    case -1:
      return [{ kind: 'derived' }, 'Child teams deliver their objectives'];
    case 0: {
      const m = METRICS_UP[pick(METRICS_UP.length)] as (typeof METRICS_UP)[number];
      return [{ kind: 'metric', start: m[1], target: m[2], unit: m[3] }, m[0]];
    }
    case 1: {
      const m = METRICS_DOWN[pick(METRICS_DOWN.length)] as (typeof METRICS_DOWN)[number];
      return [{ kind: 'metric', start: m[1], target: m[2], unit: m[3] }, m[0]];
    }
    case 2:
      if (rand() < 0.5) {
        return [
          { kind: 'threshold', mode: 'atLeast', value: 99.5, unit: '%' },
          'Keep uptime at or above 99.5%',
        ];
      }
      return [
        { kind: 'threshold', mode: 'atMost', value: 5, unit: 'incidents' },
        'Keep customer-facing incidents at 5 or fewer',
      ];
    case 3:
      return [
        { kind: 'range', min: 35, max: 45, unit: '%' },
        'Keep gross margin between 35% and 45%',
      ];
    case 4:
      return [{ kind: 'milestone' }, 'Launch the new release to general availability'];
    default: {
      const n = 3 + pick(3);
      const items = new Array(n);
      for (let x = 0; x < n; x++) {
        items[x] = { id: CHECKLIST_IDS[x] as string, title: `Step ${x + 1}` };
      }
      return [{ kind: 'checklist', items }, 'Complete the rollout checklist'];
    }
  }
}

/** The weekly check-ins of a key result: a per-KR pace p (0.3–1.2 of the plan) plus noise. */
function addCheckIns(
  out: KeyResultOutput,
  kind: MeasureKind,
  measure: Measure,
  krId: string,
  ownerId: string,
  quarter: Quarter,
): void {
  const { rand, pick } = out;
  const C = out.checkInsPerKeyResult;
  const at = quarter.checkInDays;
  const frac = quarter.checkInFrac;
  const pace = 0.3 + rand() * 0.9;
  let confidence = Math.min(10, Math.max(1, Math.round(pace * 8 + rand() * 2)));
  for (let w = 0; w < C; w++) {
    const f = (frac[w] as number) * pace + (rand() - 0.5) * 0.06;
    let value: CheckInValue;
    switch (kind) {
      case 0:
      case 1: {
        const m = measure as { start: number; target: number };
        value = Math.round((m.start + (m.target - m.start) * f) * 10) / 10;
        break;
      }
      case 2: {
        const held = rand() < 0.55 + pace * 0.4;
        const t = measure as { mode: 'atLeast' | 'atMost'; value: number };
        value =
          t.mode === 'atLeast'
            ? held
              ? 99.6 + Math.round(rand() * 3) / 10
              : 99.1 + Math.round(rand() * 3) / 10
            : held
              ? pick(6)
              : 6 + pick(4);
        break;
      }
      case 3:
        value = rand() < 0.55 + pace * 0.4 ? 36 + pick(9) : 30 + pick(4);
        break;
      case 4:
        value = w === C - 1 && pace > 0.85;
        break;
      default: {
        const items = (measure as { items: unknown[] }).items.length;
        const done = Math.max(0, Math.min(items, Math.floor(items * f)));
        const ids: string[] = new Array(done);
        for (let x = 0; x < done; x++) ids[x] = CHECKLIST_IDS[x] as string;
        value = ids;
      }
    }
    if (rand() < 0.3) confidence = Math.min(10, Math.max(0, confidence + pick(3) - 1));
    const ci = out.nextCheckIn++;
    const checkIn: CheckIn = {
      id: `c${ci}`,
      keyResultId: krId,
      at: at[w] as string,
      value,
      confidence,
      authorId: ownerId,
    };
    const note = rand();
    if (note < 0.1) checkIn.moved = CHECK_NOTES_MOVED[pick(CHECK_NOTES_MOVED.length)] as string;
    else if (note < 0.14)
      checkIn.blocked = CHECK_NOTES_BLOCKED[pick(CHECK_NOTES_BLOCKED.length)] as string;
    out.checkIns[ci] = checkIn;
  }
}
