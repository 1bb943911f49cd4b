/** The parser's findings, as diagnostics with the same catalogue entries as every other check. */
import type { ParseProblem, SyntaxId } from "../../../parse/parse-problem";
import type { DiagnosticKind, Rule } from "../../rule";

export { isSyntaxId } from "../../../parse/parse-problem";

const kind = (
  id: string,
  title: string,
  summary: string,
  fix: string,
  example: DiagnosticKind["example"],
): DiagnosticKind => ({ id, severity: "error", title, summary, fix, example });

export const SYNTAX_KINDS = {
  "syntax.article-heading": kind(
    "syntax.article-heading",
    "条の見出しの書き方が正しくありません。",
    "An article heading is malformed (missing parenthesis, text after it).",
    "「第7条（報酬）」のように書き、本文は次の行から書いてください。",
    {
      bad: "第7条（報酬\n甲は乙に対し、月額金{月額報酬}を支払う。",
      good: "第7条（報酬）\n甲は乙に対し、月額金{月額報酬}を支払う。",
    },
  ),
  "syntax.reference": kind(
    "syntax.reference",
    "値の参照「{…}」が閉じていないか、名前が正しくありません。",
    "A value reference {…} is unclosed, empty or has an invalid name.",
    "「{月額報酬}」のように閉じてください。文字の「{」は「{{」と書きます。",
    { bad: "甲は乙に対し、月額金{月額報酬を支払う。", good: "甲は乙に対し、月額金{月額報酬}を支払う。" },
  ),
  "syntax.stray-line": kind(
    "syntax.stray-line",
    "この場所に書けない行があります。",
    "A line that does not belong where it is written.",
    "「条件」「当事者」の下は「名前：値」、見出しの前には何も書かず、本文は「前文」や各条の下に書いてください。",
    { bad: "条件\n  月額報酬は30万円とする", good: "条件\n  月額報酬：300,000円（消費税別）" },
  ),
  "syntax.title": kind(
    "syntax.title",
    "タイトルの書き方が正しくありません。",
    "The title line is malformed.",
    "「契約書「サーバー管理契約書」」のように書いてください。",
    { bad: "契約書「サーバー管理契約書", good: "契約書「サーバー管理契約書」" },
  ),
  "syntax.party-heading": kind(
    "syntax.party-heading",
    "当事者の見出しの書き方が正しくありません。",
    "A party header is malformed (a role without its closing parenthesis, text after the role); the party and its fields are still read.",
    "「当事者 甲（委託者）」のように書き、役割の括弧を閉じてください。",
    {
      bad: "当事者 甲（委託者\n  会社名：株式会社アルファ",
      good: "当事者 甲（委託者）\n  会社名：株式会社アルファ",
    },
  ),
  "syntax.invalid": kind(
    "syntax.invalid",
    "この部分を読み取れません。",
    "A block the grammar cannot read; it is kept as written and the other blocks are still checked.",
    "メッセージの指示に従って見出しを書き直してください。",
    { bad: "当事者\n  会社名：株式会社アルファ", good: "当事者 甲（委託者）\n  会社名：株式会社アルファ" },
  ),
  "internal.parser": kind(
    "internal.parser",
    "読み取り中に内部エラーが起きました。",
    "The parser failed internally on this block.",
    "Keiyaku の不具合です。ファイルを添えて報告してください。",
    { bad: "（Keiyaku の不具合でのみ発生します）", good: "（Keiyaku の不具合でのみ発生します）" },
  ),
} as const satisfies Record<SyntaxId, DiagnosticKind>;

/** The catalogue entry of a parse problem: the ids are a closed list, each with its entry. */
export function syntaxKindOf(problem: ParseProblem): DiagnosticKind {
  return SYNTAX_KINDS[problem.id];
}

export const syntaxRule: Rule = {
  name: "syntax",
  kinds: Object.values(SYNTAX_KINDS),
  check({ analysis, report }) {
    for (const problem of analysis.problems) {
      report(syntaxKindOf(problem), { span: problem.span, message: problem.message });
    }
  },
};
