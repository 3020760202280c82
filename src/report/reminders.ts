import { type CompiledOkrSet, graphOf } from '../core/compile.js';
import type { AsOf } from '../model/AsOf.js';
import type { OkrSet } from '../model/types.js';
import type { Obligation, PersonDigest } from '../rhythm/types.js';
import { describeObligation, type ObligationNames, owedItemWriter } from './_obligationText.js';
import { reminderDay, reminderNames } from './_reminderInput.js';
import { escapeMarkdown } from './escape.js';
import type { OwedItem } from './types.js';
import { guardedRead } from '../model/readingSet.js';

/** Options of {@link reminderMarkdown} and {@link reminderSlackPayload}. */
export interface ReminderOptions {
  /**
   * The day the reminder is for (`Obligations.asOf`), shown in its title and
   * used for "due today": an ISO date or date-time, epoch milliseconds or a
   * `Date`, read in the set's time zone as `obligations` reads it.
   */
  asOf: AsOf;
}

/**
 * A digest as data for tools (`sokr remind --format json`): the digest's own
 * fields, each entry an {@link OwedItem} — the obligation as it is (ids,
 * path, `escalatedTo`), plus the person's name, the entry's line of text and
 * the names of the leads it escalates to.
 */
export interface ReminderData {
  /** The person (`null`: the obligations nobody is named for). */
  personId: PersonDigest['personId'];
  /** The person's name (`'Unassigned'` for `null`). */
  name: string;
  /** What they owe. */
  owes: OwedItem[];
  /** What was escalated to them. */
  escalated: OwedItem[];
}

/** A Slack Block Kit message for an incoming webhook: `text` (the notification) and `blocks`. */
export interface SlackPayload {
  text: string;
  blocks: SlackBlock[];
}

/** The Block Kit blocks sokr writes: a header, sections and context lines. */
export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: Array<{ type: 'mrkdwn'; text: string }> }
  | { type: 'divider' };

function line(
  e: Obligation,
  names: ObligationNames,
  asOfDay: string,
  esc: (t: string) => string,
  bold: (t: string) => string,
  owner?: string,
): string {
  const t = describeObligation(e, names, asOfDay, esc);
  const who = owner === undefined ? '' : `${esc(owner)}: `;
  const tail = t.escalation === '' ? '' : ` — ${t.escalation}`;
  return `${who}${bold(t.what)} ${t.when}: ${t.subject}${tail}`;
}

/** The title of a digest: the person's, or, for `personId: null`, what names no one. */
function titleOf(digest: PersonDigest, name: string, asOfDay: string): string {
  return digest.personId === null
    ? `Owed with no one named — ${asOfDay}`
    : `What ${name} owes — ${asOfDay}`;
}

/** What the digest of `personId: null` says under its title. */
const NO_ONE_NAMED =
  'No one is named for these: no owner, and no unit lead above to answer for them. Name an owner, or a lead for the unit, in the OKR file.';

/**
 * One person's reminder as Markdown: what they owe (overdue first, as
 * `obligations` orders it), then what was escalated to them. User text is
 * escaped (no injected links, mentions or lines). A set that is valid in
 * shape but was never parsed is read as `weeklyReport` reads it: a title of
 * `42` is "42", and one that is not text at all (a Symbol, an object, `null`)
 * is the entity's id. The digest of
 * `personId: null` is titled "Owed with no one named" and says how to name
 * someone (nothing escalates to no one).
 *
 * @param input - the set (or compiled set) the digest was made from (titles and names).
 * @param digest - one of `personDigests`.
 * @param options - `asOf`: the day of the reminder.
 * @returns Markdown text ending in a newline.
 * @throws {@link SokrError} `invalid_type` at `['digest', …]` for a digest that is not one of `personDigests`' (the path names the entry), `invalid_type` at `['options']` or `invalid_date` at `['options', 'asOf']`.
 * @example
 * ```ts
 * import { obligations, personDigests, reminderMarkdown } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = obligations(set, { asOf: '2026-02-16' });
 * for (const digest of personDigests(set, result))
 *   console.log(reminderMarkdown(set, digest, { asOf: result.asOf }));
 * ```
 */
