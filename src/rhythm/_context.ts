/**
 * Private to the rhythm layer: what every obligation collector shares — the
 * graph, `asOf`, the resolved options, and the one function that turns a due
 * date into an {@link Obligation} (lateness and escalation included).
 *
 * @module
 */
import { DAY_MS, formatIsoDay, isDateOnly, parseIsoDate } from '../_lib/date.js';
import { DEFAULT_TIME_ZONE, instantToWall, wallToInstant } from '../_lib/zonedDay.js';
import type { OkrGraph } from '../core/OkrGraph.js';
import { isUnitAncestor } from '../core/unitForest.js';
import type { Path } from '../model/issue.js';
import type { Id } from '../model/types.js';
import type { Obligation, ObligationKind } from './types.js';

/** The resolved options of one `obligations` call. */
export interface RhythmSettings {
  readonly asOfMs: number;
  readonly cadenceDays: number;
  readonly horizonDays: number;
  readonly graceDays: number;
  readonly escalationLevels: number;
}

/**
 * The settings read in the set's time zone: `asOf`'s calendar day (as a day
 * number, epoch days of that date) and the end of the horizon, `horizonDays`
 * calendar days after `asOf` on the wall clock — so days of 23 or 25 hours
 * count as one day, as due days do.
 */
export interface ZonedSettings extends RhythmSettings {
  readonly zone: string;
  readonly asOfDay: number;
  readonly horizonEndMs: number;
}

/** The settings of one call in `zone`. */
export function zonedSettings(settings: RhythmSettings, zone: string): ZonedSettings {
  const { asOfMs, horizonDays } = settings;
  if (zone === DEFAULT_TIME_ZONE) {
    return {
      ...settings,
      zone,
      asOfDay: Math.floor(asOfMs / DAY_MS),
      horizonEndMs: asOfMs + horizonDays * DAY_MS,
    };
  }
  const wall = instantToWall(asOfMs, zone);
  return {
    ...settings,
    zone,
    asOfDay: Math.floor(wall / DAY_MS),
    horizonEndMs: wallToInstant(wall + horizonDays * DAY_MS, zone),
  };
}

/**
 * A due date: its text as shown, its first instant, the instant it is late
 * (the next midnight in the set's time zone for a day), and whether it is a
 * whole day.
 */
export interface Due {
  readonly text: string;
  readonly ms: number;
  readonly lateMs: number;
  readonly day: boolean;
}

/** A date of the set as a due date (`undefined` when it is not a date). */
export function dueOf(graph: OkrGraph, text: unknown): Due | undefined {
  const ms = graph.instant(text);
  if (Number.isNaN(ms)) return undefined;
  const t = text as string;
  return isDateOnly(t)
    ? { text: t, ms, lateMs: graph.endInstant(t), day: true }
    : { text: new Date(ms).toISOString(), ms, lateMs: ms + 1, day: false };
}

/**
 * `days` after a due date: calendar days after a day (so the day stays a day
 * in the set's calendar), milliseconds after an instant.
 */
export function dueAfter(graph: OkrGraph, base: Due, days: number): Due | undefined {
  if (base.day && Number.isInteger(days)) {
    const start = parseIsoDate(base.text);
    if (start === undefined) return undefined;
    const next = start + days * DAY_MS;
    // Years 0–9999 only: the days a date string can name.
    if (!(next >= -62_167_219_200_000 && next < 253_402_300_800_000)) return undefined;
    return dueOf(graph, formatIsoDay(next));
  }
  const ms = base.ms + days * DAY_MS;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return { text: new Date(ms).toISOString(), ms, lateMs: ms + 1, day: false };
}

/**
 * True when a due date has begun (due today or late) or begins within the
 * horizon (so it is listed). A due day is compared by calendar days, so the
 * time of day of `asOf` does not matter: at any hour of Monday, with 7 days,
 * the days through next Sunday are listed and next Monday is not.
 */
export function withinHorizon(settings: ZonedSettings, due: Due): boolean {
  if (due.ms <= settings.asOfMs) return true;
  if (!due.day) return due.ms < settings.horizonEndMs;
  return dayNumber(settings, due) < settings.asOfDay + settings.horizonDays;
}

/** The calendar day number (epoch days) of a due day, read in the set's zone. */
function dayNumber(settings: ZonedSettings, due: Due): number {
  return settings.zone === DEFAULT_TIME_ZONE
    ? Math.floor(due.ms / DAY_MS)
    : Math.floor(instantToWall(due.ms, settings.zone) / DAY_MS);
}

/**
 * What the collectors fill: the obligations, the first instant of each one's
 * due date (for sorting), and the escalation chains met so far by unit.
 */
