/**
 * Lookups over a parsed contract that the checks and the editor features share: articles by
 * number and by heading, the lines of prose with their source text, and every value reference.
 * Built once per analysis.
 */
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";
import type { ProseLine } from "./prose-line";
import { withoutReferences } from "./masked-prose";
import { classifyArticles, classifyArticlesInSteps, type ArticleTopics } from "./article-topics";
import type {
  AnnexBlock,
  Article,
  ArticleEntry,
  Block,
  ContractDocument,
  Definition,
  Item,
  Paragraph,
  PartyBlock,
  Prose,
  ProseEntry,
  RefInline,
} from "../ast";

/** A paragraph (項) of an article with the items (号) written under it. */
export interface ArticleParagraph {
  readonly paragraph: Paragraph;
  readonly items: readonly Item[];
}

export interface ContractIndex {
  /** Every article in source order, branch articles (第15条の2) included. */
  readonly articles: readonly Article[];
  /** The articles 第N条 by N, branch articles left out. */
  readonly articlesByNumber: ReadonlyMap<number, readonly Article[]>;
  /** The first article 第N条 (branch null) or 第N条のB, if there is one. */
  articleAt(number: number, branch: number | null): Article | undefined;
  /** Every annex (別紙), in source order. */
  readonly annexes: readonly AnnexBlock[];
  readonly proseLines: readonly ProseLine[];
  /** The prose lines of an article, in source order (grouped in one pass on first use). */
  proseLinesOf(article: Article): readonly ProseLine[];
  readonly references: readonly { readonly ref: RefInline; readonly line: ProseLine }[];
  /** Every definition in 条件 blocks, duplicates included, in source order. */
  readonly termDefinitions: readonly Definition[];
  /** Every party block, duplicates included. */
  readonly partyBlocks: readonly PartyBlock[];
  /** What each article is about, by heading or body (article-topics.ts); built on first use. */
  readonly topics: ArticleTopics;
  /** The topics built in steps, unless built already (the full check's preparation). */
  topicsInSteps(): Steps<ArticleTopics>;
  paragraphsOf(article: Article): readonly ArticleParagraph[];
}

type LineEntry = Paragraph | Item;

function isLine(entry: ArticleEntry): entry is LineEntry {
  return entry.kind !== "comment";
}

// A class, so that the kept text is a field of the line and its getter the prototype's.
class IndexedProseLine implements ProseLine {
  #proseOnly: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly prose: Prose,
    readonly article: Article | null,
    readonly entry: Paragraph | Item | null,
  ) {}

  get proseOnly(): string {
    return (this.#proseOnly ??= withoutReferences(this));
  }
}

/** The line of `prose` in `text` (the whole file's text). */
function proseLine(
  text: string,
  prose: Prose,
  article: Article | null,
  entry: Paragraph | Item | null,
): ProseLine {
  return new IndexedProseLine(
    text.slice(prose.span.start, prose.span.end),
    prose.span.start,
    prose,
    article,
    entry,
  );
}

/**
 * Adds the prose lines of the block's entries [from, to) to `lines` (no list per block or per
 * entry: one per contract).
 */
function addBlockLines(text: string, block: Block, from: number, to: number, lines: ProseLine[]): void {
  if (block.kind === "article") {
    for (let i = from; i < to; i++) {
      const entry = block.body[i] as ArticleEntry;
      if (isLine(entry) && entry.content !== null) lines.push(proseLine(text, entry.content, block, entry));
    }
  } else if (block.kind === "preamble" || block.kind === "closing" || block.kind === "annex") {
    for (let i = from; i < to; i++) {
      const line = block.lines[i] as ProseEntry;
      if (line.kind === "prose") lines.push(proseLine(text, line, null, null));
    }
  }
}

