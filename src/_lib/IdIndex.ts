/**
 * Private: an id → position index over an array of entities, built for the
 * integrity checks of large sets. An open-addressing hash table in one
 * `Int32Array` (FNV-1a over the id's characters, linear probing, load ≤ ½):
 * several times cheaper to build than a `Map` of the same size, which
 * reallocates as it grows. Each slot packs the position with 8 bits of the
 * id's hash (lists of up to 2²³ entities), so a probe that meets another id
 * is told apart by the tag 255 times in 256 without reading that entity (a
 * cache miss in a large set). Ids are compared as strings, so any id works.
 */
export class IdIndex {
  readonly items: readonly { id: string }[];
  /** `[position, position of the first entity with that id]` of each later duplicate. */
  readonly duplicates: Array<[number, number]> = [];
  /** Slot: `(position + 1) << shift | tag` (0: empty). */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** 8 when slots carry a hash tag, 0 for lists too long to pack one. */
  private readonly shift: number;
  private readonly tagMask: number;

  constructor(items: readonly { id: string }[]) {
    this.items = items;
    let capacity = 8;
    while (capacity < items.length * 2) capacity *= 2;
    const table = new Int32Array(capacity);
    const mask = capacity - 1;
    const shift = items.length < 1 << 23 ? 8 : 0;
    const tagMask = shift === 0 ? 0 : 0xff;
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      const h = hash(id);
      const tag = h & tagMask;
      let slot = (h >>> shift) & mask;
      for (;;) {
        const entry = table[slot]!;
        if (entry === 0) {
          table[slot] = ((i + 1) << shift) | tag;
          break;
        }
        if ((entry & tagMask) === tag) {
          const at = (entry >>> shift) - 1;
          if (items[at]!.id === id) {
            this.duplicates.push([i, at]);
            break;
          }
        }
        slot = (slot + 1) & mask;
      }
    }
    this.table = table;
    this.mask = mask;
    this.shift = shift;
    this.tagMask = tagMask;
  }

  /** The position of the first entity with this id, or -1. */
  get(id: string): number {
    const { items, table, mask, shift, tagMask } = this;
    const h = hash(id);
    const tag = h & tagMask;
    let slot = (h >>> shift) & mask;
    for (;;) {
      const entry = table[slot]!;
      if (entry === 0) return -1;
      if ((entry & tagMask) === tag) {
        const at = (entry >>> shift) - 1;
        if (items[at]!.id === id) return at;
      }
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
  return h >>> 0;
}
