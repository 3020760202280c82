import type { Id } from '../model/types.js';

/** A read-only map from id to entity, backed by the set's array and a map of positions. */
export class IdMap<T extends { id: Id }> implements ReadonlyMap<Id, T> {
  readonly #items: readonly T[];
  readonly #pos: ReadonlyMap<Id, number>;
  constructor(items: readonly T[], pos: ReadonlyMap<Id, number>) {
    this.#items = items;
    this.#pos = pos;
  }
  get size(): number {
    return this.#pos.size;
  }
  get(id: Id): T | undefined {
    const i = this.#pos.get(id);
    return i === undefined ? undefined : this.#items[i];
  }
  has(id: Id): boolean {
    return this.#pos.has(id);
  }
  forEach(callback: (value: T, key: Id, map: ReadonlyMap<Id, T>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.#pos) callback.call(thisArg, this.#items[i]!, id, this);
  }
  *entries(): MapIterator<[Id, T]> {
    for (const [id, i] of this.#pos) yield [id, this.#items[i]!];
  }
  keys(): MapIterator<Id> {
    return this.#pos.keys();
  }
  *values(): MapIterator<T> {
    for (const i of this.#pos.values()) yield this.#items[i]!;
  }
  [Symbol.iterator](): MapIterator<[Id, T]> {
    return this.entries();
  }
}
