// A Bloom filter over word hashes: membership in a large name list (about 200k first and last names) for a fixed
// 256 KB, with no parsing at load time. False positives (about 1.5%) only add noise to one feature.
import { mix } from './hash';

export const BLOOM_PROBES = 3;

export class BloomFilter {
  private readonly mask: number;

  /** `bits.length * 8` must be a power of two. */
  constructor(readonly bits: Uint8Array) {
    const size = bits.length * 8;
    if (size === 0 || (size & (size - 1)) !== 0) throw new Error(`Bloom filter size ${size} is not a power of two`);
    this.mask = size - 1;
  }

  static build(hashes: Iterable<number>, log2Bits: number): BloomFilter {
    const filter = new BloomFilter(new Uint8Array(2 ** (log2Bits - 3)));
    for (const h of hashes) filter.add(h);
    return filter;
  }

  private add(hash: number): void {
    const step = mix(hash, 0xb10f) | 1;
    for (let j = 0; j < BLOOM_PROBES; j++) {
      const bit = (hash + j * step) & this.mask;
      this.bits[bit >>> 3] |= 1 << (bit & 7);
    }
  }

  /** Whether a word with this `hashString` of its lower-case form may be in the set. */
  has(hash: number): boolean {
    const step = mix(hash, 0xb10f) | 1;
    for (let j = 0; j < BLOOM_PROBES; j++) {
      const bit = (hash + j * step) & this.mask;
      if ((this.bits[bit >>> 3] & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}
