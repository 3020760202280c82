import { type CompiledOkrSet, graphOf } from '../core/compile.js';
import type { AsOf } from '../model/AsOf.js';
import type { OkrSet } from '../model/types.js';
import type { Obligation, PersonDigest } from '../rhythm/types.js';
import { describeObligation, type ObligationNames, obligationNames } from './_obligationText.js';
import { reminderDay } from './_reminderInput.js';
import { escapeMarkdown } from './escape.js';

/** Options of {@link reminderMarkdown} and {@link reminderSlackPayload}. */
export interface ReminderOptions {
  /**
   * The day the reminder is for (`Obligations.asOf`), shown in its title and
   * used for "due today": an ISO date or date-time, epoch milliseconds or a
   * `Date`, read in the set's time zone as `obligations` reads it.
   */
  asOf: AsOf;
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

/**
 * One person's reminder as Markdown: what they owe (overdue first, as
 * `obligations` orders it), then what was escalated to them. User text is
 * escaped (no injected links, mentions or lines).
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
  const graph = graphOf(input);
  const asOfDay = reminderDay(graph, digest, options, 'reminderMarkdown');
  const names = obligationNames(graph);
  const bold = (t: string) => `**${t}**`;
  const out = [`# What ${escapeMarkdown(digest.name)} owes — ${asOfDay}`, ''];
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
  const graph = graphOf(input);
  const asOfDay = reminderDay(graph, digest, options, 'reminderSlackPayload');
  const names = obligationNames(graph);
  const bold = (t: string) => `*${t}*`;
  const title = `What ${digest.name} owes — ${asOfDay}`.slice(0, 150);
  const overdue = digest.owes.filter((e) => e.overdue).length;
  const summary = `${digest.owes.length} owed (${overdue} overdue), ${digest.escalated.length} escalated to you`;
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
}