export function reminderMarkdown(
  input: OkrSet | CompiledOkrSet,
  digest: PersonDigest,
  options: ReminderOptions,
): string {
  return guardedRead('reminderMarkdown', () => {
    const graph = graphOf(input);
    const asOfDay = reminderDay(graph, digest, options, 'reminderMarkdown');
    const names = reminderNames(graph);
    const bold = (t: string) => `**${t}**`;
    const out = [`# ${titleOf(digest, escapeMarkdown(digest.name), asOfDay)}`, ''];
    if (digest.personId === null && digest.owes.length > 0) out.push(NO_ONE_NAMED, '');
    if (digest.owes.length > 0) {
      out.push(`## Owed (${digest.owes.length})`, '');
      for (const e of digest.owes) out.push(`- ${line(e, names, asOfDay, escapeMarkdown, bold)}`);
      out.push('');
    }
    if (digest.escalated.length > 0) {
      out.push(`## Escalated to you (${digest.escalated.length})`, '');
      for (const e of digest.escalated)
        out.push(`- ${line(e, names, asOfDay, escapeMarkdown, bold, names.person(e.personId))}`);
      out.push('');
    }
    if (digest.owes.length === 0 && digest.escalated.length === 0) out.push('Nothing owed.', '');
    return out.join('\n');
  });
}

/**
 * Escapes text for Slack mrkdwn: `&`, `<`, `>` as entities, so no link,
 * mention or command is injected; and a U+2060 WORD JOINER (invisible) after
 * each `*`, `_`, `~` and backtick, which Slack has no escape for, so user text
 * cannot turn bold, italic, struck or code. As in Markdown (`escapeMarkdown`),
 * line breaks, control characters and bidi embedding, override and isolate
 * controls become spaces (one line per item, and a title cannot reverse the
 * dates after it), and a word joiner inside `://` and after `www` keeps bare
 * URLs from turning into links.
 */
