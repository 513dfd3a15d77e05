// One deterministic PRNG for everything that must come out the same on every run: the NER trainer's shuffling,
// augmentation and k-means, and the hostile test pages built at run time.

/** mulberry32: a small, fast generator of numbers in [0, 1); the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
