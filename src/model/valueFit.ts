import { describeValue, quote } from '../_lib/quote.js';
import type { Path } from './issue.js';
import type { Measure } from './types.js';

/** No mismatch (shared: the common case allocates nothing). */
const NONE: readonly ValueMismatch[] = /* @__PURE__ */ Object.freeze([]);

/** One way a check-in value does not fit its measure: where inside the value, and why. */
export interface ValueMismatch {
  /** The path inside the value (`[]` for the value itself, `[j]` for a checklist entry). */
  readonly path: Path;
  readonly message: string;
}

/**
 * The one check of a check-in value against its key result's measure, shared
 * by the parser's integrity checks and the commands (the scorer trusts what
 * they let through): a finite number for metric, threshold and range key
 * results; `true`/`false` (or 1/0) for a milestone; the list of done item ids
 * of a checklist, each known and listed once; nothing for a derived key
 * result. Linear in the length of the list. Internal.
 */
export function valueMismatches(measure: Measure, value: unknown): readonly ValueMismatch[] {
  switch (measure.kind) {
    case 'metric':
    case 'threshold':
    case 'range':
      return typeof value === 'number' && Number.isFinite(value)
        ? NONE
        : [
            {
              path: [],
              message: `A ${measure.kind} key result takes a finite number, got ${describeValue(value)}.`,
            },
          ];
    case 'milestone':
      return typeof value === 'boolean' || value === 0 || value === 1
        ? NONE
        : [
            {
              path: [],
              message: `A milestone key result takes true/false (or 1/0), got ${describeValue(value)}.`,
            },
          ];
    case 'derived':
      return [
        {
          path: [],
          message:
            'A derived key result takes no check-ins: its progress comes from its child objectives.',
        },
      ];
    case 'checklist': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        return [
          {
            path: [],
            message: `A checklist key result takes the list of done item ids, got ${describeValue(value)}.`,
          },
        ];
      }
      const out: ValueMismatch[] = [];
      const known = new Set<string>();
      for (const item of measure.items) known.add(item.id);
      const seen = new Set<string>();
      value.forEach((id: string, j) => {
        if (!known.has(id))
          out.push({ path: [j], message: `No checklist item has id ${quote(id)}.` });
        else if (seen.has(id))
          out.push({ path: [j], message: `The item ${quote(id)} is listed twice.` });
        seen.add(id);
      });
      return out.length === 0 ? NONE : out;
    }
    default:
      return NONE;
  }
}
