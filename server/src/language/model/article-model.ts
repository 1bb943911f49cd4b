/**
 * The paragraphs (項) of an article as a reader counts them, which is not always one per line:
 * - in an article with numbered paragraphs (1．2．), an unnumbered line continues the paragraph
 *   before it (a ただし書), and unnumbered lines before the first number are paragraph 1 (the
 *   statute style, where paragraph 1 carries no number);
 * - in an article without numbers, each line may be a paragraph of its own. That is the reading
 *   that allows the most paragraphs, so a reference to 第2項 of a two-line article is never
 *   called wrong on a guess.
 * Items (号) belong to the paragraph they are written under.
 */
import type { Article, ArticleEntry, Item, Paragraph } from "../ast";

export type Line = Paragraph | Item;

export interface LogicalParagraph {
  readonly number: number;
  /** Its place among the article's paragraphs, counting from 0. */
  readonly position: number;
  readonly lines: readonly Line[];
  readonly items: readonly Item[];
}

export interface ArticleModel {
  readonly article: Article;
  readonly paragraphs: readonly LogicalParagraph[];
  paragraphOf(line: Line): LogicalParagraph | undefined;
  paragraph(number: number): LogicalParagraph | undefined;
  /** The items written just before `line` (the items a 前各号 on that line can mean). */
  itemsBefore(line: Line): readonly Item[];
  /** The items written just after `line` (the items of 次の各号). */
  itemsAfter(line: Line): readonly Item[];
}

interface Building {
  readonly number: number;
  readonly position: number;
  readonly lines: Line[];
  readonly items: Item[];
}

/** Where a line is: shared by all the models of one check, so an article costs no maps of its own. */
interface LineInfo {
  readonly index: number;
  readonly paragraph: Building;
}

export function isLine(entry: ArticleEntry): entry is Line {
  return entry.kind !== "comment";
}

function startsParagraph(line: Line, numbered: boolean, current: Building | undefined): boolean {
  if (current === undefined) return true;
  if (line.kind === "item") return false;
  return line.number !== null || !numbered;
}

function groupLines(lines: readonly Line[]): Building[] {
  const numbered = lines.some((l) => l.kind === "paragraph" && l.number !== null);
  const paragraphs: Building[] = [];
  for (const line of lines) {
    let current = paragraphs[paragraphs.length - 1];
    if (startsParagraph(line, numbered, current)) {
      const written = line.kind === "paragraph" ? line.number?.value : null;
      const number = written ?? (current === undefined ? 1 : current.number + 1);
      current = { number, position: paragraphs.length, lines: [], items: [] };
      paragraphs.push(current);
    }
    current?.lines.push(line);
    if (line.kind === "item") current?.items.push(line);
  }
  return paragraphs;
}

// Walks back over comments and, from a paragraph line, over continuation lines, then takes the
// run of items found there.
function itemsBefore(lines: readonly Line[], at: number): Item[] {
  const from = lines[at];
  const items: Item[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i];
    if (line === undefined) break;
    if (line.kind === "item") items.unshift(line);
    else if (items.length > 0 || from?.kind === "item" || line.number !== null) break;
  }
  return items;
}

function itemsAfter(lines: readonly Line[], at: number): Item[] {
  const items: Item[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line?.kind !== "item") break;
    items.push(line);
  }
  return items;
}

// Most articles have a handful of paragraphs; only a long one is worth a map by number.
const PARAGRAPHS_WITHOUT_MAP = 16;

/**
 * A class, so that a model is one object and not also four closures: a check builds a model for
 * every article a reference reads, and under tsx (the benches and tests) each closure is also
 * named through Object.defineProperty.
 */
class BuiltArticleModel implements ArticleModel {
  readonly paragraphs: readonly Building[];
  private readonly lines: readonly Line[];
  private readonly byNumber: ReadonlyMap<number, LogicalParagraph> | null;

  constructor(
    readonly article: Article,
    private readonly where: Map<Line, LineInfo>,
  ) {
    this.lines = article.body.filter(isLine);
    this.paragraphs = groupLines(this.lines);
    let index = 0;
    for (const paragraph of this.paragraphs)
      for (const line of paragraph.lines) where.set(line, { index: index++, paragraph });
    this.byNumber = this.paragraphs.length <= PARAGRAPHS_WITHOUT_MAP ? null : numberMap(this.paragraphs);
  }

  paragraphOf(line: Line): LogicalParagraph | undefined {
    return this.where.get(line)?.paragraph;
  }

  paragraph(number: number): LogicalParagraph | undefined {
    if (this.byNumber !== null) return this.byNumber.get(number);
    for (const p of this.paragraphs) if (p.number === number) return p;
    return undefined;
  }

  itemsBefore(line: Line): readonly Item[] {
    return itemsBefore(this.lines, this.where.get(line)?.index ?? -1);
  }

  itemsAfter(line: Line): readonly Item[] {
    return itemsAfter(this.lines, this.where.get(line)?.index ?? this.lines.length);
  }
}

function numberMap(paragraphs: readonly Building[]): Map<number, LogicalParagraph> {
  const byNumber = new Map<number, LogicalParagraph>();
  for (const p of paragraphs) if (!byNumber.has(p.number)) byNumber.set(p.number, p);
  return byNumber;
}

export function buildArticleModel(article: Article, where = new Map<Line, LineInfo>()): ArticleModel {
  return new BuiltArticleModel(article, where);
}

/** Article models built on demand, for the life of one check. */
export function articleModels(): (article: Article) => ArticleModel {
  const models = new Map<Article, ArticleModel>();
  const where = new Map<Line, LineInfo>();
  return (article) => {
    let model = models.get(article);
    if (model === undefined) {
      model = buildArticleModel(article, where);
      models.set(article, model);
    }
    return model;
  };
}
