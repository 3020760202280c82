// Private: shape validation of command inputs with the model's zod schemas.
import type { Issue, Path } from '../model/issue.js';
import { unknownKeyIssue } from '../model/issueMessages.js';
import { okrSchemas } from '../model/schemas.js';
import { zodIssuesToIssues } from '../model/zodIssues.js';

/** Entity kinds whose schema validates a command input. */
export type EntityKind = 'checkIn' | 'objective' | 'keyResult' | 'initiative' | 'dependency';

/**
 * Validates the entity a command is about to write with the model schema of
 * its kind (strict: unknown keys are `unknown_key`), and adds the issues about
 * fields the caller supplied (`supplied`'s keys) that the command's own rules
 * have not already reported. Paths start at the input (`prefix` + field).
 */
export function addShapeIssues(
  issues: Issue[],
  kind: EntityKind,
  entity: unknown,
  supplied: Record<string, unknown>,
  prefix: Path = [],
): void {
  const schema = okrSchemas()[kind];
  const result = schema.safeParse(entity);
  if (result.success) return;
  for (const found of zodIssuesToIssues(result.error, [], entity, schema)) {
    const head = found.path[0];
    if (typeof head !== 'string' || !(head in supplied)) continue;
    const path = [...prefix, ...found.path];
    if (issues.some((i) => overlaps(i.path, path))) continue;
    issues.push({ ...found, path });
  }
}

/** Reports every key of a command input that the command does not know (`unknown_key`). */
export function checkKnownKeys(
  input: Record<string, unknown>,
  known: readonly string[],
  issues: Issue[],
  prefix: Path = [],
): void {
  for (const key of Object.keys(input)) {
    if (!known.includes(key))
      issues.push(
        unknownKeyIssue(
          prefix,
          key,
          known.filter((k) => !Object.hasOwn(input, k)),
        ),
      );
  }
}

function overlaps(a: Path, b: Path): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
