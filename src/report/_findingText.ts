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

/** The title an id's entity carries, for objectives and key results. */
function titleOf(id: string, ctx: ReportContext): string | undefined {
  return ctx.keyResultsById.get(id)?.title ?? ctx.objectives.get(id)?.title;
}

/** A JSON string literal's text, or `undefined` when it is not one. */
function literalText(literal: string): string | undefined {
  try {
    const text: unknown = JSON.parse(literal);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `quoted` is `title` as a rule quotes it: whole, or cut with an ellipsis. */
function quotesTitle(quoted: string, title: string): boolean {
  if (quoted === title) return true;
  return quoted.endsWith('…') && quoted.length > 1 && title.startsWith(quoted.slice(0, -1));
}

/**
 * The message of `finding` with every quoted id (`"…"` or `'…'`) of an
 * entity of the set replaced by its title or name; other text is kept. A
 * rule that quotes the title itself right after the id (`Key result "k1"
 * "Sign 20 shops"`, as the quality rules do) gets the title once.
 */
export function findingText(finding: Finding, ctx: ReportContext): string {
  const message = typeof finding.message === 'string' ? finding.message : '';
  return message.replace(
    /"([^"\n]{1,300})"(\s"(?:[^"\\\n]|\\.){1,300}")?|'([^'\n]{1,300})'/g,
    (quoted, d?: string, after?: string, q?: string) => {
      const id = d ?? q ?? '';
      const name = nameOf(id, ctx);
      if (after === undefined) return name ?? quoted;
      const literal = after.trimStart();
      const title = titleOf(id, ctx);
      const text = literalText(literal);
      if (
        name !== undefined &&
        title !== undefined &&
        text !== undefined &&
        quotesTitle(text, title)
      )
        return name;
      // Not the id's own title: each quote is read on its own.
      const second = text === undefined ? undefined : nameOf(text, ctx);
      return `${name ?? `"${id}"`}${after.slice(0, after.length - literal.length)}${second ?? literal}`;
    },
  );
}

/**
 * A finding's `fix` with every double-quoted id of the set replaced by its
 * title or name (`Ask "noah"` → `Ask Noah Kim`); single quotes are code in
 * fixes (`objectiveId: 'o27'`) and stay. `undefined` without a fix.
 */
export function fixText(finding: Finding, ctx: ReportContext): string | undefined {
  const fix = finding.fix;
  if (typeof fix !== 'string') return undefined;
  return fix.replace(/"([^"\n]{1,300})"/g, (quoted, id: string) => nameOf(id, ctx) ?? quoted);
}
