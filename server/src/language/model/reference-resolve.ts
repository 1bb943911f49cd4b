/**
 * What a scanned reference points at in this contract: the article, then the paragraph. Each
 * answer says whether nothing can be said (a statute, 前項 in 前文), whether a numbered part names
 * something that does not exist, or what it found.
 */
import type { Article } from "../ast";
import type { ContractIndex } from "./contract-index";
import { articleModels, type ArticleModel, type LogicalParagraph } from "./article-model";
import { effectiveParts, type ArticleReference, type RefPart } from "./reference-scan";

export type ArticleTarget =
  | { readonly kind: "none" }
  | { readonly kind: "missing"; readonly part: RefPart }
  | { readonly kind: "found"; readonly article: Article; readonly implicit: boolean };

export type ParagraphTarget =
  | { readonly kind: "none" }
  /** No paragraph named: 第3条第2号 means an item of whichever paragraph has items. */
  | { readonly kind: "any" }
  | { readonly kind: "missing"; readonly part: RefPart }
  | { readonly kind: "found"; readonly paragraph: LogicalParagraph };

export interface Resolver {
  readonly index: ContractIndex;
  model(article: Article): ArticleModel;
  /** The article `offset` places after (or before) `article` in the document. */
  neighbour(article: Article, offset: number): Article | undefined;
  article(reference: ArticleReference): ArticleTarget;
  paragraph(reference: ArticleReference, article: Article): ParagraphTarget;
  /** The place of `article` among the articles, counting from 0. */
  positionOf(article: Article): number;
}

const NONE = { kind: "none" } as const;

function partAt(reference: ArticleReference, level: RefPart["level"]): RefPart | undefined {
  return effectiveParts(reference).find((p) => p.level === level);
}

const offsetOf = (part: RefPart) => (part.anchor === "previous" ? -1 : part.anchor === "next" ? 1 : 0);

interface Lookup {
  readonly index: ContractIndex;
  readonly model: (article: Article) => ArticleModel;
  readonly neighbour: (article: Article, offset: number) => Article | undefined;
}

function articleByNumber(part: RefPart, { index }: Lookup): ArticleTarget {
  const value = part.number?.value ?? null;
  if (value === null) return NONE;
  const branch = part.branch === null ? null : part.branch.value;
  if (part.branch !== null && branch === null) return NONE;
  const found = index.articleAt(value, branch);
  return found === undefined ? { kind: "missing", part } : { kind: "found", article: found, implicit: false };
}

function articleTarget(reference: ArticleReference, lookup: Lookup): ArticleTarget {
  if (reference.statute) return NONE;
  const part = partAt(reference, "article");
  const here = reference.line.article;
  if (part === undefined) return here === null ? NONE : { kind: "found", article: here, implicit: true };
  if (part.anchor === "number") return articleByNumber(part, lookup);
  if (here === null) return NONE;
  const found = offsetOf(part) === 0 ? here : lookup.neighbour(here, offsetOf(part));
  return found === undefined ? NONE : { kind: "found", article: found, implicit: false };
}

function currentParagraph(reference: ArticleReference, lookup: Lookup): LogicalParagraph | undefined {
  const { article, entry } = reference.line;
  return article === null || entry === null ? undefined : lookup.model(article).paragraphOf(entry);
}

function paragraphTarget(reference: ArticleReference, article: Article, lookup: Lookup): ParagraphTarget {
  const part = partAt(reference, "paragraph");
  const current = article === reference.line.article ? currentParagraph(reference, lookup) : undefined;
  const model = lookup.model(article);
  if (part === undefined) {
    if (partAt(reference, "article") !== undefined) return { kind: "any" };
    return current === undefined ? NONE : { kind: "found", paragraph: current };
  }
  if (part.anchor === "number") {
    const value = part.number?.value ?? null;
    if (value === null || part.branch !== null) return NONE;
    const found = model.paragraph(value);
    return found === undefined ? { kind: "missing", part } : { kind: "found", paragraph: found };
  }
  const found = current === undefined ? undefined : model.paragraphs[current.position + offsetOf(part)];
  return found === undefined ? NONE : { kind: "found", paragraph: found };
}

/**
 * A class, so that a check's resolver is one object and not also six closures (under tsx, which
 * the benches and tests run, each closure is also named through Object.defineProperty).
 */
class ContractResolver implements Resolver, Lookup {
  private readonly order: ReadonlyMap<Article, number>;
  private readonly models = articleModels();

  constructor(readonly index: ContractIndex) {
    this.order = new Map(index.articles.map((a, i) => [a, i]));
  }

  model(article: Article): ArticleModel {
    return this.models(article);
  }

  neighbour(article: Article, offset: number): Article | undefined {
    return this.index.articles[(this.order.get(article) ?? Number.NaN) + offset];
  }

  article(reference: ArticleReference): ArticleTarget {
    return articleTarget(reference, this);
  }

  paragraph(reference: ArticleReference, article: Article): ParagraphTarget {
    return paragraphTarget(reference, article, this);
  }

  positionOf(article: Article): number {
    return this.order.get(article) ?? -1;
  }
}

export function createResolver(index: ContractIndex): Resolver {
  return new ContractResolver(index);
}
