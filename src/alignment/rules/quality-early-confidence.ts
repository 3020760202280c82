import { defineRule } from '../defineRule.js';
import { idWithTitle } from './qualityText.js';
import { titleList } from './quality-titles.js';

/** Key results the rule does not read: derived ones, and held thresholds and ranges. */
const UNCOUNTED: ReadonlySet<string | undefined> = new Set(['derived', 'threshold', 'range']);

/**
 * `quality/early-confidence` — sandbagging, by confidence: flags an
 * objective whose key results (at least `minKeyResults`, 2) all report a
 * confidence of `high` (9) or more, out of 10, at each of their first
 * `firstCheckIns` (2) check-ins. Targets everyone is that sure of from
 * week one are probably not ambitious. Thresholds and ranges (kept, not
 * reached: "uptime at or above 99.9%") and derived key results are not
 * read, as in `quality/early-achievement`. With `asOf`, check-ins after it
 * are not read.
 *
 * @example
 * ```ts
 * // Flagged: two key results, first check-ins at confidence 9, 10 and 10, 9.
 * // Passes: one of them at 7 (or no confidence given).
 * ```
 */
export const qualityEarlyConfidence = /* @__PURE__ */ defineRule({
  id: 'quality/early-confidence',
  meta: {
    description:
      'Key results are not all at confidence 9–10 from their first check-ins (sandbagging).',
    severity: 'warning',
    options: {
      high: {
        type: 'number',
        default: 9,
        min: 0,
        max: 10,
        description: 'A confidence at or above this (0–10) counts as certain.',
      },
      firstCheckIns: {
        type: 'number',
        default: 2,
        min: 1,
        integer: true,
        description: 'How many first check-ins of each key result are looked at.',
      },
      minKeyResults: {
        type: 'number',
        default: 2,
        min: 1,
        integer: true,
        description: 'Objectives with fewer key results (with check-ins) are not checked.',
      },
    },
  },
  check(ctx) {
    const { set, index, options, asOfMs } = ctx;
    const seen = asOfMs ?? Number.POSITIVE_INFINITY;
    set.objectives.forEach((o, i) => {
      if (index.hasDuplicateIds && index.objectives.get(o.id) !== o) return;
      // A held threshold or range (uptime at or above 99.9%) is a health check: being sure of
      // it from week one is no sign of a safe target (quality/early-achievement skips them too).
      const krs = index.keyResultsOf(o.id).filter((k) => !UNCOUNTED.has(k.measure?.kind));
      if (krs.length < options.minKeyResults) return;
      for (const kr of krs) {
        const first = firstSeen(
          index.checkInsOf(kr.id),
          options.firstCheckIns,
          (c) => index.checkInTime(c) <= seen,
        );
        if (first.length === 0) return;
        for (const c of first) {
          if (typeof c.confidence !== 'number' || c.confidence < options.high) return;
        }
      }
      ctx.report({
        path: ['objectives', i],
        ids: [o.id, ...krs.map((k) => k.id)],
        message: `Every key result of objective ${idWithTitle(o.id, o.title)} started at confidence ${options.high} or more: the targets may be too safe.`,
        fix: `Raise the targets of ${titleList(krs.map((k) => k.title))} until the team is about 50–70% sure of reaching them (confidence 5–7).`,
      });
    });
  },
});

/** The first `count` check-ins (in time order) that `known` accepts. */
function firstSeen<T>(list: readonly T[], count: number, known: (c: T) => boolean): T[] {
  const out: T[] = [];
  for (const c of list) {
    if (out.length === count) break;
    if (known(c)) out.push(c);
  }
  return out;
}
