/**
 * ref.unknown-article, ref.unknown-paragraph, ref.unknown-item: 第N条・第N条第M項・第M号 written
 * in the prose that name an article, paragraph or item this contract does not have. Citations of
 * statutes (民法第415条, 同法第2条) are not this contract's articles and are left alone.
 */
import type { Article } from "../../../ast";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import type { LogicalParagraph } from "../../../model/article-model";
import { articleName, articleRange, headingLocation, itemRange } from "../../support/labels";
import { effectiveParts, type ArticleReference, type RefPart } from "../../../model/reference-scan";
import type { Resolver } from "../../../model/reference-resolve";

export const REF_UNKNOWN_ARTICLE: DiagnosticKind = {
  id: "ref.unknown-article",
  severity: "error",
  title: "本文が参照している条がこの契約書にありません。",
  summary:
    "A reference to an article (第N条) that the contract does not have; statute citations such as 民法第415条 are not checked.",
  fix: "条番号を正しい番号に直してください。法令の条文なら「民法第415条」のように法令名を前に書いてください。",
  example: {
    bad: "第1条（目的）\n甲は乙に対し、第3条に定める業務を委託する。\n\n第2条（業務内容）\n乙はサーバーを管理する。",
    good: "第1条（目的）\n甲は乙に対し、第2条に定める業務を委託する。\n\n第2条（業務内容）\n乙はサーバーを管理する。",
  },
};

export const REF_UNKNOWN_PARAGRAPH: DiagnosticKind = {
  id: "ref.unknown-paragraph",
  severity: "error",
  title: "本文が参照している項がその条にありません。",
  summary: "A reference to a paragraph (第N条第M項, or 第M項 of the current article) that does not exist.",
  fix: "項番号を正しい番号に直すか、参照先の条に項を書き足してください。",
  example: {
    bad: "第7条（報酬）\n甲は乙に対し、月額30万円を支払う。\n\n第8条（支払方法）\n第7条第2項の報酬は、翌月末日までに支払う。",
    good: "第7条（報酬）\n甲は乙に対し、月額30万円を支払う。\n\n第8条（支払方法）\n第7条の報酬は、翌月末日までに支払う。",
  },
};

export const REF_UNKNOWN_ITEM: DiagnosticKind = {
  id: "ref.unknown-item",
  severity: "error",
  title: "本文が参照している号がその項にありません。",
  summary:
    "A reference to an item (第N条第M号, 第N条第K項第M号, or 第M号 of the current paragraph) that does not exist.",
  fix: "号番号を正しい番号に直すか、参照先の項に号を書き足してください。",
  example: {
    bad: "第3条（業務内容）\n乙は次の業務を行う。\n（1）サーバーの監視\n（2）第3号の業務に付随する作業",
    good: "第3条（業務内容）\n乙は次の業務を行う。\n（1）サーバーの監視\n（2）第1号の業務に付随する作業",
  },
};

const own = (reference: ArticleReference, level: RefPart["level"]) =>
  reference.parts.find((p) => p.level === level && p.anchor === "number" && p.number?.value !== null);

function hasItem(items: readonly { readonly number: { readonly value: number | null } }[], value: number) {
  return items.some((i) => i.number.value === value);
}

function reportArticle(part: RefPart, { index, report }: RuleContext): void {
  const written = `第${part.number?.text ?? ""}条${part.branch === null ? "" : `の${part.branch.text}`}`;
  report(REF_UNKNOWN_ARTICLE, {
    span: part.span,
    message: `${written}はこの契約書にありません（${articleRange(index)}）。条番号を確かめて直してください。法令の条文を引用するなら「民法第415条」のように法令名を前に書いてください。`,
  });
}

function reportParagraph(part: RefPart, article: Article, resolver: Resolver, context: RuleContext): void {
  const count = resolver.model(article).paragraphs.length;
  const extent = count <= 1 ? "項に分かれていないので第1項しかありません" : `第1項から第${count}項までです`;
  context.report(REF_UNKNOWN_PARAGRAPH, {
    span: part.span,
    message: `${articleName(article)}に第${part.number?.text ?? ""}項はありません（${articleName(article)}は${extent}）。項番号を確かめて直してください。`,
    related: [headingLocation(article, `${articleName(article)}はここです。`)],
  });
}

function itemExists(
  reference: ArticleReference,
  article: Article,
  value: number,
  resolver: Resolver,
): { exists: boolean; paragraph?: LogicalParagraph } {
  const target = resolver.paragraph(reference, article);
  if (target.kind === "none" || target.kind === "missing") return { exists: true };
  if (target.kind === "any") {
    return { exists: resolver.model(article).paragraphs.some((p) => hasItem(p.items, value)) };
  }
  // 第3号 on a line after the items (a ただし書) means one of the items just above it.
  const entry = reference.line.entry;
  const unanchored = !effectiveParts(reference).some((p) => p.level === "paragraph");
  const nearby = unanchored && entry !== null ? resolver.model(article).itemsBefore(entry) : [];
  return {
    exists: hasItem(target.paragraph.items, value) || hasItem(nearby, value),
    paragraph: target.paragraph,
  };
}

function reportItem(
  part: RefPart,
  article: Article,
  paragraph: LogicalParagraph | undefined,
  context: RuleContext,
) {
  const item = `第${part.number?.text ?? ""}号`;
  const message =
    paragraph === undefined
      ? `${articleName(article)}のどの項にも${item}はありません。`
      : `${articleName(article)}第${paragraph.number}項に${item}はありません。${itemRange(paragraph)}`;
  context.report(REF_UNKNOWN_ITEM, {
    span: part.span,
    message: `${message}号番号を確かめて直してください。`,
    related: [headingLocation(article, `${articleName(article)}はここです。`)],
  });
}

function checkReference(reference: ArticleReference, resolver: Resolver, context: RuleContext): void {
  const target = resolver.article(reference);
  if (target.kind === "missing") {
    if (reference.parts.includes(target.part)) reportArticle(target.part, context);
    return;
  }
  if (target.kind !== "found") return;
  const paragraphPart = own(reference, "paragraph");
  const paragraph = resolver.paragraph(reference, target.article);
  if (paragraph.kind === "missing") {
    if (paragraph.part === paragraphPart) reportParagraph(paragraphPart, target.article, resolver, context);
    return;
  }
  const itemPart = own(reference, "item");
  const value = itemPart?.number?.value;
  if (itemPart === undefined || value === null || value === undefined) return;
  const found = itemExists(reference, target.article, value, resolver);
  if (!found.exists) reportItem(itemPart, target.article, found.paragraph, context);
}

export const articleReferencesRule: Rule = steppedRule({
  name: "references/article-references",
  kinds: [REF_UNKNOWN_ARTICLE, REF_UNKNOWN_PARAGRAPH, REF_UNKNOWN_ITEM],
  steps(context) {
    const resolver = context.views.resolver;
    // The references the analysis scanned once (the same as scanning each line again, in order).
    return eachInSteps(context.analysis.articleReferences, (reference) => {
      checkReference(reference, resolver, context);
    });
  },
});