/** How many entries a block has that may be prose lines. */
function entryCount(block: Block): number {
  if (block.kind === "article") return block.body.length;
  if (block.kind === "preamble" || block.kind === "closing" || block.kind === "annex")
    return block.lines.length;
  return 0;
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

/** The prose lines by article: a line's article is fixed, and an article's lines follow each other. */
/** Each article's prose lines, in steps: 50,000 articles' lines in one go were a 30 ms step. */
function* linesByArticleInSteps(proseLines: readonly ProseLine[]): Steps<Map<Article, ProseLine[]>> {
  const byArticle = new Map<Article, ProseLine[]>();
  const perStep = ITEMS_PER_STEP;
  for (let i = 0; i < proseLines.length; i++) {
    const line = proseLines[i] as ProseLine;
    if (line.article !== null) {
      const lines = byArticle.get(line.article);
      if (lines === undefined) byArticle.set(line.article, [line]);
      else lines.push(line);
    }
    if (i % perStep === perStep - 1) yield;
  }
  return byArticle;
}

const NO_LINES: readonly ProseLine[] = [];

function branchKey(number: number, branch: number | null): string {
  return `${number}の${branch ?? "?"}`;
}

export function buildContractIndex(document: ContractDocument, text: string): ContractIndex {
  return drain(contractIndexInSteps(document, text));
}

/** A step's lines of one long block: one block of 100,000 lines was one step of 12–33 ms. */
const LINES_PER_STEP = 2_000;

export function* proseLinesInSteps(document: ContractDocument, text: string): Steps<ProseLine[]> {
  const lines: ProseLine[] = [];
  const { blocks } = document;
  const perStep = ITEMS_PER_STEP;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const count = entryCount(block);
    // A block of many lines (an article of 100,000) goes in steps of its own.
    for (let from = 0; from < count; from += LINES_PER_STEP) {
      addBlockLines(text, block, from, Math.min(count, from + LINES_PER_STEP), lines);
      if (count > LINES_PER_STEP) yield;
    }
    if (i % perStep === perStep - 1) yield;
  }
  return lines;
}

/** The blocks the index lists by kind, one pass over the document in steps. */
function* blocksByKindInSteps(document: ContractDocument) {
  const articles: Article[] = [];
  const annexes: AnnexBlock[] = [];
  const termDefinitions: Definition[] = [];
  const partyBlocks: PartyBlock[] = [];
  const { blocks } = document;
  // By index: entries() in a generator made an iterator result and a pair per block.
  const perStep = ITEMS_PER_STEP;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === "article") articles.push(block);
    else if (block.kind === "annex") annexes.push(block);
    else if (block.kind === "party") partyBlocks.push(block);
    else if (block.kind === "terms") {
      for (const e of block.entries) if (e.kind === "definition") termDefinitions.push(e);
    }
    if (i % perStep === perStep - 1) yield;
  }
  return { articles, annexes, termDefinitions, partyBlocks };
}

/** The articles by number and the branch articles (第3条の2) by key, in steps. */
function* articlesByNumberInSteps(articles: readonly Article[]) {
  const articlesByNumber = new Map<number, Article[]>();
  const branches = new Map<string, Article>();
  const perStep = ITEMS_PER_STEP;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i] as Article;
    if (i % perStep === perStep - 1) yield;
    const n = article.heading.number.value;
    if (n === null) continue;
    const branch = article.heading.branch;
    if (branch !== null) {
      const key = branchKey(n, branch.value);
      if (!branches.has(key)) branches.set(key, article);
      continue;
    }
    const same = articlesByNumber.get(n);
    if (same !== undefined) same.push(article);
    else articlesByNumber.set(n, [article]);
  }
  return { articlesByNumber, branches };
}

/** The references, in steps of lines or of inlines: one line may hold 100,000 of them. */
function* referencesInSteps(proseLines: readonly ProseLine[]) {
  const references: { ref: RefInline; line: ProseLine }[] = [];
  let seen = 0;
  // By index: iterating in a generator made an iterator result per line and per inline.
  for (let l = 0; l < proseLines.length; l++) {
    const line = proseLines[l] as ProseLine;
    const { inlines } = line.prose;
    for (let i = 0; i < inlines.length; i++) {
      const inline = inlines[i] as (typeof inlines)[number];
      if (inline.kind === "ref") references.push({ ref: inline, line });
      if (++seen % INLINES_PER_STEP === 0) yield;
    }
    if (++seen % INLINES_PER_STEP === 0) yield;
  }
  return references;
}

