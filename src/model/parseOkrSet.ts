import { checkIntegrity } from './checkIntegrity.js';
import type { Result } from './issue.js';
import type { ParseOptions } from './ParseOptions.js';
import { errorText, scanJsonData } from './scanJsonData.js';
import { okrSchemas } from './schemas.js';
import type { OkrSet } from './types.js';
import { zodIssuesToIssues } from './zodIssues.js';

export type { ParseOptions, UnknownKeys } from './ParseOptions.js';

/**
 * Parses and checks an OKR set. Never throws, whatever the input.
 *
 * First the structure (zod schemas, see {@link okrSchemas}): types, required
 * fields, enums, finite numbers, weights ≥ 0, confidence 0–10, real calendar
 * dates, unknown keys (one `unknown_key` issue each, or kept verbatim with
 * `{ unknownKeys: 'keep' }`), prototype-polluting keys (`unsafe_key`, in both
 * modes). When the structure is valid, the integrity of the set
 * ({@link checkIntegrity}): duplicate ids, dangling references, date order,
 * the unit tree, check-in values against their measure.
 *
 * Input that is not plain JSON data (cycles, bigints, functions, symbols,
 * getters that throw) gives `not_json` issues instead of an exception. The
 * parsed value is a fresh copy with the defaults filled in (values kept under
 * `unknownKeys: 'keep'` are the caller's own, unchanged).
 *
 * @param input - Anything, typically `JSON.parse` output.
 * @param options - `unknownKeys: 'reject'` (default) or `'keep'`.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`, each issue with `path`, `code`, `message`.
 * @example
 * ```ts
 * import { parseOkrSet } from 'sokr';
 * const result = parseOkrSet({
 *   units: [{ id: 'acme', name: 'Acme' }],
 *   people: [{ id: 'ada', name: 'Ada', unitId: 'acme' }],
 *   cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
 *   objectives: [{ id: 'o1', title: 'Delight customers', unitId: 'acme', cycleId: 'q1' }],
 *   keyResults: [{ id: 'kr1', objectiveId: 'o1', title: 'NPS 20 → 40', ownerId: 'ada',
 *     measure: { kind: 'metric', start: 20, target: 40 } }],
 * });
 * if (result.ok) console.log(result.value.objectives[0]?.state); // 'draft'
 * else console.log(result.issues);
 * ```
 */
export function parseOkrSet(input: unknown, options?: ParseOptions): Result<OkrSet> {
  try {
    if (options?.unknownKeys === 'keep') {
      // Kept values are copied verbatim, unseen by the schemas: check they are JSON data.
      const found = scanJsonData(input);
      if (found.length > 0) return { ok: false, issues: found };
    }
    const parsed = okrSchemas(options).okrSet.safeParse(input);
    if (!parsed.success) return { ok: false, issues: zodIssuesToIssues(parsed.error, [], input) };
    const issues = checkIntegrity(parsed.data);
    return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
  } catch (error) {
    // Only input that is not plain data gets here (a getter or proxy trap that throws).
    const found = scanJsonData(input);
    if (found.length > 0) return { ok: false, issues: found };
    return {
      ok: false,
      issues: [{ path: [], code: 'not_json', message: `the input could not be read (${errorText(error)})` }],
    };
  }
}
