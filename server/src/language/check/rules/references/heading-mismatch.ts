/**
 * ref.heading-mismatch: 「第21条（反社会的勢力の排除）」 where 第21条 is 契約解除. Drafters quote
 * the heading next to the number so a reader can check it; after an article is inserted the number
 * moves on and the heading stays right, so the heading tells which article was meant.
 */
import type { Article } from "../../../ast";
import { fixData } from "../../quick-fix";
import { eachInSteps, steppedRule, type DiagnosticKind, type Rule, type RuleContext } from "../../rule";
import { articleName, articleWithTitle, headingLocation } from "../../support/labels";
import type { Resolver } from "../../../model/reference-resolve";
import type { ArticleReference, RefPart } from "../../../model/reference-scan";
import { quotedHeadingAfter } from "../../support/quoted-heading";
import { headingKey } from "../../../model/article-labels";

export const REF_HEADING_MISMATCH: DiagnosticKind = {
  id: "ref.heading-mismatch",
  severity: "warning",
  title: "参照に添えた見出しが、その番号の条の見出しと食い違っています。",
  summary:
    "A reference quotes a heading (第21条（反社会的勢力の排除）) that is not the heading of the article it numbers; usually the number went stale when articles were inserted.",
  fix: "条番号を、その見出しの条の番号に直してください（クイックフィックス）。番号が変わっても古くならない「{第条:見出し}」と書くこともできます。",
  example: {
    bad: "第1条（契約解除）\n甲は、第1条（秘密保持）に違反した乙との契約を解除できる。\n\n第2条（秘密保持）\n乙は秘密を守る。",
    good: "第1条（契約解除）\n甲は、第2条（秘密保持）に違反した乙との契約を解除できる。\n\n第2条（秘密保持）\n乙は秘密を守る。",
  },
};

/** The article part written by number in the reference itself (not 同条, not inherited). */
function numberedArticle(reference: ArticleReference): RefPart | undefined {
  return reference.parts.find((p) => p.level === "article" && p.anchor === "number" && p.branch === null);
}

function checkReference(
  reference: ArticleReference,
  resolver: Resolver,
  byHeading: ReadonlyMap<string, readonly Article[]>,
  { report }: RuleContext,
): void {
  const part = numberedArticle(reference);
  if (reference.statute || part === undefined || part.number === null) return;
  const quoted = quotedHeadingAfter(reference.line, part.span.end);
  const target = resolver.article(reference);
  if (quoted === null || target.kind !== "found") return;
  const named = target.article;
  const key = headingKey(quoted.title);
  if (named.heading.title !== null && headingKey(named.heading.title) === key) return;
  // Only a heading some article has: 「第7条（第2項を除く。）」 is a note, not a heading.
  const meant = byHeading.get(key);
  const right = meant?.length === 1 ? meant[0] : undefined;
  if (right === undefined) return;
  const number = part.number;
  report(REF_HEADING_MISMATCH, {
    span: { start: part.span.start, end: quoted.span.end },
    message: `「${articleName(named)}（${quoted.title}）」と書かれていますが、${articleWithTitle(named)}です。「${quoted.title}」は${articleName(right)}です。条番号を第${right.heading.number.text}条に直してください。`,
    related: [
      headingLocation(named, `${articleWithTitle(named)}はここです。`),
      headingLocation(right, `${articleWithTitle(right)}はここです。`),
    ],
    data: fixData({
      title: `第${right.heading.number.text}条（${quoted.title}）に直す`,
      edits: [{ span: number.span, newText: right.heading.number.text }],
      preferred: true,
    }),
  });
}

export const headingMismatchRule: Rule = steppedRule({
  name: "references/heading-mismatch",
  kinds: [REF_HEADING_MISMATCH],
  steps(context) {
    const resolver = context.views.resolver;
    const byHeading = context.analysis.scope.articlesByHeading;
    return eachInSteps(context.analysis.articleReferences, (reference) => {
      checkReference(reference, resolver, byHeading, context);
    });
  },
});
