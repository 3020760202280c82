/**
 * Private to the report layer: a finding's message with the ids it names
 * replaced by what a person recognises — an objective's or key result's
 * title (a key result with its owner's name), a person's, unit's or cycle's
 * name.
 *
 * @module
 */
import type { Finding } from '../alignment/types.js';
import type { ReportContext } from './_context.js';

/** What an id stands for in a sentence, or `undefined` when it is none of the set's entities. */
function nameOf(id: string, ctx: ReportContext): string | undefined {
  const kr = ctx.keyResultsById.get(id);
  if (kr !== undefined) {
    const owner = ctx.people.get(kr.ownerId);
    return `“${kr.title}”${owner === undefined ? '' : ` (${owner})`}`;
  }
  const o = ctx.objectives.get(id);
  if (o !== undefined) return `“${o.title}”`;
  const person = ctx.people.get(id);
  if (person !== undefined) return person;
  const unit = ctx.units.get(id);
  if (unit !== undefined) return unit.name;
  const cycle = ctx.cycles.get(id);
  if (cycle !== undefined) return cycle.name;
  return undefined;
}

/**
 * The message of `finding` with every quoted id (`"…"` or `'…'`) of an
 * entity of the set replaced by its title or name; other text is kept.
 */
export function findingText(finding: Finding, ctx: ReportContext): string {
  const message = typeof finding.message === 'string' ? finding.message : '';
  return message.replace(
    /"([^"\n]{1,300})"|'([^'\n]{1,300})'/g,
    (quoted, d?: string, q?: string) => {
      const id = d ?? q ?? '';
      return nameOf(id, ctx) ?? quoted;
    },
  );
}
