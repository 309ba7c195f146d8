/**
 * Open-addressing hash table from 32-bit feature hashes to an int value (a weight row, or the packed
 * location of a row's entries). A plain `Map<number, number>` works too but is several times slower on
 * the tagger's hot path, where each lookup is a likely cache miss.
 *
 * Most context features the tagger looks up (word bigrams of a corpus) are not in the model, and each
 * miss would cost a read of a cold slot in a table of megabytes. A one-bit-per-slot presence filter of a
 * few hundred kilobytes, which stays in the CPU cache, answers most of those misses without touching the
 * table (about 1 absent feature in 16 still gets through to a probe).
 */
export class FeatureTable {
  /** Interleaved [key, row] pairs: one cache line serves both the comparison and the answer. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Bit `filterBit(key)` is set for every key in the table. */
  private readonly filter: Int32Array;
  private readonly filterMask: number;
  readonly size: number;

  /** `hashes[i]` gets `values[i]` (default: i). Hashes must be non-zero and distinct. */
  constructor(hashes: ArrayLike<number>, values?: ArrayLike<number>) {
    let capacity = 16;
    while (capacity < hashes.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    const filterBits = Math.max(1024, capacity * 8);
    this.filter = new Int32Array(filterBits / 32);
    this.filterMask = filterBits - 1;
    this.size = hashes.length;
    for (let i = 0; i < hashes.length; i++) {
      const key = hashes[i] | 0;
      if (key === 0) throw new RangeError('Feature hash 0 is reserved for empty slots.');
      let slot = mix(key) & this.mask;
      while (this.slots[slot * 2] !== 0) {
        if (this.slots[slot * 2] === key) throw new RangeError(`Duplicate feature hash ${key}.`);
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = values ? values[i] : i;
      const bit = key & this.filterMask;
      this.filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  /** Value of a feature hash, or -1 when the model has no weight for it. */
  get(key: number): number {
    const bit = key & this.filterMask;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    let slot = mix(key) & this.mask;
    for (;;) {
      const k = slots[slot * 2];
      if (k === key) return slots[slot * 2 + 1];
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

// Feature hashes are already well mixed; one multiply keeps neighbouring slots independent (and
// independent of the low bits the filter uses).
function mix(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7;
}
