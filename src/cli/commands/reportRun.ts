/**
 * `sokr report weekly|review <file> --as-of <date>`: the weekly check-in
 * report or the end-of-cycle review, as Markdown (the full page or the
 * digest), HTML or JSON.
 *
 * @module
 */
import { todayIn } from '../today.js';
import { DEFAULT_TIME_ZONE, zonedEnd, zonedInstant } from '../../_lib/zonedDay.js';
import { type CompiledOkrSet, compile, setOf } from '../../core/compile.js';
import type { Cycle, OkrSet } from '../../model/types.js';
import { obligations } from '../../rhythm/obligations.js';
import { cycleReview } from '../../report/cycleReview.js';
import { toHtml } from '../../report/toHtml.js';
import { scales } from '../../scale/presets.js';
import type { Scale } from '../../scale/Scale.js';
import { toMarkdown } from '../../report/toMarkdown.js';
import { weeklyReport } from '../../report/weeklyReport.js';
import type { ToHtmlOptions } from '../../report/toHtml.js';
import {
  asOfOption,
  closeChoice,
  choiceOption,
  expectPositionals,
  flag,
  inputLimitsOption,
  type ParsedArgs,
  stringOption,
} from '../args.js';
import { CliError, EXIT_OK } from '../CliError.js';
import type { CommandContext } from '../command.js';
import { requireKnownId } from '../knownIds.js';
import { requireOkrSet } from '../okrFile.js';
import { writeOutput } from '../output.js';
import { yieldToEventLoop } from '../progress.js';

const KINDS = ['weekly', 'review'] as const;
const FORMATS = ['md', 'digest', 'html', 'json'] as const;
const SCALES = ['google', 'zones', 'percent', 'traffic'] as const;
const CHARTS = ['all', 'attention', 'none'] as const;

/** Runs `sokr report` (loaded only when the command runs, so `--help` stays fast). */
export async function runReport({ args, io, progress }: CommandContext): Promise<number> {
  const [kindText, path] = expectPositionals(args, ['weekly|review', 'file']);
  if (!(KINDS as readonly string[]).includes(kindText!)) {
    const close = closeChoice(kindText!, KINDS);
    throw new CliError(
      `unknown report '${kindText}': choose weekly or review${close === undefined ? '' : ` (did you mean '${close}'?)`}`,
      { helpCommand: 'report' },
    );
  }
  const kind = kindText as (typeof KINDS)[number];
  const asOfGiven = asOfOption(args, false);
  const format = choiceOption(args, 'format', FORMATS, 'md');
  const scale = scales[choiceOption(args, 'scale', SCALES, 'google')];
  const cycleId = stringOption(args, 'cycle');
  const unitId = stringOption(args, 'unit');
  const ownerId = stringOption(args, 'owner');
  if (kind === 'review' && (unitId !== undefined || ownerId !== undefined)) {
    throw new CliError(`options '--unit' and '--owner' apply to 'report weekly' only`, {
      helpCommand: 'report',
    });
  }
  progress.step(`reading ${path}`);
  const { set } = await requireOkrSet(path!, io.cwd, {
    limits: inputLimitsOption(args),
    stdin: io.stdin,
  });
  const asOf = asOfGiven ?? todayIn(set.timeZone, io.env);
  const locale = localeOption(args);
  const html = htmlOptions(args, format, locale);
  requireKnownId(set.units, unitId, 'unit');
  requireKnownId(set.people, ownerId, 'person');
  requireKnownId(set.cycles, cycleId, 'cycle');
  progress.step(`building the ${kind} report`);
  await yieldToEventLoop();
  const report =
    kind === 'weekly'
      ? weeklyReport(set, {
          asOf,
          ...(unitId === undefined ? {} : { unitId }),
          ...(ownerId === undefined ? {} : { ownerId }),
          ...(cycleId === undefined ? {} : { cycleId }),
          scale,
          ...(locale === undefined || locale === 'iso' ? {} : { locale }),
        })
      : reviewOf(set, asOf, cycleId, scale);
  progress.step(`rendering ${format}`);
  await yieldToEventLoop();
  const text =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'html'
        ? toHtml(report, html)
        : toMarkdown(report, {
            ...(format === 'digest' ? { format: 'digest' as const } : {}),
            ...(locale === undefined ? {} : { locale }),
          });
  // Markdown and the digest are text: on stdout, without control characters (terminalText).
  await writeOutput(io, stringOption(args, 'out'), text.endsWith('\n') ? text : `${text}\n`, {
    kind: format === 'md' || format === 'digest' ? 'text' : 'data',
    input: path,
  });
  return EXIT_OK;
}

/**
 * `--locale <tag>`: `iso`, or a BCP 47 tag this runtime formats dates in,
 * refused at the flag otherwise (`en_US`: did you mean `en-US`?).
 */