export class Collected {
  readonly entries: Obligation[] = [];
  readonly dueMs: number[] = [];
  /** The position in `set.people` of each entry's person (−1: `null` or not a person). */
  readonly personAt: number[] = [];
  #lastPerson: Id | null = null;
  #lastPersonAt = -2;
  /** The unit each person's escalation starts from, by person position (see {@link UNKNOWN}, {@link NO_UNIT}). */
  #from: Int32Array | undefined;
  /** The kind of each entry, as its rank in the sort (check-in first). */
  readonly kindRank: number[] = [];
  /** Up to `escalationLevels + 1` distinct leads from a unit upwards, by unit position. */
  readonly #leadsUp: (readonly Id[] | undefined)[] = [];
  /** The frozen first-`n` slices of each unit's chain, by unit position and `n`. */
  readonly #slices: (readonly Id[] | undefined)[][] = [];
  /** The units each lead leads (read on the first escalation). */
  #leads: Leads | undefined;
  readonly #graph: OkrGraph;
  readonly #settings: ZonedSettings;

  constructor(graph: OkrGraph, settings: ZonedSettings) {
    this.#graph = graph;
    this.#settings = settings;
  }

  /**
   * Adds one obligation: lateness from `due`, escalation up the unit tree
   * from the person's unit (or `unit`, the unit of the thing owed, when the
   * person has none), one lead per full grace period late.
   */
  add(
    kind: ObligationKind,
    personId: Id | null,
    ids: Id[],
    path: Path,
    due: Due,
    unit: number,
  ): void {
    const settings = this.#settings;
    const { asOfMs } = settings;
    // Consecutive entries often share their person: one lookup per run.
    let at = this.#lastPersonAt;
    if (personId !== this.#lastPerson || at === -2) {
      at = personId === null ? -1 : (this.#graph.personOf.get(personId) ?? -1);
      this.#lastPerson = personId;
      this.#lastPersonAt = at;
    }
    const overdue = asOfMs >= due.lateMs;
    // A day is late by calendar days in the set's zone (a week over a clock change is 7
    // days, not 6.96); an instant by whole 24-hour days.
    const daysLate = !overdue
      ? 0
      : due.day
        ? Math.max(1, settings.asOfDay - dayNumber(settings, due))
        : Math.floor((asOfMs - due.ms) / DAY_MS);
    let levels = 0;
    if (overdue && settings.escalationLevels > 0) {
      levels =
        settings.graceDays === 0
          ? settings.escalationLevels
          : Math.min(settings.escalationLevels, Math.floor(daysLate / settings.graceDays));
    }
    this.entries.push({
      kind,
      personId,
      ids,
      path,
      dueAt: due.text,
      overdue,
      daysLate,
      escalatedTo: levels === 0 ? NO_ONE : this.#escalation(personId, at, unit, levels),
    });
    this.dueMs.push(due.ms);
    this.personAt.push(at);
    this.kindRank.push(KIND_RANK[kind]);
  }

  /**
   * The first `levels` distinct unit leads from the person's unit (or `unit`)
   * upwards, skipping units without a lead and the person themself (a lead
   * who owes something escalates to the lead above).
   */
  #escalation(personId: Id | null, p: number, unit: number, levels: number): readonly Id[] {
    const graph = this.#graph;
    let u: number;
    if (p >= 0) {
      // A person's start unit is the same for all their entries: worked out once.
      const from = (this.#from ??= new Int32Array(graph.set.people.length).fill(UNKNOWN));
      let f = from[p]!;
      if (f === UNKNOWN) {
        const own = graph.set.people[p]!.unitId;
        const at = own === undefined ? -1 : (graph.unitOf.get(own) ?? -1);
        f = at < 0 ? NO_UNIT : this.#startAbove(personId, p, at);
        from[p] = f;
      }
      u = f === NO_UNIT ? this.#startAbove(personId, p, unit) : f;
    } else u = this.#startAbove(personId, p, unit);
    if (u < 0) return NO_ONE;
    let up = this.#leadsUp[u];
    if (up === undefined) {
      const max = this.#settings.escalationLevels;
      const chain: Id[] = [];
      const units = graph.set.units;
      const parent = graph.units.parent;
      // The forest's parents have no loops, so this walk ends.
      for (let v = u; v >= 0 && chain.length < max; v = parent[v]!) {
        const lead = units[v]!.leadId;
        if (lead !== undefined && !chain.includes(lead)) chain.push(lead);
      }
      up = chain;
      this.#leadsUp[u] = up;
    }
    // The chain's first `levels` leads as one frozen list shared by every entry that
    // escalates from the unit that far (100k entries, a few thousand lists). The owner is
    // not on it: they lead no unit from here up.
    const n = Math.min(levels, up.length);
    if (n === 0) return NO_ONE;
    const slices = (this.#slices[u] ??= []);
    return (slices[n] ??= Object.freeze(up.slice(0, n)));
  }

  /**
   * The unit whose lead an entry of `personId` escalates to first, from unit `u`
   * (−1: no one). An owner who leads a unit on the way up escalates from above
   * the highest such unit: never to the lead of a unit below them (a CTO whose
   * own unit is a team they lead from above goes to the CEO, not to that team's
   * lead).
   */
  #startAbove(personId: Id | null, p: number, u: number): number {
    if (u < 0 || personId === null) return u;
    const led = this.#unitsLedBy(personId, p);
    if (led === undefined) return u;
    // The highest of the units they lead that is `u` or above it (O(1) ancestor tests).
    const forest = this.#graph.units;
    let top = -1;
    let topDepth = Number.POSITIVE_INFINITY;
    for (let i = 0; i < led.length; i++) {
      const l = led[i]!;
      if ((l === u || isUnitAncestor(forest, l, u)) && forest.depth[l]! < topDepth) {
        top = l;
        topDepth = forest.depth[l]!;
      }
    }
    return top < 0 ? u : forest.parent[top]!;
  }

  /** The positions of the units `personId` leads (`undefined`: none). */
  #unitsLedBy(personId: Id, p: number): readonly number[] | undefined {
    const leads = (this.#leads ??= leadsOf(this.#graph));
    if (p >= 0) {
      const first = leads.firstLed[p]!;
      if (first < 0) return undefined;
      const led: number[] = [];
      for (let v = first; v >= 0; v = leads.nextLed[v]!) led.push(v);
      return led;
    }
    return leads.others?.get(personId);
  }
}

/**
 * The units each lead leads, read once per graph (kept in its memo, so a
 * compiled set pays once): for a lead who is a person, a list threaded
 * through two arrays by person and unit position; for a lead id that names
 * no person, a map by id.
 */
interface Leads {
  /** By person position: the first unit they lead (−1: none). */
  readonly firstLed: Int32Array;
  /** By unit position: the next unit led by the same lead (−1: the last). */
  readonly nextLed: Int32Array;
  /** The units led by ids that name no person (`undefined`: there are none). */
  readonly others: Map<Id, number[]> | undefined;
}

function leadsOf(graph: OkrGraph): Leads {
  const hit = graph.memo.get('rhythm.leads') as Leads | undefined;
  if (hit !== undefined) return hit;
  const units = graph.set.units;
  const firstLed = new Int32Array(graph.set.people.length).fill(-1);
  const nextLed = new Int32Array(units.length).fill(-1);
  let others: Map<Id, number[]> | undefined;
  // Backwards, so each list is in unit order.
  for (let v = units.length - 1; v >= 0; v--) {
    const lead = units[v]!.leadId;
    if (lead === undefined) continue;
    const q = graph.personOf.get(lead);
    if (q !== undefined) {
      nextLed[v] = firstLed[q]!;
      firstLed[q] = v;
    } else {
      others ??= new Map();
      const list = others.get(lead);
      if (list === undefined) others.set(lead, [v]);
      else list.unshift(v);
    }
  }
  const leads: Leads = { firstLed, nextLed, others };
  graph.memo.set('rhythm.leads', leads);
  return leads;
}

/** In `Collected`'s start units: not worked out yet. */
const UNKNOWN = -2;
/** In `Collected`'s start units: the person has no unit (each entry starts from its own). */
const NO_UNIT = -3;

/** The `escalatedTo` of every entry that escalates to no one: one frozen empty list. */
const NO_ONE: readonly Id[] = /* @__PURE__ */ Object.freeze([]);

/** The rank of each kind in the order of entries of one person on one due date. */
const KIND_RANK: Readonly<Record<ObligationKind, number>> = {
  'check-in': 0,
  approval: 1,
  dependency: 2,
  initiative: 3,
  review: 4,
};

/**
 * The lead of the nearest unit at or above `unit` that has one (−1 / none:
 * `null`), passing over `except` (an objective's owner does not approve it)
 * unless no one else leads a unit there.
 */
export function leadAtOrAbove(graph: OkrGraph, unit: number, except?: Id): Id | null {
  const units = graph.set.units;
  const parent = graph.units.parent;
  let first: Id | null = null;
  for (let u = unit; u >= 0; u = parent[u]!) {
    const lead = units[u]!.leadId;
    if (lead === undefined) continue;
    if (lead !== except) return lead;
    first ??= lead;
  }
  return first;
}
