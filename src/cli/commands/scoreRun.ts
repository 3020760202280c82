/**
 * `sokr score <file> --as-of <date>`: the scorecard of an OKR file.
 *
 * @module
 */
import { todayIn } from '../today.js';
import { DEFAULT_TIME_ZONE, zonedEnd, zonedInstant } from '../../_lib/zonedDay.js';
import type { Measure, OkrSet } from '../../model/types.js';
import type { KeyResultStatus } from '../../progress/statusPolicy.js';
import { statusLabel } from '../../report/format.js';
import type { Aggregate, Scorecard } from '../../rollup/types.js';
import { rollup } from '../../rollup/rollup.js';
import { formatScore } from '../../scale/formatScore.js';
import { scales } from '../../scale/presets.js';
import type { Scale } from '../../scale/Scale.js';
import {
  asOfOption,
  choiceOption,
  expectPositionals,
  inputLimitsOption,
  stringOption,
} from '../args.js';
import { EXIT_OK } from '../CliError.js';
import type { CommandContext } from '../command.js';
import { requireKnownId } from '../knownIds.js';
import { requireOkrSet } from '../okrFile.js';
import { terminalText, writeOutput } from '../output.js';
import { yieldToEventLoop } from '../progress.js';

const FORMATS = ['table', 'json'] as const;
const SCALES = ['google', 'zones', 'percent', 'traffic'] as const;

/** Runs `sokr score` (loaded only when the command runs, so `--help` stays fast). */
export async function runScore({ args, io, progress }: CommandContext): Promise<number> {
  const [path] = expectPositionals(args, ['file']);
  const asOfGiven = asOfOption(args, false);
  const format = choiceOption(args, 'format', FORMATS, 'table');
  const scale = scales[choiceOption(args, 'scale', SCALES, 'google')];
  const unitId = stringOption(args, 'unit');
  const cycleId = stringOption(args, 'cycle');
  progress.step(`reading ${path}`);
  const { set } = await requireOkrSet(path!, io.cwd, {
    limits: inputLimitsOption(args),
    stdin: io.stdin,
  });
  const asOf = asOfGiven ?? todayIn(set.timeZone, io.env);
  requireKnownId(set.units, unitId, 'unit');
  requireKnownId(set.cycles, cycleId, 'cycle');
  progress.step('scoring');
  await yieldToEventLoop();
  // The aggregates cover the running cycles, or the one asked for with --cycle.
  const card = rollup(set, { asOf, scale, scope: cycleId === undefined ? 'running' : [cycleId] });
  const units = unitId === undefined ? undefined : subtreeOf(set, unitId);
  const text =
    format === 'json'
      ? `${JSON.stringify(units === undefined ? card : filterCard(set, card, units), null, 2)}\n`
      : renderTable(set, card, scale, asOf, unitId, cycleId);
  await writeOutput(io, stringOption(args, 'out'), text, {
    kind: format === 'json' ? 'data' : 'text',
    input: path,
  });
  return EXIT_OK;
}

/** The ids of `unitId` and every unit below it. */
function subtreeOf(set: OkrSet, unitId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of set.units) {
    if (u.parentId === undefined) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

function filterCard(set: OkrSet, card: Scorecard, units: Set<string>): Partial<Scorecard> {
  const objectiveIds = new Set(set.objectives.filter((o) => units.has(o.unitId)).map((o) => o.id));
  const pick = <T>(record: Record<string, T>, keep: (id: string) => boolean) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => keep(id)));
  return {
    options: card.options,
    units: pick(card.units, (id) => units.has(id)),
    objectives: pick(card.objectives, (id) => objectiveIds.has(id)),
    keyResults: pick(card.keyResults, (id) => objectiveIds.has(card.keyResults[id]!.objectiveId)),
  };
}

