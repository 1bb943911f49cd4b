/**
 * Lookups over a parsed contract that the checks and the editor features share: articles by
 * number and by heading, the lines of prose with their source text, and every value reference.
 * Built once per analysis.
 */
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";
import type { ProseLine } from "./prose-line";
import type {
  Article,
  ArticleEntry,
  Block,
  ContractDocument,
  Definition,
  Item,
  Paragraph,
  PartyBlock,
  Prose,
  RefInline,
} from "../ast";

/** A paragraph (項) of an article with the items (号) written under it. */
export interface ArticleParagraph {
  readonly paragraph: Paragraph;
  readonly items: readonly Item[];
}

export interface ContractIndex {
  readonly articles: readonly Article[];
  readonly articlesByNumber: ReadonlyMap<number, readonly Article[]>;
  readonly proseLines: readonly ProseLine[];
  readonly references: readonly { readonly ref: RefInline; readonly line: ProseLine }[];
  /** Every definition in 条件 blocks, duplicates included, in source order. */
  readonly termDefinitions: readonly Definition[];
  /** Every party block, duplicates included. */
  readonly partyBlocks: readonly PartyBlock[];
  paragraphsOf(article: Article): readonly ArticleParagraph[];
  /** The first article whose heading is one of `titles`. */
  articleTitled(...titles: string[]): Article | undefined;
}

type LineEntry = Paragraph | Item;

function isLine(entry: ArticleEntry): entry is LineEntry {
  return entry.kind !== "comment";
}

function lineOf(text: string, prose: Prose, article: Article | null, entry: LineEntry | null): ProseLine {
  return {
    text: text.slice(prose.span.start, prose.span.end),
    start: prose.span.start,
    prose,
    article,
    entry,
  };
}

function blockLines(text: string, block: Block): ProseLine[] {
  if (block.kind === "article") {
    return block.body
      .filter(isLine)
      .flatMap((entry) => (entry.content === null ? [] : [lineOf(text, entry.content, block, entry)]));
  }
  if (block.kind === "preamble" || block.kind === "closing") {
    return block.lines.flatMap((line) => (line.kind === "prose" ? [lineOf(text, line, null, null)] : []));
  }
  return [];
}

function groupParagraphs(article: Article): ArticleParagraph[] {
  const groups: { paragraph: Paragraph; items: Item[] }[] = [];
  for (const entry of article.body) {
    if (entry.kind === "paragraph") groups.push({ paragraph: entry, items: [] });
    else if (entry.kind === "item") {
      const last = groups[groups.length - 1];
      // Items before any paragraph hang off an implicit, empty first paragraph.
      if (last === undefined) {
        groups.push({
          paragraph: { kind: "paragraph", span: entry.span, number: null, content: null },
          items: [entry],
        });
      } else last.items.push(entry);
    }
  }
  return groups;
}

export function buildContractIndex(document: ContractDocument, text: string): ContractIndex {
  return drain(contractIndexInSteps(document, text));
}

function* proseLinesInSteps(document: ContractDocument, text: string): Steps<ProseLine[]> {
  const lines: ProseLine[] = [];
  for (const [i, block] of document.blocks.entries()) {
    lines.push(...blockLines(text, block));
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return lines;
}

/** The index in steps (see steps.ts): the prose lines of 10,000 articles take tens of milliseconds. */
export function* contractIndexInSteps(document: ContractDocument, text: string): Steps<ContractIndex> {
  const articles = document.blocks.filter((b): b is Article => b.kind === "article");
  const articlesByNumber = new Map<number, Article[]>();
  for (const article of articles) {
    const n = article.heading.number.value;
    const same = n === null ? undefined : articlesByNumber.get(n);
    if (same !== undefined) same.push(article);
    else if (n !== null) articlesByNumber.set(n, [article]);
  }
  yield;
  const proseLines = yield* proseLinesInSteps(document, text);
  const references = proseLines.flatMap((line) =>
    line.prose.inlines.filter((i): i is RefInline => i.kind === "ref").map((ref) => ({ ref, line })),
  );
  yield;
  const termDefinitions = document.blocks.flatMap((b) =>
    b.kind === "terms" ? b.entries.filter((e): e is Definition => e.kind === "definition") : [],
  );
  const partyBlocks = document.blocks.filter((b): b is PartyBlock => b.kind === "party");
  const paragraphCache = new Map<Article, ArticleParagraph[]>();
  const index: ContractIndex = {
    articles,
    articlesByNumber,
    proseLines,
    references,
    termDefinitions,
    partyBlocks,
    paragraphsOf(article) {
      let groups = paragraphCache.get(article);
      if (groups === undefined) {
        groups = groupParagraphs(article);
        paragraphCache.set(article, groups);
      }
      return groups;
    },
    articleTitled: (...titles) =>
      articles.find((a) => a.heading.title !== null && titles.includes(a.heading.title)),
  };
  return index;
}
