/**
 * Finds where each block of a .contract file starts. A block starts at a header line (第N条…,
 * 第N章・第N節, 別紙, 契約書「…」, 当事者 …, 条件, 前文, 後文, 署名欄); everything up to the next
 * header belongs to it. This is the parser's recovery point: the grammar reads each block on its
 * own, so a broken article cannot swallow the next one.
 */
import { drain, type Steps } from "../steps";
import { isArticleTail, isTitleTail } from "./heading";

export type BlockKind =
  | "leading"
  | "title"
  | "party"
  | "terms"
  | "preamble"
  | "closing"
  | "signatures"
  | "article"
  | "chapter"
  | "annex";

export interface BlockSlice {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
}

const INDENT = "[ \\t\\u3000]*";
const LINE_END = "(?=[\\r\\n]|$)";
const NUMERAL = "(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+)";

// Sticky so that each test looks only at the line that starts at lastIndex. One group per kind;
// the first three are headings only when the rest of the line is (see heading.ts).
const HEADER = new RegExp(
  [
    `(${INDENT}第${NUMERAL}条(?:の${NUMERAL})?)`,
    `(${INDENT}第${NUMERAL}[章節])`,
    `(${INDENT}別紙${NUMERAL}?)`,
    `(${INDENT}契約書${INDENT}「)`,
    `(${INDENT}当事者(?=[ \\t\\u3000\\r\\n甲乙丙丁]|$))`,
    `${INDENT}(条件|前文|後文|署名欄)${INDENT}${LINE_END}`,
  ].join("|"),
  "y",
);

// The characters a header line can start with: HEADER's indentation and the first character of
// each of its keywords. Most lines are prose and start with none of them, so they are passed over
// without running HEADER (a test in split-blocks.test.ts checks this set against HEADER); an
// indented line is passed over when its first character after the indentation starts no keyword
// (the fields of 当事者 and 条件 are indented).
const INDENT_CHARACTERS = " \t\u3000";
const KEYWORD_FIRST_CHARACTERS = "第別契当条前後署";
export const HEADER_FIRST_CHARACTERS = INDENT_CHARACTERS + KEYWORD_FIRST_CHARACTERS;
const codes = (characters: string) => new Set([...characters].map((c) => c.charCodeAt(0)));
const INDENTATION = codes(INDENT_CHARACTERS);
const KEYWORD_FIRST = codes(KEYWORD_FIRST_CHARACTERS);

/** Whether the line at `lineStart` starts, after any indentation, with a keyword's first character. */
function mayBeHeader(text: string, lineStart: number): boolean {
  let i = lineStart;
  while (INDENTATION.has(text.charCodeAt(i))) i++;
  return KEYWORD_FIRST.has(text.charCodeAt(i));
}

const SECTION_KINDS: Readonly<Record<string, BlockKind>> = {
  条件: "terms",
  前文: "preamble",
  後文: "closing",
  署名欄: "signatures",
};

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return text.length;
}

/** The rest of the line after the part of a header HEADER matched. */
function tailOf(text: string, lineStart: number, match: RegExpExecArray): string {
  return text.slice(lineStart + match[0].length, lineEnd(text, lineStart));
}

/** The kind of block the line starting at `lineStart` opens, or null when it is not a header line. */
export function headerKindAt(text: string, lineStart: number): BlockKind | null {
  if (!mayBeHeader(text, lineStart)) return null;
  HEADER.lastIndex = lineStart;
  const match = HEADER.exec(text);
  if (match === null) return null;
  if (match[1] !== undefined) return isArticleTail(tailOf(text, lineStart, match)) ? "article" : null;
  if (match[2] !== undefined) return isTitleTail(tailOf(text, lineStart, match)) ? "chapter" : null;
  if (match[3] !== undefined) return isTitleTail(tailOf(text, lineStart, match)) ? "annex" : null;
  if (match[4] !== undefined) return "title";
  if (match[5] !== undefined) return "party";
  return SECTION_KINDS[match[6] ?? ""] ?? null;
}

/**
 * Index just past the line break that ends the line containing `from` (CRLF, LF or a lone CR), or
 * `end` when the line goes on to it (looking no further: a line can be a megabyte long).
 */
export function nextLineStart(text: string, from: number, end = text.length): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
  return end;
}

/**
 * Splits `text` into blocks covering [bodyStart, text.length) without gaps. `bodyStart` skips a
 * byte-order mark. Text before the first header forms a "leading" block.
 */
export function splitBlocks(text: string, bodyStart = 0): BlockSlice[] {
  return drain(splitBlocksInSteps(text, bodyStart));
}

/** `splitBlocks` in steps of a few thousand lines: 50,000 articles take ~80 ms to split. */
export function* splitBlocksInSteps(text: string, bodyStart = 0): Steps<BlockSlice[]> {
  const slices = yield* splitRangeInSteps(text, bodyStart, text.length);
  return slices.length === 0 ? [{ kind: "leading", start: bodyStart, end: text.length }] : slices;
}

/**
 * Splits [from, to) the way `splitBlocks` splits the whole text, for re-splitting the part of a
 * file an edit touched. `from` must be a line start and `to` the start of a header line (or the
 * end of the text); an empty range has no blocks.
 */
export function splitRange(text: string, from: number, to: number): BlockSlice[] {
  return drain(splitRangeInSteps(text, from, to));
}

const LINES_PER_STEP = 5_000;

function* splitRangeInSteps(text: string, from: number, to: number): Steps<BlockSlice[]> {
  const slices: BlockSlice[] = [];
  let kind: BlockKind = "leading";
  let start = from;
  const breaks = new LineBreaks(text);
  let lines = 0;
  for (let line = from; line < to; line = breaks.nextLineStart(line)) {
    if (++lines % LINES_PER_STEP === 0) yield;
    const header = headerKindAt(text, line);
    if (header === null) continue;
    if (line > start) slices.push({ kind, start, end: line });
    kind = header;
    start = line;
  }
  if (to > start) slices.push({ kind, start, end: to });
  return slices;
}

/**
 * Line starts found with indexOf, which scans far faster than a loop over charCodeAt: the splitter
 * visits every line of the file. A lone CR is a line break too, so the next CR is kept as well (-1:
 * none left), and looked for again only once the lines have passed it.
 */
class LineBreaks {
  readonly #text: string;
  #nextLf = -2;
  #nextCr = -2;

  constructor(text: string) {
    this.#text = text;
  }

  /** Index just past the line break that ends the line containing `from`, as nextLineStart. */
  nextLineStart(from: number): number {
    const text = this.#text;
    if (this.#nextLf !== -1 && this.#nextLf < from) this.#nextLf = text.indexOf("\n", from);
    if (this.#nextCr !== -1 && this.#nextCr < from) this.#nextCr = text.indexOf("\r", from);
    const lf = this.#nextLf;
    const cr = this.#nextCr;
    if (cr !== -1 && (lf === -1 || cr < lf)) return cr + 1 === lf ? lf + 1 : cr + 1;
    return lf === -1 ? text.length : lf + 1;
  }
}