function renderTable(
  set: OkrSet,
  card: Scorecard,
  scale: Scale,
  asOf: string,
  unitId: string | undefined,
  cycleId: string | undefined,
): string {
  // Grades (bands) are for the end-of-cycle review: a row shows its band only
  // once the cycles it covers have ended at asOf. During a cycle the word next
  // to a score is its status.
  const ended = endedCycles(set, asOf);
  const bandLabel = (id: string | null) =>
    id === null ? '' : (scale.bands.find((b) => b.id === id)?.label ?? id);
  const scopeEnded =
    card.options.scopeCycleIds.length > 0 &&
    card.options.scopeCycleIds.every((id) => ended.has(id));
  const totalBand = (id: string | null) => (scopeEnded ? bandLabel(id) : '');
  const cycleBand = (cycle: string, id: string | null) => (ended.has(cycle) ? bandLabel(id) : '');
  const score = (value: number | null) => (value === null ? '—' : formatScore(value, scale));
  const rows: string[][] = [];
  const people = new Map(set.people.map((p) => [p.id, p.name]));
  const unitNames = new Map(set.units.map((u) => [u.id, u.name]));
  const cycleNames = new Map(set.cycles.map((c) => [c.id, c.name]));
  const krsByObjective = new Map<string, typeof set.keyResults>();
  for (const kr of set.keyResults) {
    const list = krsByObjective.get(kr.objectiveId) ?? [];
    list.push(kr);
    krsByObjective.set(kr.objectiveId, list);
  }
  const objectivesByUnit = new Map<string, typeof set.objectives>();
  for (const o of set.objectives) {
    const list = objectivesByUnit.get(o.unitId) ?? [];
    list.push(o);
    objectivesByUnit.set(o.unitId, list);
  }
  const addUnit = (id: string, depth: number, seen: Set<string>) => {
    if (seen.has(id)) return;
    seen.add(id);
    const agg = card.units[id]?.subtree;
    const indent = '  '.repeat(depth);
    rows.push([
      `${indent}${unitNames.get(id) ?? id}`,
      '',
      score(agg?.score ?? null),
      totalBand(agg?.bandId ?? null),
      '',
      '',
      '',
      '',
    ]);
    for (const o of objectivesByUnit.get(id) ?? []) {
      if (cycleId !== undefined && o.cycleId !== cycleId) continue;
      const oc = card.objectives[o.id];
      rows.push([
        `${indent}  ◆ ${o.title}`,
        cycleNames.get(o.cycleId) ?? o.cycleId,
        score(oc?.score ?? null),
        cycleBand(o.cycleId, oc?.bandId ?? null),
        oc?.expected === null || oc === undefined ? '' : formatScore(oc.expected, scale),
        oc === undefined ? '' : statusText(oc.status),
        o.ownerId === undefined ? '' : (people.get(o.ownerId) ?? o.ownerId),
      ]);
      for (const kr of krsByObjective.get(o.id) ?? []) {
        const kc = card.keyResults[kr.id];
        rows.push([
          `${indent}    · ${kr.title}`,
          '',
          score(kc?.score ?? null),
          cycleBand(o.cycleId, kc?.bandId ?? null),
          kc === undefined ? '' : formatScore(kc.expected, scale),
          kc === undefined ? '' : `${statusText(kc.status)}${statusNote(kr.measure, kc)}`,
          people.get(kr.ownerId) ?? kr.ownerId,
        ]);
      }
    }
    for (const child of set.units.filter((u) => u.parentId === id))
      addUnit(child.id, depth + 1, seen);
  };
  const seen = new Set<string>();
  const roots =
    unitId !== undefined
      ? [unitId]
      : set.units.filter((u) => u.parentId === undefined).map((u) => u.id);
  for (const root of roots) addUnit(root, 0, seen);
  const header = [
    'Unit / objective / key result',
    'Cycle',
    'Score',
    'Band',
    'Expected',
    'Status',
    'Owner',
  ];
  // Mid-cycle no row has a band: the column goes.
  const withBand = rows.some((r) => r[3] !== '');
  const keep = <T>(r: readonly T[]): T[] => (withBand ? [...r] : r.filter((_, c) => c !== 3));
  const table = formatColumns([header, ...rows].map(keep), keep([60, 16, 6, 10, 8, 22, 24]));
  const cycleName = set.cycles.find((c) => c.id === cycleId)?.name ?? cycleId;
  const scopeText = [
    ...(unitId === undefined
      ? []
      : [`of ${unitNames.get(unitId) ?? unitId} and the units below it`]),
    ...(cycleId === undefined ? [] : [`${cycleName},`]),
  ].join(', ');
  const covered = card.options.scopeCycleIds.map((id) => cycleNames.get(id) ?? id).join(', ');
  const title = `Scorecard ${scopeText === '' ? '' : `${scopeText} `}as of ${asOf} (scale: ${scale.name}; totals cover ${covered === '' ? 'no cycle' : covered})`;
  // The total line: the cycle's aggregate with --cycle (and no --unit), else the unit's or the company's.
  const scope =
    unitId !== undefined
      ? card.units[unitId]!.subtree
      : cycleId !== undefined
        ? card.cycles[cycleId]!
        : card.company;
  const label = unitId !== undefined ? 'Total' : cycleId !== undefined ? 'Cycle' : 'Company';
  return `${terminalText(title)}
${label}: ${score(scope.score)}${scopeEnded ? ` ${bandLabel(scope.bandId)}` : ''} — ${plural(scope.objectiveCount, 'objective')}, ${plural(scope.keyResultCount, 'key result')} (${countsText(scope)})

${table}
`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function countsText(agg: Aggregate): string {
  const parts = Object.entries(agg.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${statusText(status as KeyResultStatus)}`);
  return parts.length === 0 ? 'no key results' : parts.join(', ');
}

/** A status in words, as the reports write it, in lower case for a table cell: `on track`. */
function statusText(status: KeyResultStatus): string {
  return statusLabel(status).toLowerCase();
}

/** The ids of the cycles that have ended at `asOf` (after their last day, in the set's zone). */
function endedCycles(set: OkrSet, asOf: string): Set<string> {
  const zone = set.timeZone ?? DEFAULT_TIME_ZONE;
  const at = zonedInstant(asOf, zone);
  const out = new Set<string>();
  if (at === undefined) return out;
  for (const c of set.cycles) {
    const end = zonedEnd(c.end, zone);
    if (end !== undefined && end <= at) out.add(c.id);
  }
  return out;
}

/** What the status column adds: a baseline key result waiting for its first check-in, or a stale one. */
function statusNote(measure: Measure, kc: { status: string; stale: boolean }): string {
  if (kc.status === 'pending' && measure.kind === 'metric' && measure.start === null)
    return ' (no baseline)';
  return kc.stale ? ' (stale)' : '';
}

/**
 * Left-aligned columns (the score column right-aligned), each cut to its
 * maximum width. Cells are user text (titles, names): each goes through
 * terminalText first, so a title cannot break a row or reach the terminal as
 * an escape sequence, and widths count what is shown.
 */
function formatColumns(cells: readonly string[][], maxWidths: readonly number[]): string {
  const rows = cells.map((row) => row.map((cell) => terminalText(cell)));
  const widths = maxWidths.map((max, c) =>
    Math.min(max, Math.max(...rows.map((r) => [...(r[c] ?? '')].length))),
  );
  return rows
    .map((row) =>
      row
        .map((cell, c) => {
          const width = widths[c]!;
          const chars = [...cell];
          const cut = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : cell;
          const pad = ' '.repeat(Math.max(0, width - [...cut].length));
          return c === 2 ? pad + cut : cut + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
