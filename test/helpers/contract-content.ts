/** Views of a parsed contract that tests compare across edits. */
import type { Article, ContractDocument, Span } from "../../server/src/language/ast";

/**
 * Every character of prose, values and comments, in order, line ends normalised and without a
 * line's trailing layout: what formatting must never change.
 */
export function proseContent(document: ContractDocument, text: string): string[] {
  const out: string[] = [];
  // A line's trailing layout is layout, which formatting drops: a comment's span keeps it (a
  // prose line's and a stray line's do not), so it is not counted (fuzz seed 1298291961).
  const slice = (s: Span) =>
    text
      .slice(s.start, s.end)
      .replace(/\r\n|\r/g, "\n")
      .replace(/[ \t\u3000]+$/u, "");
  for (const block of document.blocks) {
    if (block.kind === "article") {
      out.push(block.heading.title ?? "");
      for (const e of block.body) {
        out.push(e.kind === "comment" ? slice(e.span) : e.content === null ? "" : slice(e.content.span));
      }
    } else if (block.kind === "preamble" || block.kind === "closing") {
      for (const l of block.lines) if (l.kind !== "blankLine") out.push(slice(l.span));
    } else if (block.kind === "party" || block.kind === "terms") {
      for (const e of block.entries)
        out.push(e.kind === "definition" ? `${e.name}=${e.valueText}` : slice(e.span));
    } else if (block.kind === "error") out.push(block.text.replace(/\r\n|\r/g, "\n"));
  }
  return out;
}

/** An article as JSON with every offset made relative to the article's start. */
export function relativeArticle(article: Article): string {
  const base = article.span.start;
  return JSON.stringify(article, (key, value: unknown) =>
    (key === "start" || key === "end") && typeof value === "number" ? value - base : value,
  );
}
