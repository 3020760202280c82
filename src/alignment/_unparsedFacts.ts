/**
 * What a set that was never parsed can hold that the rules read as something
 * else: ids that are not strings (a boxed `String` reads as a dangling
 * reference), dates that are not dates, measures that are not measures. The
 * graph has parsed every date already, so this is a scan of typed arrays and
 * one `typeof` per entity; a parsed set has none of it. Internal.
 *
 * @module
 */
import { describeValue } from '../_lib/quote.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import type { Path } from '../model/issue.js';
import { measureIssue } from '../model/measureIssue.js';
import type { Finding } from './types.js';

const ID_LISTS = ['units', 'people', 'cycles', 'objectives', 'keyResults'] as const;

/**
 * One `internal/invalid-set` finding per such fact, at its path (the rules
 * ran, but what they said about these entities may be wrong).
 */
export function unparsedFacts(graph: OkrGraph): Finding[] {
  const found: Finding[] = [];
  const set = graph.set;
  const add = (path: Path, id: unknown, what: string): void => {
    found.push({
      rule: 'internal/invalid-set',
      severity: 'error',
      path,
      ids: typeof id === 'string' ? [id] : [],
      message: `The set was not parsed: ${what} (parse it with parseOkrSet first; the rules read it as given).`,
    });
  };
  for (const list of ID_LISTS) {
    const entities = set[list] as readonly { id?: unknown }[] | undefined;
    if (entities === undefined) continue;
    for (let i = 0; i < entities.length; i++) {
      const id = entities[i]!.id;
      if (typeof id !== 'string')
        add([list, i, 'id'], id, `an id is a string, got ${describeValue(id)}`);
    }
  }
  const { cycleStart, cycleEnd } = graph;
  for (let c = 0; c < cycleStart.length; c++) {
    const cycle = set.cycles[c]!;
    if (Number.isNaN(cycleStart[c]!))
      add(
        ['cycles', c, 'start'],
        cycle.id,
        `a cycle's start is an ISO-8601 date, got ${describeValue(cycle.start)}`,
      );
    if (Number.isNaN(cycleEnd[c]!))
      add(
        ['cycles', c, 'end'],
        cycle.id,
        `a cycle's end is an ISO-8601 date, got ${describeValue(cycle.end)}`,
      );
  }
  const at = graph.checkIns.at;
  for (let i = 0; i < at.length; i++) {
    if (!Number.isNaN(at[i]!)) continue;
    const checkIn = set.checkIns[i]!;
    add(
      ['checkIns', i, 'at'],
      checkIn.id,
      `a check-in's at is an ISO-8601 date, got ${describeValue(checkIn.at)}`,
    );
  }
  const keyResults = set.keyResults;
  for (let k = 0; k < keyResults.length; k++) {
    const kr = keyResults[k]!;
    if (kr.due !== undefined && Number.isNaN(graph.endInstant(kr.due))) {
      add(
        ['keyResults', k, 'due'],
        kr.id,
        `a key result's due is an ISO-8601 date, got ${describeValue(kr.due)}`,
      );
    }
    if (measureShape(kr.measure) !== undefined) {
      const problem = measureIssue(kr.measure);
      if (problem !== undefined)
        add(['keyResults', k, 'measure', ...problem.path], kr.id, problem.message);
    }
  }
  return found;
}

const isFiniteNumber = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The field of a measure the scorer cannot read, or `undefined`: its kind and
 * number fields only, read directly per kind (then `measureIssue` words it).
 */
function measureShape(measure: unknown): string | undefined {
  if (typeof measure !== 'object' || measure === null) return 'kind';
  const m = measure as Record<string, unknown>;
  switch (m['kind']) {
    case 'metric':
      if (m['start'] !== null && !isFiniteNumber(m['start'])) return 'start';
      return isFiniteNumber(m['target']) ? undefined : 'target';
    case 'threshold':
      return isFiniteNumber(m['value']) ? undefined : 'value';
    case 'range':
      if (!isFiniteNumber(m['min'])) return 'min';
      return isFiniteNumber(m['max']) ? undefined : 'max';
    case 'checklist':
      return Array.isArray(m['items']) ? undefined : 'items';
    case 'milestone':
    case 'derived':
      return undefined;
    default:
      return 'kind';
  }
}
