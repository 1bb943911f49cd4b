/**
 * An article heading line read into its parts: 第7条（報酬） → number 7, title 報酬. The grammar
 * finds the line (grammar/contract.peggy, rule ArticleHeading) and hands it here through the
 * parser options, as it hands numerals to `readNumeral`: the logic is typed, the grammar is not.
 */
import type { ArticleHeading, Numbering, Span } from "../ast";
import type { ReportProblem } from "./parse-problem";

export interface HeadingLine {
  readonly number: Numbering;
  /** Everything after 条 up to the end of the line. */
  readonly tail: string;
  /** Offsets in the file. */
  readonly tailStart: number;
  readonly lineStart: number;
}

const TRAILING_LAYOUT = /[ \t\u3000]+$/u;

/**
 * Index of the parenthesis that closes the one at index 0, counting nesting, so that
 * 第5条（再委託（下請を含む））keeps its whole title; -1 when it never closes. Iterative: a line of
 * ten thousand （ must not overflow the stack.
 */
export function closingParen(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "（" || c === "(") depth++;
    else if (c === "）" || c === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function opensWithParen(text: string): boolean {
  return text.startsWith("（") || text.startsWith("(");
}

export function articleHeading(line: HeadingLine, report: ReportProblem): ArticleHeading {
  const { number, tailStart } = line;
  const trimmed = line.tail.replace(TRAILING_LAYOUT, "");
  const end = trimmed.length > 0 ? tailStart + trimmed.length : number.span.end + 1;
  const span: Span = { start: line.lineStart, end };
  const whole: Span = { start: tailStart, end: tailStart + trimmed.length };
  const label = `第${number.text}条`;
  const plain = { number, span, trailing: null };
  if (trimmed.length === 0) return { ...plain, title: null, titleSpan: null };
  if (!opensWithParen(trimmed)) {
    report({
      id: "syntax.article-heading",
      message: `${label}の見出しは「${label}（見出し）」のように括弧で囲んでください。`,
      span: whole,
    });
    return { ...plain, title: trimmed, titleSpan: whole };
  }
  const close = closingParen(trimmed);
  if (close < 0) {
    report({
      id: "syntax.article-heading",
      message: `${label}の見出しに閉じ括弧「）」がありません。見出しの最後に「）」を書いてください。`,
      span: whole,
    });
    return { ...plain, title: trimmed.slice(1), titleSpan: { start: tailStart + 1, end: whole.end } };
  }
  const after = trimmed.slice(close + 1);
  const trailing = after.trim().length > 0 ? after.trim() : null;
  if (trailing !== null) {
    report({
      id: "syntax.article-heading",
      message: `${label}の見出しの後に文があります。本文は改行して次の行から書いてください。`,
      span: { start: tailStart + close + 1, end: whole.end },
    });
  }
  return {
    number,
    span,
    title: trimmed.slice(1, close),
    titleSpan: { start: tailStart + 1, end: tailStart + close },
    trailing,
  };
}
