/**
 * The one range in which two versions of a text differ, and how an offset of the old version
 * moves into the new one. Found by comparing the texts' ends rather than taken from the editor's
 * change events, so that the language service stays a function of text alone; comparing a
 * megabyte costs a few milliseconds, far less than re-reading it.
 */
export interface TextChange {
  /** [start, oldEnd) of the old text became [start, newEnd) of the new one. */
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * Equal runs are skipped a chunk at a time: comparing two slices is the engine's own comparison,
 * several times faster than a loop over code units, which matters because a keystroke in a 3 MB
 * contract compares both versions (and its answers compare them again).
 */
const CHUNK = 1024;

export function changeBetween(oldText: string, newText: string): TextChange {
  const shorter = Math.min(oldText.length, newText.length);
  let start = 0;
  while (
    start + CHUNK <= shorter &&
    oldText.slice(start, start + CHUNK) === newText.slice(start, start + CHUNK)
  ) {
    start += CHUNK;
  }
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  const maxSuffix = shorter - start;
  const oldEnd = oldText.length;
  const newEnd = newText.length;
  while (
    suffix + CHUNK <= maxSuffix &&
    oldText.slice(oldEnd - suffix - CHUNK, oldEnd - suffix) ===
      newText.slice(newEnd - suffix - CHUNK, newEnd - suffix)
  ) {
    suffix += CHUNK;
  }
  while (
    suffix < maxSuffix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/**
 * Where an old offset is in the new text, as an editor moves a marker: up to the change it stays,
 * after it it moves by the change in length, and inside the replaced text it goes to the edge of
 * the new text (`side` −1: its start, for a range's start; +1: its end, for a range's end).
 */
export function mapOffset(change: TextChange, offset: number, side: -1 | 1): number {
  if (offset <= change.start) return offset;
  if (offset >= change.oldEnd) return offset + change.newEnd - change.oldEnd;
  return side < 0 ? change.start : change.newEnd;
}
