/**
 * structure.missing-article and structure.missing-essential-article: a topic the standard form of
 * this kind of contract covers (contract-type.ts) has no article on it, whatever the headings
 * (article-topics.ts). Essential topics (報酬, 秘密保持,
 * 損害賠償, 反社会的勢力の排除, 合意管轄 …) are warnings: without them a dispute goes badly. The
 * fix appends the topic's skeleton as a new article after the last one, before 後文.
 */
import type { Article, Span } from "../../../ast";
import type { Analysis } from "../../../model/analysis";
import type { ContractIndex } from "../../../model/contract-index";
import type { ContractType, StandardArticle } from "../../../model/contract-type";
import { fixData, type TextEdit } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { articleWithTitle, bounds } from "../../support/labels";
import { lineBreakOf } from "../../../line-break";
import { formatLike } from "../../support/number-style";

export const STRUCTURE_MISSING_ARTICLE: DiagnosticKind = {
  id: "structure.missing-article",
  severity: "information",
  title: "この種類の契約書に通常ある条がありません。",
  summary:
    "A standard article of this contract type (e.g. 不可抗力, 協議事項) has no article in the contract.",
  fix: "必要かどうか検討し、必要なら条を追加してください。クイックフィックスは条のひな形を最後の条の後に追加します。",
  example: {
    bad: "契約書「サーバー管理契約書」\n…\n第23条（合意管轄）\n…",
    good: "契約書「サーバー管理契約書」\n…\n第23条（合意管轄）\n…\n\n第24条（不可抗力）\n天災地変その他当事者の合理的支配を超える事由による損害について、当事者は責任を負わない。",
  },
};

export const STRUCTURE_MISSING_ESSENTIAL_ARTICLE: DiagnosticKind = {
  id: "structure.missing-essential-article",
  severity: "warning",
  title:
    "この種類の契約書に欠かせない条（秘密保持・損害賠償・反社会的勢力の排除・合意管轄など）がありません。",
  summary:
    "An essential article is missing. Articles are matched by topic, not exact heading (機密保持, 秘密情報の取扱い → 秘密保持; 責任の制限 → 損害賠償; 管轄裁判所 → 合意管轄; a heading naming no topic is read by its body). Any contract between companies (every party states a 会社名) needs 秘密保持, 損害賠償, 反社会的勢力の排除 and 合意管轄 whatever its title; a サーバー管理契約書 also needs 報酬 and 契約期間.",
  fix: "条を追加してください。クイックフィックスは条のひな形を最後の条の後に追加します。",
  example: {
    bad: "契約書「サーバー管理契約書」\n…\n第24条（合意管轄）\n…",
    good: "契約書「サーバー管理契約書」\n…\n第24条（合意管轄）\n…\n\n第25条（反社会的勢力の排除）\n甲及び乙は、自ら及び役員等が反社会的勢力に該当しないことを表明保証する。",
  },
};

interface Placement {
  readonly number: number;
  readonly at: number;
  readonly newText: (heading: string, body: string) => string;
}

function articleEnd(article: Article): number {
  return article.body.reduce((end, entry) => Math.max(end, entry.span.end), article.heading.span.end);
}

// After the last article's last line; with no articles, before 後文 or 署名欄, or at the end.
function placement(analysis: Analysis): Placement {
  const { index, text, document } = analysis;
  const eol = lineBreakOf(text);
  const number = (bounds([...index.articlesByNumber.keys()])?.high ?? 0) + 1;
  const last = index.articles[index.articles.length - 1];
  if (last !== undefined) {
    return { number, at: articleEnd(last), newText: (h, b) => `${eol}${eol}${h}${eol}${b}` };
  }
  const next = document.blocks.find((b) => b.kind === "closing" || b.kind === "signatures");
  if (next !== undefined)
    return { number, at: next.span.start, newText: (h, b) => `${h}${eol}${b}${eol}${eol}` };
  const lead = text.length === 0 || /[\r\n]$/u.test(text) ? "" : eol;
  return { number, at: text.length, newText: (h, b) => `${lead}${eol}${h}${eol}${b}${eol}` };
}

function insertion(standard: StandardArticle, place: Placement, analysis: Analysis) {
  const last = analysis.index.articles[analysis.index.articles.length - 1];
  const written = formatLike(last?.heading.number.text ?? "1", place.number);
  const heading = `第${written}条（${standard.title}）`;
  const body = standard.skeleton.join(lineBreakOf(analysis.text));
  const edit: TextEdit = { span: { start: place.at, end: place.at }, newText: place.newText(heading, body) };
  return { edit, label: `第${written}条` };
}

/** The article covering each standard topic, in the standard order (undefined: missing). */
function coverage(type: ContractType, index: ContractIndex): (Article | undefined)[] {
  return type.standardArticles.map((standard) => index.topics.articleOn(standard.title));
}

/** Where the topic usually stands, in terms of this contract's own articles. */
function usualPlace(position: number, covering: readonly (Article | undefined)[]): string {
  const before = covering.slice(0, position).findLast((a) => a !== undefined);
  if (before !== undefined) return `${articleWithTitle(before)}の次`;
  const after = covering.slice(position + 1).find((a) => a !== undefined);
  return after === undefined ? "最初の条" : `${articleWithTitle(after)}の前`;
}

interface Missing {
  readonly standard: StandardArticle;
  readonly position: number;
  readonly where: string;
}

function reportMissing(
  { standard, position, where }: Missing,
  type: ContractType,
  span: Span,
  place: Placement,
  context: RuleContext,
) {
  const { edit, label } = insertion(standard, place, context.analysis);
  const kind = standard.essential ? STRUCTURE_MISSING_ESSENTIAL_ARTICLE : STRUCTURE_MISSING_ARTICLE;
  const risk = standard.essential
    ? "この条がないと、紛争になったときに大きな不利益を受けるおそれがあります。"
    : "";
  const usual = type.ordered
    ? `${type.name}では通常第${position + 1}条に置かれ、この契約書では${where}に当たります。`
    : `${type.name}には通常置かれる条です。`;
  context.report(kind, {
    span,
    message: `「${standard.title}」の条がありません。${risk}${usual}条を追加してください（クイックフィックスで${label}として最後の条の後に追加できます）。`,
    data: fixData({ title: `「${standard.title}」の条を${label}として追加する`, edits: [edit] }),
  });
}

function anchorSpan(analysis: Analysis): Span | null {
  const title = analysis.document.blocks.find((b) => b.kind === "title");
  if (title?.kind === "title") return title.titleSpan;
  return analysis.index.articles[analysis.index.articles.length - 1]?.heading.span ?? null;
}

export const standardArticlesRule: Rule = {
  name: "structure/standard-articles",
  kinds: [STRUCTURE_MISSING_ARTICLE, STRUCTURE_MISSING_ESSENTIAL_ARTICLE],
  check(context) {
    const { analysis } = context;
    const type = analysis.contractType;
    const span = anchorSpan(analysis);
    if (type === null || span === null) return;
    const covering = coverage(type, analysis.index);
    if (covering.every((a) => a !== undefined)) return;
    const place = placement(analysis);
    type.standardArticles.forEach((standard, position) => {
      if (covering[position] !== undefined) return;
      reportMissing(
        { standard, position, where: usualPlace(position, covering) },
        type,
        span,
        place,
        context,
      );
    });
  },
};
