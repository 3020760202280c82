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
 * line breaks and control characters become spaces (one line per item), and a
 * word joiner inside `://` and after `www` keeps bare URLs from turning into
 * links.
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
const SLACK_BREAKS = /\r\n|[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029]/g;

/** Slack allows 50 blocks per message and 3,000 characters per section. */
const MAX_BLOCKS = 50;
const MAX_SECTION = 3000;

/**
 * One person's reminder as a Slack Block Kit payload for an incoming
 * webhook (`curl -d @payload.json $SLACK_WEBHOOK_URL`): a header, one
 * section per obligation, a context line with the counts. Text is escaped
 * for mrkdwn; a message stays within Slack's limits (50 blocks, 3,000
 * characters a section), the rest counted in the last line.
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
    const title = titleOf(digest, digest.name, asOfDay).slice(0, 150);
    const overdue = digest.owes.filter((e) => e.overdue).length;
    // Nothing escalates to no one: the digest of `null` says why it exists instead.
    const summary =
      digest.personId === null
        ? `${digest.owes.length} owed (${overdue} overdue): name an owner or a unit lead for them`
        : `${digest.owes.length} owed (${overdue} overdue), ${digest.escalated.length} escalated to you`;
    const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: title } }];
    const items = [
      ...digest.owes.map((e) => line(e, names, asOfDay, escapeSlack, bold)),
      ...digest.escalated.map(
        (e) => `:arrow_up: ${line(e, names, asOfDay, escapeSlack, bold, names.person(e.personId))}`,
      ),
    ];
    const room = MAX_BLOCKS - 2;
    const shown = items.length > room ? items.slice(0, room - 1) : items;
    for (const text of shown) {
      blocks.push({
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: text.length > MAX_SECTION ? `${text.slice(0, MAX_SECTION - 1)}…` : text,
        },
      });
    }
    if (shown.length < items.length) {
      blocks.push({
        type: 'section',
        text: { type: 'mrkdwn', text: `… and ${items.length - shown.length} more` },
      });
    }
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(summary) }] });
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
