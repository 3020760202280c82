import type { CheckIn, Measure } from '../../model/types.js';
import { resolveBaseline } from '../../progress/resolveBaseline.js';
import { safeMeasureProgress } from '../../progress/safeMeasureProgress.js';
import { defineRule } from '../defineRule.js';
import { idWithTitle } from './qualityText.js';
import { titleList } from './quality-titles.js';

/**
 * `quality/early-achievement` — sandbagging, by results: flags an
 * objective most of whose key results (more than `share`, half, once it has
 * `minKeyResults`, 2) were achieved (a check-in scoring 1) within the first
 * `windowShare` (a third) of their window. Targets met that early were set
 * too low. Derived key results are not counted, nor thresholds and ranges
 * (they score 1 while held, from day one: that is not a target reached).
 * With `asOf`, check-ins after it are not read (the rule sees the set as it
 * was known then).
 *
 * @example
 * ```ts
 * // Q1 (90 days): flagged when 2 of 3 key results reach their target by 30 January.
 * // Passes: achieved in March, or only 1 of 3 early.
 * ```
 */
export const qualityEarlyAchievement = /* @__PURE__ */ defineRule({
  id: 'quality/early-achievement',
  meta: {
    description:
      'Most key results of an objective are not achieved in the first third of the window (sandbagging).',
    severity: 'warning',
    options: {
      windowShare: {
        type: 'number',
        // A third, written as a literal: `1 / 3` inside a pure call's argument
        // keeps the whole rule in bundles that never use it (esbuild).
        default: 0.3333333333333333,
        min: 0,
        max: 1,
        description: 'The early part of the window, as a share of it.',
      },
      share: {
        type: 'number',
        default: 0.5,
        min: 0,
        max: 1,
        description: 'Largest share of early-achieved key results that is not flagged.',
      },
      minKeyResults: {
        type: 'number',
        default: 2,
        min: 1,
        integer: true,
        description: 'Objectives with fewer key results are not checked.',
      },
    },
  },
  check(ctx) {
    const { set, index, options, asOfMs } = ctx;
    const seen = asOfMs ?? Number.POSITIVE_INFINITY;
    set.objectives.forEach((o, i) => {
      if (index.hasDuplicateIds && index.objectives.get(o.id) !== o) return;
      const krs = index.keyResultsOf(o.id).filter((k) => reachable(k.measure));
      if (krs.length < options.minKeyResults) return;
      const early = krs.filter((kr) => {
        const span = index.keyResultSpan(kr.id);
        if (span === undefined || span.end <= span.start) return false;
        const cutoff = span.start + (span.end - span.start) * options.windowShare;
        const checkIns = index.checkInsOf(kr.id);
        const measure = baselineMeasure(kr.measure, checkIns, set.timeZone, span.start);
        return checkIns.some((c) => {
          const at = index.checkInTime(c);
          if (!(at >= span.start && at < cutoff && at <= seen)) return false;
          const progress = safeMeasureProgress(measure, c.value);
          return progress.ok && progress.value >= 1;
        });
      });
      if (early.length / krs.length <= options.share) return;
      ctx.report({
        path: ['objectives', i],
        ids: [o.id, ...early.map((k) => k.id)],
        message: `${early.length} of the ${krs.length} key results of objective ${idWithTitle(o.id, o.title)} were achieved in the first ${Math.round(options.windowShare * 100)}% of their window: the targets were probably too low.`,
        fix: `This cycle, consider raising the targets of ${titleList(early.map((k) => k.title))}; next cycle, set targets the team is only 50–70% sure of.`,
      });
    });
  },
});

/** A measure whose score 1 means "target reached" (not derived, not a held threshold or range). */
function reachable(measure: Measure | undefined): boolean {
  const kind = measure?.kind;
  return kind !== 'derived' && kind !== 'threshold' && kind !== 'range';
}

/** A baseline metric's measure with its start from the first check-in in the window (`resolveBaseline`); unchanged when that fails (other rules report bad dates and values). */
function baselineMeasure(
  measure: Measure,
  checkIns: readonly CheckIn[],
  timeZone: string | undefined,
  from: number,
): Measure {
  try {
    return resolveBaseline(measure, checkIns, { timeZone, from });
  } catch {
    return measure;
  }
}
