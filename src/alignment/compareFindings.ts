import type { Path } from '../model/issue.js';
import type { Finding, Severity } from './types.js';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePath(a: Path, b: Path): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return compareText(x, y);
  }
  return a.length - b.length;
}

/**
 * The order of `validate`'s findings: severity (error, warning, info), then
 * rule id, then path (indices numerically), then ids, then message.
 *
 * @param a - A finding.
 * @param b - Another finding.
 * @returns Negative when `a` comes first, positive when `b` does, 0 when equal.
 * @example
 * ```ts
 * import { compareFindings } from 'sokr';
 * findings.sort(compareFindings);
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    compareText(a.rule, b.rule) ||
    comparePath(a.path, b.path) ||
    compareText(a.ids.join('\u0000'), b.ids.join('\u0000')) ||
    compareText(a.message, b.message)
  );
}
