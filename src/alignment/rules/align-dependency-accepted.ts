import { DEFAULT_TIME_ZONE, zonedInstant } from '../../_lib/zonedDay.js';
import type { OkrIndex } from '../buildIndex.js';
import { defineRule } from '../defineRule.js';
import { idWithTitle } from './qualityText.js';

/** The dependency by the titles of its objectives, not by its id. */
function dependencyText(index: OkrIndex, fromId: string, onId: string | undefined): string {
  const from = idWithTitle(fromId, index.objectives.get(fromId)?.title);
  return onId === undefined
    ? `A dependency of objective ${from}`
    : `The dependency of objective ${from} on ${idWithTitle(onId, index.objectives.get(onId)?.title)}`;
}

/**
 * `align/dependency-accepted` — once the cycle of the dependent (`from`)
 * objective has started (`asOf` ≥ its start), every dependency is accepted,
 * and was accepted by the cycle's start (per `decidedAt`, when given):
 * agreements in week one, not crises in week ten. Needs `asOf`; declined
 * dependencies are `align/dependency-declined`'s concern.
 *
 * @example
 * ```ts
 * // cycle q1 starts 2026-01-01; validate(set, { asOf: '2026-01-20' })
 * // Fails: state 'proposed'; or state 'accepted' with decidedAt '2026-01-15'.
 * // Passes: state 'accepted', decidedAt '2025-12-18' (or no decidedAt).
 * ```
 */
export const alignDependencyAccepted = /* @__PURE__ */ defineRule({
  id: 'align/dependency-accepted',
  meta: {
    description: "Dependencies are accepted by the start of the dependent objective's cycle.",
    severity: 'warning',
    requiresAsOf: true,
  },
  check(ctx) {
    const { set, index, asOfMs } = ctx;
    if (asOfMs === undefined) return;
    set.dependencies.forEach((d, i) => {
      if (d.state === 'declined') return;
      const fromId = index.refObjectiveId(d.from);
      if (fromId === undefined) return;
      const cycleId = index.objectives.get(fromId)!.cycleId;
      const cycle = index.cycles.get(cycleId);
      const span = index.cycleSpan(cycleId);
      if (cycle === undefined || span === undefined || asOfMs < span.start) return;
      const onId = index.refObjectiveId(d.on);
      const ids = onId === undefined ? [d.id, fromId] : [d.id, fromId, onId];
      if (d.state !== 'accepted') {
        ctx.report({
          path: ['dependencies', i, 'state'],
          ids,
          message: `${dependencyText(index, fromId, onId)} is still ${d.state}, though cycle "${cycleId}" started ${cycle.start}.`,
          fix: 'Agree it with the other team (accept or decline) now, not in week ten.',
        });
        return;
      }
      const decided =
        d.decidedAt === undefined
          ? undefined
          : zonedInstant(d.decidedAt, ctx.set.timeZone ?? DEFAULT_TIME_ZONE);
      if (decided !== undefined && decided > span.start)
        ctx.report({
          path: ['dependencies', i, 'decidedAt'],
          ids,
          message: `${dependencyText(index, fromId, onId)} was accepted on ${d.decidedAt}, after cycle "${cycleId}" started (${cycle.start}).`,
          fix: 'Agree cross-team dependencies during planning, before the cycle starts.',
        });
    });
  },
});
