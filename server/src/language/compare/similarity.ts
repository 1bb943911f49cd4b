/**
 * How much two texts have in common, from 0 to 1: the Dice coefficient of their character pairs.
 * Linear in their lengths, so that pairing articles that changed never costs a full diff.
 */
function pairCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = pairCounts(a);
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const pair = b.slice(i, i + 2);
    const left = counts.get(pair) ?? 0;
    if (left > 0) {
      common++;
      counts.set(pair, left - 1);
    }
  }
  return (2 * common) / (a.length - 1 + (b.length - 1));
}
