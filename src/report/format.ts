/**
 * Private formatting helpers shared by the Markdown and HTML renderers.
 *
 * @module
 */
import type { KeyResultStatus } from '../progress/statusPolicy.js';
import { formatScore } from '../scale/formatScore.js';
import { grade } from '../scale/grade.js';
import type { Scale } from '../scale/Scale.js';
import type { DependencyAlertReason, Outlook, RetroPromptKind, WeeklyReport } from './types.js';

/** Report order of the statuses, worst first. */
export const STATUS_ORDER: readonly KeyResultStatus[] = [
  'missed',
  'off-track',
  'at-risk',
  'pending',
  'on-track',
  'achieved',
];

const STATUS_LABELS: Record<KeyResultStatus, string> = {
  pending: 'Pending',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  achieved: 'Achieved',
  missed: 'Missed',
};

// Dark enough for white text (WCAG AA ≥ 4.5:1).
const STATUS_COLORS: Record<KeyResultStatus, string> = {
  pending: '#4b5563',
  'on-track': '#166534',
  'at-risk': '#92400e',
  'off-track': '#b91c1c',
  achieved: '#1e40af',
  missed: '#6b21a8',
};

/** The text label of a status. */
export function statusLabel(status: KeyResultStatus): string {
  return STATUS_LABELS[status] ?? status;
}

/** The badge colour of a status. */
export function statusColor(status: KeyResultStatus): string {
  return STATUS_COLORS[status] ?? '#4b5563';
}

/**
 * A score formatted on the report's scale; `–` for a non-finite value. On a
 * percent scale a non-zero score never prints as `0%`: one decimal instead
 * (`0.3%` for 0.003), or `< 0.1%` closer to zero (when that stays in the
 * score's band; a decimal scale keeps its `0.0`).
 */
export function fmtScore(score: number, scale: Scale): string {
  if (!Number.isFinite(score)) return '–';
  const text = formatScore(score, scale);
  if (score === 0 || scale.format !== 'percent' || !/^-?0(?:\.0+)?%$/.test(text)) return text;
  const points = score * 100;
  // The printed number stays in the score's band (formatScore's promise); `< 0.1%` names no number.
  if (Math.abs(points) >= SMALLEST_POINTS) {
    const shown = Number(points.toFixed(1));
    if (shown === 0 || grade(shown / 100, scale) !== grade(score, scale)) return text;
  }
  return smallPercent(points, '-');
}

/**
 * The name of a review's value column: `Final value` once the cycle is over,
 * `Value so far` while it runs (a value that can still change is not final).
 */
export function valueHeading(review: { closed: boolean }): string {
  return review.closed ? 'Final value' : 'Value so far';
}

/**
 * What the weekly "at risk" list holds, in words: `at risk or off track`, or
 * `at risk, off track or missed` once a key result in it is missed (its
 * window over): a missed key result is listed there too, and is neither.
 */
export function atRiskWords(counts: { missed?: number }): string {
  return (counts.missed ?? 0) > 0 ? 'at risk, off track or missed' : 'at risk or off track';
}

/**
 * The scale a weekly page prints scores on: the report's format (decimal or
 * percent) with a single band, so a score rounds to its nearest step. During
 * a cycle the word beside a score is its status, not a grade, so rounding
 * toward a grade band the page does not show would make one score print
 * differently per scale (0.2875: `0.3` on google, `0.2` on zones). 1.0 stays
 * a boundary (`formatScore`): 0.98 prints `0.9`.
 */
export function statusScale(scale: Scale): Scale {
  return {
    id: scale.id,
    name: scale.name,
    format: scale.format,
    bands: [{ id: 'score', label: 'Score', color: '#4b5563', min: 0 }],
  };
}

/** Closer to zero than this many percentage points, a percentage prints as `< 0.1%`: finer digits say nothing. */
const SMALLEST_POINTS = 0.1;

/** A non-zero percentage that rounds to 0 at whole points: `0.3%`, or `< 0.1%` (`> −0.1%`) closer to zero. */
function smallPercent(points: number, minus: string): string {
  const abs = Math.abs(points);
  if (abs < SMALLEST_POINTS)
    return points < 0 ? `> ${minus}${SMALLEST_POINTS}%` : `< ${SMALLEST_POINTS}%`;
  return `${points < 0 ? minus : ''}${abs.toFixed(1)}%`;
}

/**
 * A share (0.2 = a fifth) as a whole percentage (`20%`), as the weekly
 * report's movers write a key result's part of the score. A non-zero share
 * never prints as `0%`: below half a point it gets one decimal (`0.4%` for
 * 0.004), or `< 0.1%` closer to zero. `–` for a non-finite value.
 *
 * @param share - a fraction of a whole (any finite number; 1 = all of it).
 * @returns the percentage, e.g. `'20%'`, `'0.4%'`, `'< 0.1%'`.
 */
