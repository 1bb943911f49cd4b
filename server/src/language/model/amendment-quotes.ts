/**
 * What in a 変更覚書 belongs to the contract it amends, not to the memorandum: from 原契約第7条 to
 * the end of its sentence, every article reference is to that contract (「原契約第9条を第10条とし、
 * 第8条の次に…」), and the words it quotes are that contract's words; a line that is one quotation
 * (「第9条（追加作業）」) quotes that contract's new text. References and defined terms there are
 * not checked against the memorandum.
 */
import type { Span } from "../ast";

const OTHER_CONTRACT = /原契約書?(?=第)/gu;

const NONE: readonly Span[] = [];

/** Where, in `text`, the amended contract is cited: from 原契約第 to the end of its sentence. */
export function otherContractSpans(text: string): readonly Span[] {
  // Only a 変更覚書 cites 原契約: other lines (every line of a contract) are passed over without
  // running the pattern, and without a list of their own.
  if (!text.includes("原契約")) return NONE;
  const spans: Span[] = [];
  for (const match of text.matchAll(OTHER_CONTRACT)) {
    const start = match.index;
    if (start < (spans[spans.length - 1]?.end ?? 0)) continue;
    const stop = text.indexOf("。", start);
    spans.push({ start, end: stop === -1 ? text.length : stop });
  }
  return spans;
}

/** A line that is a single quotation: 「…」 with no closing bracket before its end. */
export function isQuotationLine(text: string): boolean {
  if (!text.startsWith("「") || !text.endsWith("」")) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "「") depth++;
    else if (c === "」" && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/** The outermost 「…」 quotations inside sentences that cite the amended contract, in order. */
export function amendedContractQuotes(text: string): readonly Span[] {
  const sentences = otherContractSpans(text);
  if (sentences.length === 0) return NONE;
  const quotes: Span[] = [];
  for (const sentence of sentences) {
    let depth = 0;
    let open = 0;
    for (let i = sentence.start; i < sentence.end; i++) {
      const c = text[i];
      if (c === "「" && depth++ === 0) open = i;
      else if (c === "」" && depth > 0 && --depth === 0) quotes.push({ start: open, end: i + 1 });
    }
  }
  return quotes;
}
