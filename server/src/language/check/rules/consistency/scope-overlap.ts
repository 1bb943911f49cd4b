/**
 * consistency.scope-overlap: one task listed both as in scope (業務内容) and out of scope
 * (業務範囲外). Whether 乙 owes it — and is paid for it — then has no answer in the contract.
 */
import type { Article, Item } from "../../../ast";
import type { ContractIndex } from "../../../model/contract-index";
import type { DiagnosticKind, Rule } from "../../rule";
import { articleLabel, articleOn } from "../../support/articles";
import { isKanjiOrKanaText } from "../../../vocabulary/kanji-kana";

export const SCOPE_OVERLAP: DiagnosticKind = {
  id: "consistency.scope-overlap",
  severity: "warning",
  title: "同じ業務が業務内容と業務範囲外の両方に挙げられています。",
  summary: "An item appears both in the scope of work (業務内容) and in the out-of-scope list (業務範囲外).",
  fix: "どちらか一方から削除するか、範囲外とする部分を具体的に書き分けてください。",
  example: {
    bad: "第3条（業務内容）\n（1）サーバーの監視及び運用管理\n\n第4条（業務範囲外）\n（1）サーバーの監視",
    good: "第3条（業務内容）\n（1）サーバーの監視及び運用管理\n\n第4条（業務範囲外）\n（1）アプリケーション開発",
  },
};

/** A containment shorter than this is a shared word (管理, 開発), not the same task. */
const MIN_CONTAINED = 4;
/** Catch-all items (その他…, 前各号に付随する…) are not tasks of their own. */
const CATCH_ALL = /^(?:その他|前各号)/u;

interface ListedTask {
  readonly item: Item;
  readonly text: string;
  readonly key: string;
}

/** Spaces and punctuation removed, full-width letters folded: 「ＯＳの保守。」 = 「OSの保守」. */
function normalise(text: string): string {
  // Most tasks are kanji and kana alone: their own key (vocabulary/kanji-kana.ts).
  return isKanjiOrKanaText(text) ? text : text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");
}

function tasksOf(index: ContractIndex, source: string, article: Article): ListedTask[] {
  return index.paragraphsOf(article).flatMap(({ items }) =>
    items.flatMap((item) => {
      if (item.content === null) return [];
      const text = source.slice(item.content.span.start, item.content.span.end);
      const key = normalise(text);
      return key === "" || CATCH_ALL.test(key) ? [] : [{ item, text, key }];
    }),
  );
}

function overlaps(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_CONTAINED && longer.includes(shorter);
}

export const scopeOverlapRule: Rule = {
  name: "consistency/scope-overlap",
  kinds: [SCOPE_OVERLAP],
  check({ analysis, index, report }) {
    const scopeArticle = articleOn(index, "業務内容");
    const outArticle = articleOn(index, "業務範囲外");
    if (scopeArticle === undefined || outArticle === undefined) return;
    const inScope = tasksOf(index, analysis.text, scopeArticle);
    for (const out of tasksOf(index, analysis.text, outArticle)) {
      const same = inScope.filter((task) => overlaps(task.key, out.key));
      const first = same[0];
      if (first === undefined || out.item.content === null) continue;
      report(SCOPE_OVERLAP, {
        span: out.item.content.span,
        message: `「${out.text}」は${articleLabel(outArticle)}で対象外とされていますが、${articleLabel(scopeArticle)}の（${first.item.number.text}）「${first.text}」にも含まれています。乙が行う業務かどうかが読み取れないため、どちらか一方から削除するか、対象外とする部分を具体的に書き分けてください。`,
        related: same.map((task) => ({
          span: task.item.content?.span ?? task.item.span,
          message: `${articleLabel(scopeArticle)}の（${task.item.number.text}）「${task.text}」`,
        })),
      });
    }
  },
};
