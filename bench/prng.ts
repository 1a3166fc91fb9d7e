// A seeded PRNG (mulberry32) and pick helpers, so every generated article and graph is reproducible.
// Own code rather than a package: eight lines, and the bench must not depend on Math.random.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `k` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  chance(p: number): boolean;
}

/** A deterministic generator: the same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('createRng.pick: empty list');
    return items[int(0, items.length - 1)]!;
  };
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(int(0, copy.length - 1), 1)[0]!);
    return out;
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}
