/**
 * Edits that make a second version of a contract the way drafters do: insert, delete or move an
 * article and renumber the rest, rewrite a line. Headings are found at line starts only.
 */
export const HEADING = /^第(\d+)条/gmu;

/** Adds `delta` to every article number from `from` on (headings only). */
export function renumber(text: string, from: number, delta: number): string {
  return text.replace(HEADING, (whole, n: string) =>
    Number(n) >= from ? `第${Number(n) + delta}条` : whole,
  );
}

/** The article's block: its heading line up to the blank line before the next header. */
export function articleText(text: string, n: number): string {
  const start = text.search(new RegExp(`^第${n}条`, "mu"));
  if (start === -1) throw new Error(`no 第${n}条`);
  const end = text.indexOf("\n\n", start);
  return text.slice(start, end === -1 ? text.length : end + 2);
}

/** Inserts `article` (headed 第N条) after article `n`, or before the first when `n` is 0. */
export function insertArticleAfter(text: string, n: number, article: string): string {
  const shifted = renumber(text, n + 1, 1);
  const at =
    n === 0
      ? shifted.search(/^第2条/mu)
      : shifted.indexOf(articleText(shifted, n)) + articleText(shifted, n).length;
  return `${shifted.slice(0, at)}${article.replace(/^第N条/u, `第${n + 1}条`)}\n\n${shifted.slice(at)}`;
}

export function deleteArticle(text: string, n: number): string {
  const without = text.replace(articleText(text, n), "");
  return renumber(without, n + 1, -1);
}

/** Moves article `n` to just after article `after` (n < after) and renumbers so numbers run on. */
export function moveArticleAfter(text: string, n: number, after: number): string {
  const moving = articleText(text, n);
  const without = text.replace(moving, "");
  const target = articleText(without, after);
  const at = without.indexOf(target) + target.length;
  const moved = `${without.slice(0, at)}${moving.replace(/^第\d+条/u, "第0条")}${without.slice(at)}`;
  let next = 1;
  return moved.replace(HEADING, () => `第${next++}条`);
}

export function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`no ${from}`);
  return text.replace(from, to);
}
