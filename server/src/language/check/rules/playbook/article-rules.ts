/**
 * Playbook rules about articles: `requiredArticle` (an article on the topic must exist: 存続条項,
 * 準拠法) and `requiredPhrase` (the article on the topic must say one of the phrases: 再委託 only
 * with 事前の書面による承諾, 合意管轄 at 東京地方裁判所). The article is found by topic as the
 * standard articles are (model/type-coverage.ts); the fix inserts or rewrites it with the team's
 * preferred text.
 */
import type { Article, Span } from "../../../ast";
import type { Analysis } from "../../../model/analysis";
import { articleCovering } from "../../../model/type-coverage";
import type { RequiredArticleRule, RequiredPhraseRule } from "../../../types/playbook-data";
import { fixData, type QuickFix } from "../../quick-fix";
import type { Rule, RuleContext } from "../../rule";
import { lineBreakOf } from "../../../line-break";
import { anchorSpan, insertion, placement } from "../structure/standard-articles";
import { playbookKind } from "./playbook-kind";

type ArticleRule = RequiredArticleRule | RequiredPhraseRule;

function articleOf(rule: ArticleRule, analysis: Analysis): Article | undefined {
  return articleCovering({ topic: rule.topic, aliases: rule.aliases ?? [] }, analysis.index);
}

function insertFix(rule: ArticleRule, analysis: Analysis): QuickFix[] {
  if (rule.preferred === undefined || rule.preferred.length === 0) return [];
  const { edit, label } = insertion(
    { topic: rule.topic, skeleton: rule.preferred },
    placement(analysis),
    analysis,
  );
  return [{ title: `「${rule.topic}」の条をチームの文案で${label}として追加する`, edits: [edit] }];
}

function reportMissing(rule: ArticleRule, context: RuleContext): void {
  const span = anchorSpan(context.analysis);
  if (span === null) return;
  context.report(playbookKind(rule), {
    span,
    message: `${rule.message}（「${rule.topic}」の条がありません。）`,
    data: fixData(...insertFix(rule, context.analysis)),
  });
}

function bodySpan(article: Article): Span | null {
  const first = article.body[0];
  if (first === undefined) return null;
  return { start: first.span.start, end: article.body.reduce((end, e) => Math.max(end, e.span.end), 0) };
}

function bodyText(article: Article, analysis: Analysis): string {
  return analysis.index.proseLines
    .filter((line) => line.article === article)
    .map((line) => line.text)
    .join("\n");
}

function rewriteFix(rule: RequiredPhraseRule, article: Article, analysis: Analysis): QuickFix[] {
  const span = bodySpan(article);
  if (rule.preferred === undefined || rule.preferred.length === 0 || span === null) return [];
  const newText = rule.preferred.join(lineBreakOf(analysis.text));
  return [
    {
      title: `第${article.heading.number.text}条の本文をチームの文案に置き換える`,
      edits: [{ span, newText }],
    },
  ];
}

export function requiredArticleRule(rule: RequiredArticleRule): Rule {
  return {
    name: `playbook/${rule.id}`,
    kinds: [playbookKind(rule)],
    check(context) {
      if (articleOf(rule, context.analysis) === undefined) reportMissing(rule, context);
    },
  };
}

export function requiredPhraseRule(rule: RequiredPhraseRule): Rule {
  return {
    name: `playbook/${rule.id}`,
    kinds: [playbookKind(rule)],
    check(context) {
      const { analysis } = context;
      const article = articleOf(rule, analysis);
      if (article === undefined) return reportMissing(rule, context);
      const text = bodyText(article, analysis);
      if (rule.phrases.some((phrase) => text.includes(phrase))) return;
      context.report(playbookKind(rule), {
        span: article.heading.span,
        message: `${rule.message}（この条に「${rule.phrases.join("」「")}」がありません。）`,
        data: fixData(...rewriteFix(rule, article, analysis)),
      });
    },
  };
}
