/**
 * The check behind `--unit`, `--cycle`, `--owner` and `--person`: the id
 * names something in the set, or the message helps to the right one.
 *
 * @module
 */
import { closeChoice } from './args.js';
import { CliError } from './CliError.js';

/** Ids listed in the message at most (a large organisation has thousands). */
const LISTED = 20;

/** Something an option names by id, with the name or title people know it by. */
export interface Named {
  readonly id: string;
  readonly name?: string | undefined;
  readonly title?: string | undefined;
}

/**
 * Throws when `id` is given and no item of `list` has it: `unknown unit 'ops'
 * (units: shop, sales)`, with the id whose name was given (`--unit Sales`:
 * the id of Sales is 'sales') or the closest id (of the same first letter),
 * and at most 20 ids listed.
 *
 * @param others - More choices than the ids, said after the list (`'unassigned': …`).
 */
export function requireKnownId(
  list: readonly Named[],
  id: string | undefined,
  noun: 'unit' | 'cycle' | 'person',
  others?: string,
): void {
  if (id === undefined || list.some((item) => item.id === id)) return;
  const plural = noun === 'person' ? 'people' : `${noun}s`;
  const wanted = id.trim().toLowerCase();
  const byName = list.find((item) => (item.name ?? item.title)?.trim().toLowerCase() === wanted);
  let hint = '';
  if (byName !== undefined) {
    hint = `: that is the name of ${noun} '${byName.id}'; give its id`;
  } else {
    const close = closeChoice(
      id,
      list.map((item) => item.id),
    );
    if (close !== undefined) hint = `; did you mean '${close}'?`;
  }
  const ids = list.slice(0, LISTED).map((item) => item.id);
  const more = list.length > LISTED ? `, … and ${list.length - LISTED} more` : '';
  throw new CliError(
    `unknown ${noun} '${id}'${hint} (${plural}: ${ids.join(', ')}${more}${others === undefined ? '' : `; ${others}`})`,
  );
}
