// docs/guides/embedding.md: sokr's scoring inside an existing dashboard.
// Your rows in, plain view models out; a test runs every function here.
import {
  type CheckIn,
  createScorer,
  type Cycle,
  formatScore,
  grade,
  type KeyResult,
  type OkrSet,
  parseOkrSet,
  progressBarSvg,
  scoreKeyResult,
  type Scorer,
  zonesScale,
} from 'sokr';

/** What a dashboard tile shows for one objective. */
export interface ObjectiveTile {
  id: string;
  title: string;
  score: string;
  band: string;
  color: string;
  status: string;
  /** An accessible inline SVG progress bar with the expected-progress marker. */
  bar: string;
}

/**
 * 1. Validate once at the edge: rows from your database (or API) become an
 * OKR set; bad rows come back as issues with paths instead of NaN on screen.
 */
export function loadSet(rows: unknown): OkrSet {
  const result = parseOkrSet(rows);
  if (!result.ok)
    throw new Error(`${result.issues.length} issues, first: ${result.issues[0]?.message}`);
  return result.value;
}

/**
 * 2. A live scorer: built once (one linear pass), then each check-in rescores
 * only the path from its key result to the company.
 */
export function liveScorer(set: OkrSet, asOf: string): Scorer {
  return createScorer(set, { asOf, scale: zonesScale });
}

/** 3. View models for the objectives of one unit, from the scorer's scorecard. */
export function objectiveTiles(
  set: OkrSet,
  scorer: Scorer,
  unitId: string,
  cycleId: string,
): ObjectiveTile[] {
  const card = scorer.snapshot();
  return set.objectives
    .filter((o) => o.unitId === unitId && o.cycleId === cycleId)
    .map((o) => {
      const c = card.objectives[o.id]!;
      const score = c.score ?? 0;
      const band = grade(score, zonesScale); // one scale for the whole company
      return {
        id: o.id,
        title: o.title,
        score: c.score === null ? '—' : formatScore(score, zonesScale),
        band: band.label,
        color: band.color,
        status: c.status,
        bar: progressBarSvg({ score, expected: c.expected ?? 0, band, label: o.title }),
      };
    });
}

/**
 * 4. A single key-result card with the scoring functions alone (no zod, no
 * immer in your bundle): for a widget that has one KR and its check-ins.
 */
export function keyResultBadge(
  kr: KeyResult,
  cycle: Cycle,
  checkIns: readonly CheckIn[],
  asOf: string,
): string {
  const s = scoreKeyResult(kr, cycle, checkIns, { asOf });
  const band = grade(s.score, zonesScale);
  return `${kr.title}: ${formatScore(s.score, zonesScale)} (${band.label}, ${s.status}${s.stale ? ', stale' : ''})`;
}
