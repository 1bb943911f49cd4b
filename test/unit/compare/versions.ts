/** Pairs of versions of the filled sample, shared by the comparison and amendment tests. */
import { readRepoFile, FILLED_PATH } from "../../helpers/fixtures";
import {
  articleText,
  deleteArticle,
  insertArticleAfter,
  moveArticleAfter,
  replaceOnce,
} from "../../helpers/contract-versions";

export const BASE = readRepoFile(FILLED_PATH);

export interface VersionPair {
  readonly name: string;
  readonly old: string;
  readonly new: string;
}

const NEW_ARTICLE = "第N条（緊急連絡）\n乙は、重大な障害を知ったときは、直ちに甲へ連絡する。";

function swapItems(text: string): string {
  const article = articleText(text, 2);
  const swapped = article.replace(
    "（1）クラウドサーバー\n（2）専用サーバー",
    "（1）専用サーバー\n（2）クラウドサーバー",
  );
  return text.replace(article, swapped);
}

export const PAIRS: readonly VersionPair[] = [
  {
    name: "a value change only",
    old: BASE,
    new: replaceOnce(BASE, "月額報酬：300,000円", "月額報酬：330,000円"),
  },
  { name: "an article inserted with renumbering", old: BASE, new: insertArticleAfter(BASE, 8, NEW_ARTICLE) },
  { name: "an article deleted", old: BASE, new: deleteArticle(BASE, 22) },
  {
    name: "an article inserted near the end",
    old: BASE,
    new: insertArticleAfter(BASE, 23, "第N条（通知）\n本契約に基づく通知は、書面又は電子メールにより行う。"),
  },
  {
    name: "a paragraph added",
    old: BASE,
    new: replaceOnce(
      BASE,
      "報酬総額を上限とする。\n",
      "報酬総額を上限とする。\n3．前項の上限は、乙の故意又は重大な過失による損害には適用しない。\n",
    ),
  },
  { name: "items reordered", old: BASE, new: swapItems(BASE) },
  {
    name: "a heading renamed",
    old: BASE,
    new: replaceOnce(BASE, "第12条（セキュリティ）", "第12条（情報セキュリティ）"),
  },
  { name: "an article moved", old: BASE, new: moveArticleAfter(BASE, 5, 7) },
  {
    name: "a paragraph rewritten",
    old: BASE,
    new: replaceOnce(
      BASE,
      "2．乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
      "2．前項の賠償額は、いかなる場合も金500万円を超えないものとする。",
    ),
  },
  {
    name: "two articles inserted at the front, one deleted further on",
    old: BASE,
    new: deleteArticle(
      insertArticleAfter(
        insertArticleAfter(
          BASE,
          0,
          "第N条（定義）\n本契約において用いる用語は、別段の定めがない限り、次のとおりとする。",
        ),
        1,
        "第N条（適用範囲）\n本契約は、甲乙間の一切の管理業務に適用する。",
      ),
      20,
    ),
  },
  {
    name: "a title and a preamble changed",
    old: BASE,
    new: replaceOnce(
      replaceOnce(BASE, "契約書「サーバー管理契約書」", "契約書「サーバー保守管理契約書」"),
      "以下の当事者間において",
      "次の当事者の間において",
    ),
  },
  { name: "CRLF against LF", old: BASE, new: BASE.replace(/\n/g, "\r\n") },
  { name: "identical files", old: BASE, new: BASE },
];

export function pair(name: string): VersionPair {
  const found = PAIRS.find((p) => p.name === name);
  if (found === undefined) throw new Error(name);
  return found;
}
