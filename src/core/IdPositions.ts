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
