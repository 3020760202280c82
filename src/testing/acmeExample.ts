import type { OkrSet } from '../model/types.js';
// The repository's examples/acme.okr.json, bundled into the package at build time
// (tsup inlines the JSON into both the ESM and the CommonJS build of `sokr/testing`).
import acme from '../../examples/acme.okr.json';

/**
 * The Acme example: a fictional software company with a 2026 strategy
 * (mission, vision, values, four pillars, SWOT), eight units (company →
 * departments → teams), thirteen people, the year 2026 and its first two
 * quarters, 14 objectives with 32 key results (cascades, supporting links,
 * committed and aspirational objectives), 114 weekly check-ins,
 * initiatives, dependencies and risks. It is the content of `examples/acme.okr.json` in the
 * repository, shipped inside the package so the quick start and your own
 * experiments run without any file.
 *
 * The set is valid as it stands (`parseOkrSet` returns it unchanged, every
 * default written out). Every call returns a fresh deep copy: change it
 * freely.
 *
 * @returns a new copy of the Acme OKR set.
 *
 * @example
 * ```ts
 * import { rollup } from 'sokr';
 * import { acmeExample } from 'sokr/testing';
 * const set = acmeExample();
 * set.objectives.length; // 14
 * rollup(set, { asOf: '2026-02-15' }).company.score; // a number in 0–1
 * ```
 */
export function acmeExample(): OkrSet {
  return structuredClone(acme) as unknown as OkrSet;
}
