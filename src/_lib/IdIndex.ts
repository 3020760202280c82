/**
 * Private: an id → position index over an array of entities, built for the
 * integrity checks of large sets. An open-addressing hash table in one
 * `Int32Array` (FNV-1a over the id's characters, linear probing, load ≤ ½):
 * several times cheaper to build than a `Map` of the same size, which
 * reallocates as it grows. Each slot keeps the position and the id's hash
 * side by side, so a probe that meets another id compares two numbers in
 * the table instead of reading that entity (a cache miss in a large set).
 * Ids are compared as strings, so any id works.
 */
export class IdIndex {
  readonly items: readonly { id: string }[];
  /** `[position, position of the first entity with that id]` of each later duplicate. */
  readonly duplicates: Array<[number, number]> = [];
  /** Slot `s` is `table[2s]` (position + 1, 0: empty) and `table[2s + 1]` (the id's hash). */
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(items: readonly { id: string }[]) {
    this.items = items;
    let capacity = 8;
    while (capacity < items.length * 2) capacity *= 2;
    const table = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      const h = hash(id);
      let slot = h & mask;
      for (;;) {
        const entry = table[2 * slot]!;
        if (entry === 0) {
          table[2 * slot] = i + 1;
          table[2 * slot + 1] = h;
          break;
        }
        if (table[2 * slot + 1] === h && items[entry - 1]!.id === id) {
          this.duplicates.push([i, entry - 1]);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    this.table = table;
    this.mask = mask;
  }

  /** The position of the first entity with this id, or -1. */
  get(id: string): number {
    const items = this.items;
    const table = this.table;
    const mask = this.mask;
    const h = hash(id);
    let slot = h & mask;
    for (;;) {
      const entry = table[2 * slot]!;
      if (entry === 0) return -1;
      if (table[2 * slot + 1] === h && items[entry - 1]!.id === id) return entry - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** True when an entity has this id. */
  has(id: string): boolean {
    return this.get(id) >= 0;
  }
}

/** 32-bit FNV-1a over UTF-16 code units (0 for an id that is not a string: a set never parsed). */
function hash(text: string): number {
  if (typeof text !== 'string') return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
