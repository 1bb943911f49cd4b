/** A line of prose (an article's paragraph or item, a line of 前文・後文 or of an annex) with its source text. */
import type { Article, Item, Paragraph, Prose } from "../ast";

export interface ProseLine {
  /** The source text of the line: references appear as written ({月額報酬}). */
  readonly text: string;
  /** Offset of text[0] in the file. */
  readonly start: number;
  readonly prose: Prose;
  /** The article the line belongs to, or null in 前文・後文 and annexes. */
  readonly article: Article | null;
  readonly entry: Paragraph | Item | null;
  /**
   * The text with every {reference} masked (masked-prose.ts `withoutReferences`), made on first
   * use and kept: the term index and eight checks read it, and each made it again.
   */
  readonly proseOnly: string;
}