function localeOption(args: ParsedArgs): string | undefined {
  const locale = stringOption(args, 'locale');
  if (locale === undefined || locale === 'iso') return locale;
  let supported = false;
  try {
    supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    // Not a well-formed tag (en_US, an empty string): refused below.
  }
  if (supported) return locale;
  const dashed = locale.replace(/_/g, '-');
  let hint = '';
  if (dashed !== locale) {
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([dashed]).length > 0)
        hint = `; did you mean '${dashed}'?`;
    } catch {
      // No hint for what is still not a tag.
    }
  }
  throw new CliError(
    `option '--locale' must be a BCP 47 language tag this Node formats dates in (e.g. en-GB, de-DE, en-US) or iso (got '${locale}'${hint})`,
    { helpCommand: 'report' },
  );
}

/** The review of `--cycle`, or of {@link defaultCycle} (one compiled graph for both). */
function reviewOf(set: OkrSet, asOf: string, cycleId: string | undefined, scale: Scale) {
  const compiled = compile(set);
  return cycleReview(compiled, {
    asOf,
    cycleId: cycleId ?? defaultCycle(compiled, asOf),
    scale,
  });
}

/** The page options of `--format html` (`--rows`, `--charts`, `--expand`; refused for md, digest and json). */
function htmlOptions(
  args: ParsedArgs,
  format: (typeof FORMATS)[number],
  locale: string | undefined,
): ToHtmlOptions {
  const rowsText = stringOption(args, 'rows');
  const chartsGiven = stringOption(args, 'charts') !== undefined;
  const expand = flag(args, 'expand');
  if (format !== 'html' && (rowsText !== undefined || chartsGiven || expand)) {
    throw new CliError(
      `options '--rows', '--charts' and '--expand' apply to '--format html' only`,
      {
        helpCommand: 'report',
      },
    );
  }
  // The page's hints name this command's flags (--rows all), not the API's options.
  const options: ToHtmlOptions = { hints: 'cli' };
  if (locale !== undefined) options.locale = locale;
  if (rowsText !== undefined) {
    if (rowsText === 'all') options.rows = 'all';
    else if (/^[1-9]\d{0,8}$/.test(rowsText)) options.rows = Number(rowsText);
    else {
      throw new CliError(`--rows takes a whole number of at least 1 or 'all', got '${rowsText}'`, {
        helpCommand: 'report',
      });
    }
  }
  if (chartsGiven) options.charts = choiceOption(args, 'charts', CHARTS, 'all');
  if (expand) options.expand = true;
  return options;
}

/**
 * The cycle to review at `asOf`, as the rhythm sees it: the cycle that ended
 * last among those whose end-of-cycle review is still owed at `asOf` (the
 * overdue `review` entries of `obligations`: objectives still approved or
 * active after the cycle's last day; of two ending the same day, the
 * shorter), else the shortest cycle containing `asOf`, else the latest cycle
 * that ended before it, else the first cycle (days in the set's zone).
 */
export function defaultCycle(input: OkrSet | CompiledOkrSet, asOf: string): string {
  const set = setOf(input);
  const zone = set.timeZone ?? DEFAULT_TIME_ZONE;
  const dayStart = (text: string) => zonedInstant(text, zone);
  const dayEnd = (text: string) => zonedEnd(text, zone);
  const at = dayStart(asOf)!;
  const span = (c: Cycle) => (dayEnd(c.end) ?? 0) - (dayStart(c.start) ?? 0);
  const byId = new Map(set.cycles.map((c) => [c.id, c]));
  const owed = new Set<Cycle>();
  for (const e of obligations(input, { asOf }).entries) {
    const cycle = e.kind === 'review' && e.overdue ? byId.get(e.ids[0]!) : undefined;
    if (cycle !== undefined) owed.add(cycle);
  }
  const due = [...owed].sort(
    (a, b) => (dayEnd(b.end) ?? 0) - (dayEnd(a.end) ?? 0) || span(a) - span(b),
  );
  if (due[0] !== undefined) return due[0].id;
  const containing = set.cycles
    .filter((c) => (dayStart(c.start) ?? Infinity) <= at && at < (dayEnd(c.end) ?? -Infinity))
    .sort((a, b) => span(a) - span(b));
  if (containing[0] !== undefined) return containing[0].id;
  const ended = set.cycles
    .filter((c) => (dayEnd(c.end) ?? Infinity) <= at)
    .sort((a, b) => (dayEnd(b.end) ?? 0) - (dayEnd(a.end) ?? 0) || span(a) - span(b));
  const chosen = ended[0] ?? set.cycles[0];
  if (chosen === undefined) throw new CliError('the OKR set has no cycles to review');
  return chosen.id;
}
