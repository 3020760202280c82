/**
 * The two checks of an objective's shape the graph makes while it builds the
 * cascade, so that a set never parsed gets a path instead of a TypeError.
 * Internal.
 *
 * @module
 */
import { describeValue } from '../_lib/quote.js';
import { SokrError } from '../model/SokrError.js';

/** Throws `invalid_type` unless an objective's parent (present, not null) is an object. */
function checkParent(parent: unknown, o: number): void {
  if (parent === undefined || typeof parent === 'object') return;
  throw new SokrError([
    {
      path: ['objectives', o, 'parent'],
      code: 'invalid_type',
      message: `An objective's parent is { objectiveId } or { keyResultId }, got ${describeValue(parent)} (parse the set with parseOkrSet first).`,
    },
  ]);
}

/**
 * Throws `invalid_type` unless an objective's links are absent or a list of
 * objects (a set never parsed: `links: null`, `links: 'pillar'`): the
 * cascade, the pillar reach and the link rules read each link's `kind`.
 */
function checkLinks(links: unknown, o: number): void {
  if (links === undefined) return;
  if (!Array.isArray(links)) {
    throw new SokrError([
      {
        path: ['objectives', o, 'links'],
        code: 'invalid_type',
        message: `An objective's links are a list, got ${describeValue(links)} (parse the set with parseOkrSet first).`,
      },
    ]);
  }
  for (let i = 0; i < links.length; i++) {
    const link: unknown = links[i];
    if (typeof link !== 'object' || link === null) {
      throw new SokrError([
        {
          path: ['objectives', o, 'links', i],
          code: 'invalid_type',
          message: `Each link of an objective is an object ({ kind, … }), got ${describeValue(link)} (parse the set with parseOkrSet first).`,
        },
      ]);
    }
  }
}

/** The parent of objective `o` once its links and parent have the shape the cascade reads. */
export function checkedParent<P>(
  objective: { links?: unknown; parent?: P },
  o: number,
): P | undefined {
  checkLinks(objective.links, o);
  checkParent(objective.parent, o);
  return objective.parent;
}
