import { IdIndex } from '../_lib/IdIndex.js';
import type { Id } from '../model/types.js';

/**
 * Positions by id over one entity array, as a read-only `Map`: the first
 * entity with an id wins, iteration follows the array (later duplicates left
 * out). Built on the integrity checks' open-addressing `IdIndex`, which is
 * several times cheaper to build than a `Map` of the same size, so the graph
 * and the parser's checks share one id index builder.
 */
export class IdPositions implements ReadonlyMap<Id, number> {
  readonly #index: IdIndex;
  readonly #items: readonly { id: Id }[];
  /** True when some id is used by more than one entity. */
  readonly hasDuplicates: boolean;
  readonly size: number;

  constructor(items: readonly { id: Id }[]) {
    this.#items = items;
    this.#index = new IdIndex(items);
    this.hasDuplicates = this.#index.duplicates.length > 0;
    this.size = items.length - this.#index.duplicates.length;
  }

  get(id: Id): number | undefined {
    const at = this.#index.get(id);
    return at < 0 ? undefined : at;
  }

  /**
   * The position of `id` as `get` gives it, trying `guess` first: one string
   * comparison instead of a hash and a probe (two cache misses in a large
   * set) when the guess is right.
   */
  near(id: Id, guess: number): number | undefined {
    const items = this.#items;
    if (
      guess >= 0 &&
      guess < items.length &&
      items[guess]!.id === id &&
      (!this.hasDuplicates || this.isFirst(guess))
    ) {
      return guess;
    }
    return this.get(id);
  }

  has(id: Id): boolean {
    return this.#index.get(id) >= 0;
  }

  /** True when the entity at `position` is the one its id resolves to. */
  isFirst(position: number): boolean {
    return !this.hasDuplicates || this.#index.get(this.#items[position]!.id) === position;
  }

  forEach(
    callback: (value: number, key: Id, map: ReadonlyMap<Id, number>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, at] of this.entries()) callback.call(thisArg, at, id, this);
  }

  *entries(): MapIterator<[Id, number]> {
    const items = this.#items;
    for (let i = 0; i < items.length; i++) if (this.isFirst(i)) yield [items[i]!.id, i];
  }

  *keys(): MapIterator<Id> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<number> {
    for (const [, at] of this.entries()) yield at;
  }

  [Symbol.iterator](): MapIterator<[Id, number]> {
    return this.entries();
  }
}

/**
 * A lookup for one pass over a list that usually follows the order of the
 * list it refers to (check-ins grouped by key result in key-result order, key
 * results by objective): each call guesses the position after the previous
 * one found. When the guesses keep missing (a list in no such order), it
 * stops guessing and only hashes, so the guess never costs much.
 */
export function inOrderLookup(positions: IdPositions): (id: Id) => number {
  let previous = -1;
  let hits = 0;
  let misses = 0;
  return (id) => {
    let at: number | undefined;
    if (misses > hits + 64) at = positions.get(id);
    else {
      at = positions.near(id, previous + 1);
      if (at === previous + 1) hits++;
      else misses++;
    }
    if (at === undefined) return -1;
    previous = at;
    return at;
  };
}
