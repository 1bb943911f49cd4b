/**
 * The 「A」を「B」に pairs that turn one line into another inside an article, as 改め文 quote them:
 * A is never empty, names one place only (it occurs once in the whole article), and holds whole
 * numbers and balanced 「」, so that replacing the one occurrence of each A in turn gives the new
 * text. Null when a line cannot be changed that way (the caller rewrites the line or the article).
 */
import { diffChars } from "diff";

export interface Replacement {
  readonly from: string;
  readonly to: string;
}

interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

const MAX_EDITS = 2000;
// A quotation shorter than this (「は、」) says too little to find the place by eye.
const SHORTEST_QUOTE = 4;
// Equal runs shorter than this between two changes are quoted with them: 「3,300」 not 「3」「3」.
const SHORT_EQUAL = 2;
const NUMBER_CHARACTER = /[0-9０-９,，.．]/u;
// What follows a number and belongs with it in a quotation: 300,000円, 6か月, 1年間, 第3条.
const COUNTER = /[円年か月日間条項号通%％時分]/u;

function rawHunks(oldLine: string, newLine: string): Hunk[] | null {
  const parts = diffChars(oldLine, newLine, { maxEditLength: MAX_EDITS });
  if (parts === undefined) return null;
  const hunks: Hunk[] = [];
  let oldAt = 0;
  let newAt = 0;
  let open: Hunk | null = null;
  for (const part of parts) {
    const length = part.value.length;
    if (!part.added && !part.removed) {
      if (open !== null && length >= SHORT_EQUAL) {
        hunks.push(open);
        open = null;
      } else if (open !== null) {
        open.oldEnd += length;
        open.newEnd += length;
      }
      oldAt += length;
      newAt += length;
      continue;
    }
    open ??= { oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt };
    if (part.added) {
      newAt += length;
      open.newEnd = newAt;
    } else {
      oldAt += length;
      open.oldEnd = oldAt;
    }
  }
  if (open !== null) hunks.push(open);
  return hunks;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === "「") depth++;
    else if (c === "」" && --depth < 0) return false;
  }
  return depth === 0;
}

function occurrences(text: string, part: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1 && count < limit; at = text.indexOf(part, at + 1)) count++;
  return count;
}

/** Grows a hunk by equal context on both sides (the lines agree outside the hunks). */
function widen(h: Hunk, left: number, right: number): Hunk {
  return {
    oldStart: h.oldStart - left,
    oldEnd: h.oldEnd + right,
    newStart: h.newStart - left,
    newEnd: h.newEnd + right,
  };
}

// ー is of no script of its own; it lengthens the kana before it (サーバー).
const SCRIPTS = [
  /[\p{Script=Hiragana}ー]/u,
  /[\p{Script=Katakana}ー]/u,
  /\p{Script=Han}/u,
  /[A-Za-zＡ-Ｚａ-ｚ]/u,
];

/** Whether a quotation boundary between `a` and `b` falls inside a word (two kana, two kanji …). */
function splitsWord(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return SCRIPTS.some((script) => script.test(a) && script.test(b));
}

function onWordBoundaries(h: Hunk, oldLine: string): boolean {
  return (
    !splitsWord(oldLine[h.oldStart - 1], oldLine[h.oldStart]) &&
    !splitsWord(oldLine[h.oldEnd - 1], oldLine[h.oldEnd])
  );
}

function acceptable(h: Hunk, oldLine: string, newLine: string, body: string): boolean {
  const from = oldLine.slice(h.oldStart, h.oldEnd);
  const to = newLine.slice(h.newStart, h.newEnd);
  if (from.length === 0 || to.length === 0) return false;
  if (!balanced(from) || !balanced(to)) return false;
  if (
    NUMBER_CHARACTER.test(oldLine[h.oldStart - 1] ?? "") ||
    NUMBER_CHARACTER.test(oldLine[h.oldEnd] ?? "")
  ) {
    return false;
  }
  if (/[0-9０-９か]$/u.test(from) && COUNTER.test(oldLine[h.oldEnd] ?? "")) return false;
  return occurrences(body, from, 2) === 1;
}

/**
 * The smallest widening (up to the neighbouring hunks) that quotes one place whole: at least a few
 * characters, ending between words where it can (「から1年」 rather than 「ら1年」), anywhere otherwise.
 */
function settle(
  h: Hunk,
  room: { left: number; right: number },
  oldLine: string,
  newLine: string,
  body: string,
): Hunk | null {
  return (
    smallest(
      h,
      room,
      (c) =>
        c.oldEnd - c.oldStart >= Math.min(SHORTEST_QUOTE, oldLine.length) &&
        onWordBoundaries(c, oldLine) &&
        acceptable(c, oldLine, newLine, body),
    ) ?? smallest(h, room, (c) => acceptable(c, oldLine, newLine, body))
  );
}

function smallest(
  h: Hunk,
  room: { left: number; right: number },
  accept: (candidate: Hunk) => boolean,
): Hunk | null {
  for (let total = 0; total <= room.left + room.right; total++) {
    // Growing to the right first: 「300,000円」 reads better than 「額金300,000」.
    for (let left = Math.max(0, total - room.right); left <= Math.min(total, room.left); left++) {
      const candidate = widen(h, left, total - left);
      if (accept(candidate)) return candidate;
    }
    // Past a few dozen characters a quotation stops naming a place usefully.
    if (total > 40) return null;
  }
  return null;
}

/**
 * The replacements that make `oldLine` into `newLine`, checked against `body` (every line of the
 * article as it stands, joined by newlines), which `oldLine` is part of; null when there are none.
 */
export function lineReplacements(oldLine: string, newLine: string, body: string): Replacement[] | null {
  const hunks = rawHunks(oldLine, newLine);
  if (hunks === null || hunks.length === 0) return null;
  const replacements: Replacement[] = [];
  let current = body;
  let lineNow = oldLine;
  let shift = 0;
  let previousEnd = 0;
  for (const [k, hunk] of hunks.entries()) {
    const nextStart = hunks[k + 1]?.oldStart ?? oldLine.length;
    const room = { left: hunk.oldStart - previousEnd, right: nextStart - hunk.oldEnd };
    const settled = settle(hunk, room, oldLine, newLine, current);
    if (settled === null) return null;
    const from = oldLine.slice(settled.oldStart, settled.oldEnd);
    const to = newLine.slice(settled.newStart, settled.newEnd);
    replacements.push({ from, to });
    const at = settled.oldStart + shift;
    const updated = `${lineNow.slice(0, at)}${to}${lineNow.slice(at + from.length)}`;
    current = current.replace(lineNow, updated);
    lineNow = updated;
    shift += to.length - from.length;
    previousEnd = settled.oldEnd;
  }
  return lineNow === newLine ? replacements : null;
}
