/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, but without
 * matchAll's cost when there is none. matchAll copies the pattern (a new RegExp) on every call,
 * ~10× the cost of a test: the checks run their patterns over every prose line and most lines hold
 * no match, so that copy was a large part of what many checks cost. A stateless probe (the same
 * pattern without the g flag, so `test` keeps no lastIndex) rules those lines out first.
 */
const NONE: readonly RegExpExecArray[] = [];

export type Matches = (text: string) => Iterable<RegExpExecArray>;

export function matchesOf(pattern: RegExp): Matches {
  if (!pattern.global) throw new Error(`matchesOf needs a global pattern: ${String(pattern)}`);
  const probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, ""));
  return (text) => (probe.test(text) ? text.matchAll(pattern) : NONE);
}
