/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, but without
 * matchAll's cost. matchAll copies the pattern (a new RegExp) on every call, ~10× the cost of a
 * test: the checks run their patterns over every prose line, so that copy was a large part of what
 * many checks cost. A stateless probe (the same pattern without the g flag, so `test` keeps no
 * lastIndex) rules out the lines that hold no match; on the others the pattern itself is run with
 * `exec`, every match collected before they are handed out, so no caller ever sees the pattern's
 * lastIndex half-way (it is 0 again once exec finds no more).
 */
const NONE: readonly RegExpExecArray[] = [];

export type Matches = (text: string) => readonly RegExpExecArray[];

export function matchesOf(pattern: RegExp): Matches {
  if (!pattern.global) throw new Error(`matchesOf needs a global pattern: ${String(pattern)}`);
  if (pattern.sticky) throw new Error(`matchesOf needs a pattern without the y flag: ${String(pattern)}`);
  const probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, ""));
  return (text) => {
    if (!probe.test(text)) return NONE;
    const found: RegExpExecArray[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push(match);
      // An empty match moves on by one character, as matchAll does (a code point with the u flag).
      if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    }
    return found;
  };
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return index + (pair ? 2 : 1);
}
