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

/** The kinds of entity a quoted id can name. */
type Kind = 'keyResult' | 'objective' | 'person' | 'unit' | 'cycle';

/**
 * The kind the words right before a quoted id name (`cycle "q1"`, `key result
 * "k1"`, `Ask "maya"`): ids are unique per kind only, so `cycle "2026-q1"` is
 * read as a cycle even when a person has that id too.
 */
const KIND_BEFORE: readonly [RegExp, Kind][] = [
  [/key results? $/i, 'keyResult'],
  [/objectives? (?:of )?$/i, 'objective'],
  [/(?:person|people|owner|approver|lead|author|ask) $/i, 'person'],
  [/units? $/i, 'unit'],
  [/cycles? $/i, 'cycle'],
];

function kindBefore(message: string, offset: number): Kind | undefined {
  const before = message.slice(Math.max(0, offset - 16), offset);
  for (const [pattern, kind] of KIND_BEFORE) if (pattern.test(before)) return kind;
  return undefined;
}

/** A title or name on one line: line breaks and control characters become spaces. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
  return /[\0-\x1f\x7f-\x9f\u2028\u2029]/.test(text)
    ? // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
      text.replace(/\r\n|[\0-\x1f\x7f-\x9f\u2028\u2029]/g, ' ')
    : text;
}

/**
 * What an id stands for in a sentence (of `kind` when the words before it say
 * which), or `undefined` when it is none of the set's entities.
 */
function nameOf(id: string, ctx: ReportContext, kind?: Kind): string | undefined {
  const kr = kind === undefined || kind === 'keyResult' ? ctx.keyResultsById.get(id) : undefined;
  if (kr !== undefined) {
    const owner = ctx.people.get(kr.ownerId);
    return `“${oneLine(kr.title)}”${owner === undefined ? '' : ` (${oneLine(owner)})`}`;
  }
  const o = kind === undefined || kind === 'objective' ? ctx.objectives.get(id) : undefined;
  if (o !== undefined) return `“${oneLine(o.title)}”`;
  const person = kind === undefined || kind === 'person' ? ctx.people.get(id) : undefined;
  if (person !== undefined) return oneLine(person);
  const unit = kind === undefined || kind === 'unit' ? ctx.units.get(id) : undefined;
  if (unit !== undefined) return oneLine(unit.name);
  const cycle = kind === undefined || kind === 'cycle' ? ctx.cycles.get(id) : undefined;
  if (cycle !== undefined) return oneLine(cycle.name);
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
  const given: unknown = finding.message;
  // A boxed string (`new String(…)`) is its text; anything else has none to show.
  const message = typeof given === 'string' ? given : given instanceof String ? String(given) : '';
  return message.replace(
    /"([^"\n]{1,300})"(\s"(?:[^"\\\n]|\\.){1,300}")?|'([^'\n]{1,300})'/g,
    (
      quoted,
      d: string | undefined,
      after: string | undefined,
      q: string | undefined,
      at: number,
    ) => {
      const id = d ?? q ?? '';
      const name = nameOf(id, ctx, kindBefore(message, at));
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
  return fix.replace(
    /"([^"\n]{1,300})"/g,
    (quoted, id: string, at: number) => nameOf(id, ctx, kindBefore(fix, at)) ?? quoted,
  );
}