/** Inlines (or lines) a step of `referencesInSteps` reads: a fraction of a millisecond. */
const INLINES_PER_STEP = 10 * ITEMS_PER_STEP;

/** What the index's passes list; the rest of the index is looked up from it. */
interface IndexParts {
  readonly articles: readonly Article[];
  readonly articlesByNumber: ReadonlyMap<number, readonly Article[]>;
  readonly branches: ReadonlyMap<string, Article>;
  readonly annexes: readonly AnnexBlock[];
  readonly proseLines: readonly ProseLine[];
  readonly references: readonly { readonly ref: RefInline; readonly line: ProseLine }[];
  readonly termDefinitions: readonly Definition[];
  readonly partyBlocks: readonly PartyBlock[];
  readonly byArticle: ReadonlyMap<Article, readonly ProseLine[]>;
}

/**
 * A class, so that the index's lookups are its prototype's: an object literal made a closure per
 * lookup and defined its getter at run time, for every check (under tsx, which the benches and
 * tests run, each closure was also named through Object.defineProperty).
 */
class BuiltContractIndex implements ContractIndex {
  readonly articles: readonly Article[];
  readonly articlesByNumber: ReadonlyMap<number, readonly Article[]>;
  readonly annexes: readonly AnnexBlock[];
  readonly proseLines: readonly ProseLine[];
  readonly references: readonly { readonly ref: RefInline; readonly line: ProseLine }[];
  readonly termDefinitions: readonly Definition[];
  readonly partyBlocks: readonly PartyBlock[];
  private readonly branches: ReadonlyMap<string, Article>;
  private readonly paragraphCache = new Map<Article, ArticleParagraph[]>();
  private readonly byArticle: ReadonlyMap<Article, readonly ProseLine[]>;
  private topicsView: ArticleTopics | undefined;

  constructor(parts: IndexParts) {
    this.articles = parts.articles;
    this.articlesByNumber = parts.articlesByNumber;
    this.branches = parts.branches;
    this.annexes = parts.annexes;
    this.proseLines = parts.proseLines;
    this.references = parts.references;
    this.byArticle = parts.byArticle;
    this.termDefinitions = parts.termDefinitions;
    this.partyBlocks = parts.partyBlocks;
  }

  articleAt(number: number, branch: number | null): Article | undefined {
    return branch === null
      ? this.articlesByNumber.get(number)?.[0]
      : this.branches.get(branchKey(number, branch));
  }

  proseLinesOf(article: Article): readonly ProseLine[] {
    return this.byArticle.get(article) ?? NO_LINES;
  }

  paragraphsOf(article: Article): readonly ArticleParagraph[] {
    let groups = this.paragraphCache.get(article);
    if (groups === undefined) {
      groups = groupParagraphs(article);
      this.paragraphCache.set(article, groups);
    }
    return groups;
  }

  get topics(): ArticleTopics {
    return (this.topicsView ??= classifyArticles(this.articles, (article) => this.proseLinesOf(article)));
  }

  *topicsInSteps(): Steps<ArticleTopics> {
    if (this.topicsView !== undefined) return this.topicsView;
    const built = yield* classifyArticlesInSteps(this.articles, (article) => this.proseLinesOf(article));
    return (this.topicsView ??= built);
  }
}

/**
 * The index in steps (see steps.ts): each pass over 10,000 articles' blocks or lines takes tens of
 * milliseconds, so each yields every few hundred items.
 */
export function* contractIndexInSteps(document: ContractDocument, text: string): Steps<ContractIndex> {
  const { articles, annexes, termDefinitions, partyBlocks } = yield* blocksByKindInSteps(document);
  const { articlesByNumber, branches } = yield* articlesByNumberInSteps(articles);
  const proseLines = yield* proseLinesInSteps(document, text);
  const references = yield* referencesInSteps(proseLines);
  const byArticle = yield* linesByArticleInSteps(proseLines);
  return new BuiltContractIndex({
    byArticle,
    articles,
    articlesByNumber,
    branches,
    annexes,
    proseLines,
    references,
    termDefinitions,
    partyBlocks,
  });
}