function escapeSlack(text: string): string {
  return text
    .replace(SLACK_BREAKS, ' ')
    .replace(/:\/\//g, ':\u2060//')
    .replace(/(www)\./gi, '$1\u2060.')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, '$&\u2060');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const SLACK_BREAKS = /\r\n|[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Slack's limits on one message: 50 blocks, 3,000 characters of text in a
 * section, 150 in a header. Slack also refuses a message whose blocks hold
 * too much text in all (`msg_blocks_too_long`, at about 12,000 characters,
 * not documented as a number): sokr keeps the text of all blocks within
 * {@link MAX_TEXT}, well below it.
 */
const MAX_BLOCKS = 50;
const MAX_SECTION = 3000;
const MAX_HEADER = 150;
const MAX_TEXT = 10_000;
/** The most characters of one piece of user text (a title, a name) in a Slack line. */
const MAX_PIECE = 200;

/**
 * `text` cut to at most `max` UTF-16 units (what Slack counts, or more),
 * ending in `…` when cut; never between the two halves of a surrogate pair.
 */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Escaped mrkdwn cut to at most `max` units: never inside an entity
 * (`&amp;`), nor between a `*`, `_`, `~` or backtick and the word joiner
 * that disarms it, nor inside a surrogate pair.
 */
function clipEscaped(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = clip(text, max).slice(0, -1);
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && !cut.includes(';', amp)) cut = cut.slice(0, amp);
  if (/[*_~`]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * One person's reminder as a Slack Block Kit payload for an incoming
 * webhook (`curl -d @payload.json $SLACK_WEBHOOK_URL`): a header, one
 * section per obligation, a context line with the counts. Text is escaped
 * for mrkdwn. The message stays within what Slack accepts, however much is
 * owed and however long the titles: at most 50 blocks, a header of at most
 * 150 characters (a long name is cut, the date kept), each title or name cut
 * to 200 characters (`…`), each section at most 3,000, and at most 10,000
 * characters of text in all; what does not fit is counted in a last section,
 * "… and N more" (the context line still counts everything).
 *
 * @param input - the set (or compiled set) the digest was made from.
 * @param digest - one of `personDigests`.
 * @param options - `asOf`: the day of the reminder.
 * @returns the payload, ready for `JSON.stringify`.
 * @throws {@link SokrError} as {@link reminderMarkdown}.
 * @example
 * ```ts
 * import { obligations, personDigests, reminderSlackPayload } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = obligations(set, { asOf: '2026-02-16' });
 * const [first] = personDigests(set, result);
 * if (first) console.log(JSON.stringify(reminderSlackPayload(set, first, { asOf: result.asOf })));
 * ```
 */
export function reminderSlackPayload(
  input: OkrSet | CompiledOkrSet,
  digest: PersonDigest,
  options: ReminderOptions,
): SlackPayload {
  return guardedRead('reminderSlackPayload', () => {
    const graph = graphOf(input);
    const asOfDay = reminderDay(graph, digest, options, 'reminderSlackPayload');
    const names = reminderNames(graph);
    const bold = (t: string) => `*${t}*`;
    const esc = (t: string) => escapeSlack(clip(t, MAX_PIECE));
    // The header is plain text: one line, the name cut so that the date stays.
    const frame = titleOf(digest, '', asOfDay).length;
    const name = clip(digest.name.replace(SLACK_BREAKS, ' '), MAX_HEADER - frame);
    const title = titleOf(digest, name, asOfDay);
    const overdue = digest.owes.filter((e) => e.overdue).length;
    // Nothing escalates to no one: the digest of `null` says why it exists instead.
    const summary =
      digest.personId === null
        ? `${digest.owes.length} owed (${overdue} overdue): name an owner or a unit lead for them`
        : `${digest.owes.length} owed (${overdue} overdue), ${digest.escalated.length} escalated to you`;
    const context: SlackBlock = {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: escapeSlack(summary) }],
    };
    const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: title } }];
    const total = digest.owes.length + digest.escalated.length;
    const textOf = (i: number): string => {
      if (i < digest.owes.length) return line(digest.owes[i]!, names, asOfDay, esc, bold);
      const e = digest.escalated[i - digest.owes.length]!;
      return `:arrow_up: ${line(e, names, asOfDay, esc, bold, names.person(e.personId))}`;
    };
    // The text left for sections: the header, the context line and a count of the rest take theirs.
    const room = MAX_TEXT - title.length - context.elements[0]!.text.length - 40;
    const sections: string[] = [];
    let used = 0;
    for (let i = 0; i < total && sections.length < MAX_BLOCKS - 2; i++) {
      const text = clipEscaped(textOf(i), MAX_SECTION);
      if (used + text.length > room) break;
      sections.push(text);
      used += text.length;
    }
    // What does not fit is counted, in the block of the last one shown when the blocks are full.
    if (sections.length < total && sections.length === MAX_BLOCKS - 2) sections.pop();
    if (sections.length < total) sections.push(`… and ${total - sections.length} more`);
    for (const text of sections) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    blocks.push(context);
    return { text: escapeSlack(`${title}: ${summary}`), blocks };
  });
}

/**
 * One digest as data for tools (what `sokr remind --format json` prints):
 * the digest's fields, with every entry kept as `obligations` gave it (ids,
 * path, `escalatedTo`: nothing removed or renamed) plus `personName`, `text`
 * (the line the Markdown digest shows, as plain text, without its "escalated
 * to" tail) and `escalatedToNames` — the fields of the weekly report's
 * {@link OwedItem}. The entries are copies; the digest is not changed.
 *
 * @param input - the set (or compiled set) the digest was made from.
 * @param digest - one of `personDigests`.
 * @param options - `asOf`: the day of the reminder.
 * @returns the digest as plain data, ready for `JSON.stringify`.
 * @throws {@link SokrError} as {@link reminderMarkdown}.
 * @example
 * ```ts
 * import { obligations, personDigests, reminderData } from 'sokr';
 * declare const set: import('sokr').OkrSet;
 * const result = obligations(set, { asOf: '2026-02-16' });
 * const digests = personDigests(set, result).map((d) => reminderData(set, d, { asOf: result.asOf }));
 * console.log(JSON.stringify(digests[0]?.owes[0]?.text));
 * ```
 */
export function reminderData(
  input: OkrSet | CompiledOkrSet,
  digest: PersonDigest,
  options: ReminderOptions,
): ReminderData {
  return guardedRead('reminderData', () => {
    const graph = graphOf(input);
    const asOfDay = reminderDay(graph, digest, options, 'reminderData');
    const names = reminderNames(graph);
    // A copy per entry: the digest stays as it was given.
    const owedItem = owedItemWriter(names, asOfDay);
    const item = (e: Obligation): OwedItem => owedItem(e, { ...e });
    return {
      personId: digest.personId,
      name: digest.name,
      owes: digest.owes.map(item),
      escalated: digest.escalated.map(item),
    };
  });
}