export function fmtShare(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const points = share * 100;
  const whole = Math.round(points);
  if (whole !== 0 || share === 0) return `${Object.is(whole, -0) ? 0 : whole}%`;
  return smallPercent(points, '−');
}

/**
 * A signed change of score: two decimals on a decimal scale (`+0.04`), whole
 * points on a percent scale (`+4%`), `±0` when it rounds to nothing.
 */
export function fmtDelta(delta: number, scale: Scale): string {
  if (!Number.isFinite(delta)) return '–';
  const text =
    scale.format === 'percent'
      ? formatScore(Math.abs(delta), scale)
      : (Math.round(Math.abs(delta) * 100 + 1e-9) / 100).toFixed(2);
  if (/^0(?:\.0+)?%?$/.test(text)) return '±0';
  return `${delta > 0 ? '+' : '−'}${text}`;
}

/** Words for an outlook. */
export function outlookText(outlook: Outlook): string {
  return outlook === 'reaches-target' ? 'forecast reaches the target' : 'forecast falls behind';
}

/** Words for a dependency alert's reason. */
export function dependencyReasonText(reason: DependencyAlertReason): string {
  if (reason === 'not-accepted') return 'Not accepted yet';
  if (reason === 'declined') return 'Declined';
  return 'Blocking: the side depended on is off track';
}

/** Headings of the retrospective prompt kinds. */
export function promptKindText(kind: RetroPromptKind): string {
  switch (kind) {
    case 'never-updated':
      return 'Never updated';
    case 'confidence-drop':
      return 'Confidence dropped';
    case 'achieved-early':
      return 'Achieved early';
    case 'blocked':
      return 'Blocked';
    case 'committed-missed':
      return 'Committed but missed';
  }
}

/**
 * The legend of the review: its colours are grade bands, named with their
 * lower bounds. The scale's name and band labels are user text, written with
 * `user` (an escape for the output format); sokr's own words with `own`.
 */
export function reviewLegend(
  scale: Scale,
  user: (text: string) => string = (text) => text,
  own: (text: string) => string = (text) => text,
): string {
  const bands = scale.bands
    .map((b) => `${user(b.label)}${own(` from ${fmtScore(b.min, scale)}`)}`)
    .join(own(', '));
  return `${own('Colours are grades: the bands of the ')}${user(scale.name)}${own(' scale (')}${bands}${own(`). A committed objective meets its target at ${fmtScore(1, scale)}, an aspirational one at ${fmtScore(0.7, scale)}. During the cycle the weekly report colours by status instead; status words (achieved, missed…) are written next to the grades here.`)}`;
}

/** A count with its noun: `1 warning`, `3 warnings`, `0 objectives without a strategic anchor` (`plural`: the noun for any other count). */
export function countText(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * Where a reviewed cycle stands at `asOf`, written after its dates by every
 * review renderer (full page, digest, HTML): ` · the cycle starts 1 Jan 2026`
 * before its first day, ` · the cycle is still running` until it is over,
 * `''` once it is closed. `esc` escapes the day for the output format.
 */
export function cycleTimingText(
  // `started` may be absent from a review stored before it existed: such a review counts as started.
  review: { closed: boolean; started?: boolean; cycle: { start: string } },
  esc: (text: string) => string = (text) => text,
): string {
  if (review.closed) return '';
  return review.started === false
    ? ` · the cycle starts ${esc(review.cycle.start)}`
    : ' · the cycle is still running';
}

/**
 * Whose score a filtered weekly report shows, as its headline names it:
 * `Raj Patel’s score` with `ownerId` (the owner's name from the report, else
 * the id), `Sales score` with `unitId`; `null` for the whole company (each
 * renderer has its own word for that). `esc` escapes the name for the output
 * format. The HTML headline and both Markdown forms use it, so a person's or
 * a unit's report never reads like the company's.
 */
export function scopeScoreLabel(
  report: Pick<WeeklyReport, 'filter' | 'units' | 'owed'>,
  esc: (text: string) => string,
): string | null {
  const { ownerId, unitId } = report.filter;
  if (ownerId !== null) return `${esc(ownerNameOf(report, ownerId) ?? ownerId)}’s score`;
  if (unitId !== null) {
    const unit = report.units.find((u) => u.id === unitId) ?? report.units[0];
    return `${esc(unit?.name ?? unitId)} score`;
  }
  return null;
}

/** The name of `ownerId` as the report writes it: on a key result, an objective or an owed item. */
function ownerNameOf(
  report: Pick<WeeklyReport, 'units' | 'owed'>,
  ownerId: string,
): string | undefined {
  for (const u of report.units)
    for (const o of u.objectives) {
      if (o.ownerId === ownerId && o.ownerName !== null) return o.ownerName;
      for (const k of o.keyResults) if (k.ownerId === ownerId) return k.ownerName;
    }
  return report.owed.find((e) => e.personId === ownerId)?.personName;
}
