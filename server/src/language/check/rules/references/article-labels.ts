/**
 * ref.unknown-article-label: a {第条:見出し} reference whose heading no article has, or two
 * articles have. It would print as written instead of an article number.
 */
import type { RefInline } from "../../../ast";
import { articleLabelOf, resolveArticleLabel } from "../../../model/article-labels";
import { closestName } from "../../support/names";
import { fixData } from "../../quick-fix";
import type { DiagnosticKind, Rule, RuleContext } from "../../rule";
import { articleWithTitle, headingLocation } from "../../support/labels";

export const REF_UNKNOWN_ARTICLE_LABEL: DiagnosticKind = {
  id: "ref.unknown-article-label",
  severity: "error",
  title: "「{第条:見出し}」の見出しの条がありません（または二つあります）。",
  summary:
    "A reference to an article by its heading ({第条:秘密保持}) names a heading that no article has, or that two articles share.",
  fix: "見出しを、参照したい条の見出しのとおりに書いてください。同じ見出しの条が二つあるなら、どちらかの見出しを変えてください。",
  example: {
    bad: "第1条（秘密保持）\n乙は秘密を守る。\n\n第2条（契約解除）\n乙が{第条:機密保持}に違反したときは解除できる。",
    good: "第1条（秘密保持）\n乙は秘密を守る。\n\n第2条（契約解除）\n乙が{第条:秘密保持}に違反したときは解除できる。",
  },
};

function checkLabel(ref: RefInline, label: string, { analysis, report }: RuleContext): void {
  const { articlesByHeading } = analysis.scope;
  const target = resolveArticleLabel(articlesByHeading, label);
  if (target.kind === "found") return;
  const span = ref.pathSpan;
  if (target.kind === "ambiguous") {
    report(REF_UNKNOWN_ARTICLE_LABEL, {
      span,
      message: `見出しが「${label}」の条が${target.articles.length}つあり、どの条か決まりません。どちらかの見出しを変えてください。`,
      related: target.articles.map((a) => headingLocation(a, `${articleWithTitle(a)}はここです。`)),
    });
    return;
  }
  const headings = analysis.index.articles.flatMap((a) =>
    a.heading.title === null ? [] : [a.heading.title],
  );
  const near = closestName(label, headings);
  report(REF_UNKNOWN_ARTICLE_LABEL, {
    span,
    message: `見出しが「${label}」の条はありません。${near === null ? "" : `「${near}」のことなら、そう書いてください。`}見出しは条の見出し（第N条（…）の括弧内）のとおりに書きます。`,
    ...(near === null
      ? {}
      : {
          data: fixData({
            title: `「{第条:${near}}」に直す`,
            edits: [{ span: ref.span, newText: `{第条:${near}}` }],
            preferred: true,
          }),
        }),
  });
}

export const articleLabelsRule: Rule = {
  name: "references/article-labels",
  kinds: [REF_UNKNOWN_ARTICLE_LABEL],
  check(context) {
    for (const { ref } of context.index.references) {
      const label = articleLabelOf(ref);
      if (label !== null) checkLabel(ref, label, context);
    }
  },
};
