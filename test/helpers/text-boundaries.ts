/** Checks that an offset is a place a range may start or end: inside the text, between characters. */
export function boundaryProblem(text: string, offset: number): string | null {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length)
    return `offset ${offset} outside 0..${text.length}`;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  if (before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff)
    return `offset ${offset} splits a surrogate pair`;
  if (before === 0x0d && at === 0x0a) return `offset ${offset} splits CR LF`;
  return null;
}
