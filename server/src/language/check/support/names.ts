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
