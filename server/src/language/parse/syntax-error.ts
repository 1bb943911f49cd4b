/**
 * Turns a peggy syntax error into a message a drafter can act on. The grammar names its rules in
 * Japanese ("条の見出し（第N条（見出し））"), so the expectations read as Japanese; a hint per block
 * kind says what the block should look like.
 */
import type { Span } from "../ast";
import type { BlockKind } from "./split-blocks";
import { widthAt, widthBefore } from "../vocabulary/surrogates";

interface Expectation {
  readonly type: string;
  readonly description?: string;
  readonly text?: string;
}

export interface PeggySyntaxError {
  readonly expected: readonly Expectation[] | null;
  readonly found: string | null;
  readonly location: {
    readonly start: { readonly offset: number };
    readonly end: { readonly offset: number };
  };
}

const BLOCK_HINTS: Readonly<Record<BlockKind, string>> = {
  leading: "",
  title: "「契約書「サーバー管理契約書」」の形で書いてください。",
  party: "「当事者 甲（委託者）」の形で書き、次の行から「会社名：…」などを書いてください。",
  terms: "「条件」の行の下に「名前：値」を一行ずつ書いてください。",
  preamble: "「前文」の行の下に本文を書いてください。",
  closing: "「後文」の行の下に本文を書いてください。",
  signatures: "「署名欄」の行の下に甲・乙などを一行ずつ書いてください。",
  article: "「第1条（目的）」の形の見出しの下に本文を書いてください。",
  chapter: "「第1章（総則）」の形で書き、次の行から条を書いてください。",
  annex: "「別紙1（仕様書）」の形の見出しの下に本文を書いてください。",
};

export function isPeggySyntaxError(error: unknown): error is PeggySyntaxError {
  return typeof error === "object" && error !== null && "location" in error && "expected" in error;
}

const INVISIBLE: Readonly<Record<string, string>> = {
  "\n": "改行",
  "\r": "改行",
  "\r\n": "改行",
  " ": "空白",
  "\t": "タブ",
};

function describeExpectation(e: Expectation): string {
  if (e.type === "literal" && e.text !== undefined) return INVISIBLE[e.text] ?? `「${e.text}」`;
  if (e.type === "end") return "行の終わり";
  return e.description ?? "";
}

function describeFound(found: string | null): string {
  if (found === null) return "ファイルの終わり";
  if (found === "\n" || found === "\r") return "改行";
  return `「${found}」`;
}

export function syntaxErrorMessage(error: PeggySyntaxError, kind: BlockKind): string {
  const expected = [...new Set((error.expected ?? []).map(describeExpectation).filter((d) => d !== ""))];
  const what = expected.length > 0 ? `${expected.join("または")}が必要ですが、` : "";
  return `${what}${describeFound(error.found)}があります。${BLOCK_HINTS[kind]}`;
}

/**
 * The span to show: the offending character (a whole surrogate pair), or the character before
 * it at the end of a line, so the squiggle is never zero-width.
 */
export function visibleSpan(text: string, offset: number, blockEnd: number): Span {
  const code = text.charCodeAt(offset);
  const atLineEnd = offset >= blockEnd || code === 0x0a || code === 0x0d;
  if (atLineEnd) {
    const before = text.charCodeAt(offset - 1);
    // An empty line has nothing visible to mark, and a span must never split CR LF.
    if (offset === 0 || before === 0x0a || before === 0x0d) return { start: offset, end: offset };
    return { start: offset - widthBefore(text, offset), end: offset };
  }
  return { start: offset, end: offset + widthAt(text, offset) };
}
