/** The defined name closest to a misspelt one, for 「もしかして」 suggestions. */

/** Levenshtein distance over code points, so 𠮷 counts as one character. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** The candidate nearest to `name`, if it is near enough to be a likely typo (at most half differs). */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const [m, n] = [[...name].length, [...candidate].length];
    const limit = Math.max(1, Math.floor(Math.max(m, n) / 2));
    // Lengths this far apart cannot be within the limit; skipping keeps a huge name cheap.
    if (Math.abs(m - n) > limit || m * n > 1_000_000) continue;
    const distance = editDistance(name, candidate);
    if (distance <= limit && (best === null || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name ?? null;
}

// How many edit-distance cells one check may spend on suggestions: plenty for any real contract,
// and a bound for a hostile one (50,000 distinct misspellings against 50,000 values would
// otherwise compare every pair).
const SUGGESTION_BUDGET = 5_000_000;

/**
 * closestName for many names against one list of candidates, as one rule's check asks it: each
 * name is worked out once, and past a total budget no more suggestions are made.
 */
export function nameSuggester(candidates: readonly string[]): (name: string) => string | null {
  const known = new Map<string, string | null>();
  const sizes = candidates.map((c) => [...c].length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let spent = 0;
  return (name) => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    const cost = [...name].length * total;
    const suggestion = spent + cost > SUGGESTION_BUDGET ? null : closestName(name, candidates);
    spent += Math.min(cost, SUGGESTION_BUDGET);
    known.set(name, suggestion);
    return suggestion;
  };
}
