/**
 * Go to definition, find references, document highlight and rename, for what the drafter points
 * at: a value ({月額報酬} or its definition), a party field, a party, an article (its heading or a
 * 第N条 written in prose, resolved as the checks resolve it), or a defined term 「本契約」.
 */
import { renameProblem } from "./rename-problem";
import type { Analysis } from "../model/analysis";
import { articleLabelOf, resolveArticleLabel } from "../model/article-labels";
import { createResolver } from "../model/reference-resolve";
import type { Article, Span } from "../ast";
import { symbolAt, type SymbolAt } from "./symbol-at";

export type Target =
  | SymbolAt
  | {
      readonly kind: "term";
      readonly name: string;
      readonly span: Span;
      readonly definition: Span | undefined;
    };

export interface Occurrence {
  readonly span: Span;
  /** The definition (or the heading) rather than a use. */
  readonly declaration: boolean;
}

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/**
 * Every mention of an article that resolves: 第N条 written in prose, resolved as the checks resolve
 * it, and {第条:見出し} by its heading — both name the article, so both are its references.
 */
function articleMentions(analysis: Analysis): { article: Article; span: Span }[] {
  const resolver = createResolver(analysis.index);
  const numbered = analysis.articleReferences.flatMap((reference) => {
    const target = resolver.article(reference);
    const part = reference.parts.find((p) => p.level === "article");
    if (target.kind !== "found" || target.implicit || part === undefined) return [];
    return [{ article: target.article, span: part.span }];
  });
  return [...numbered, ...labelMentions(analysis)];
}

function labelMentions(analysis: Analysis): { article: Article; span: Span }[] {
  return analysis.index.references.flatMap(({ ref }) => {
    const label = articleLabelOf(ref);
    if (label === null) return [];
    const target = resolveArticleLabel(analysis.scope.articlesByHeading, label);
    return target.kind === "found" ? [{ article: target.article, span: ref.pathSpan }] : [];
  });
}

function termAt(analysis: Analysis, offset: number): Target | null {
  const terms = analysis.terms;
  const definition = terms.definitions.find((d) => within(d.nameSpan, offset));
  if (definition !== undefined) {
    return {
      kind: "term",
      name: definition.name,
      span: definition.nameSpan,
      definition: definition.nameSpan,
    };
  }
  const use = terms.uses.find((u) => within(u.span, offset));
  if (use === undefined) return null;
  const defined = terms.definitions.find((d) => d.name === use.name);
  return { kind: "term", name: use.name, span: use.span, definition: defined?.nameSpan };
}

export function targetAt(analysis: Analysis, offset: number): Target | null {
  const symbol = symbolAt(analysis, offset);
  if (symbol !== null) return symbol;
  const mention = articleMentions(analysis).find((m) => within(m.span, offset));
  if (mention !== undefined) return { kind: "article", article: mention.article, span: mention.span };
  return termAt(analysis, offset);
}

function valueOccurrences(analysis: Analysis, name: string): Occurrence[] {
  const uses = analysis.index.references
    .filter(({ ref }) => ref.path[0] === name && !analysis.scope.parties.has(name))
    .flatMap(({ ref }) =>
      ref.segments[0] === undefined ? [] : [{ span: ref.segments[0].span, declaration: false }],
    );
  const definitions = analysis.index.termDefinitions
    .filter((d) => d.name === name)
    .map((d) => ({ span: d.nameSpan, declaration: true }));
  return [...definitions, ...uses];
}

function fieldOccurrences(analysis: Analysis, target: Extract<Target, { kind: "partyField" }>): Occurrence[] {
  const uses = analysis.index.references
    .filter(({ ref }) => ref.path[0] === target.party.symbol && ref.path[1] === target.field)
    .flatMap(({ ref }) =>
      ref.segments[1] === undefined ? [] : [{ span: ref.segments[1].span, declaration: false }],
    );
  const definition =
    target.definition === undefined ? [] : [{ span: target.definition.nameSpan, declaration: true }];
  return [...definition, ...uses];
}

function partyOccurrences(analysis: Analysis, target: Extract<Target, { kind: "party" }>): Occurrence[] {
  const uses = analysis.index.references
    .filter(({ ref }) => ref.path[0] === target.party.symbol)
    .flatMap(({ ref }) =>
      ref.segments[0] === undefined ? [] : [{ span: ref.segments[0].span, declaration: false }],
    );
  return [{ span: target.party.symbolSpan, declaration: true }, ...uses];
}

function termOccurrences(analysis: Analysis, name: string): Occurrence[] {
  const terms = analysis.terms;
  const definition = terms.definitions
    .filter((d) => d.name === name)
    .map((d) => ({ span: d.nameSpan, declaration: true }));
  const uses = terms.uses.filter((u) => u.name === name).map((u) => ({ span: u.span, declaration: false }));
  return [...definition, ...uses];
}

export function occurrencesOf(analysis: Analysis, target: Target): Occurrence[] {
  switch (target.kind) {
    case "value":
      return valueOccurrences(analysis, target.name);
    case "partyField":
      return fieldOccurrences(analysis, target);
    case "party":
      return partyOccurrences(analysis, target);
    case "article": {
      const mentions = articleMentions(analysis).filter((m) => m.article === target.article);
      const heading = { span: target.article.heading.number.span, declaration: true };
      return [heading, ...mentions.map((m) => ({ span: m.span, declaration: false }))];
    }
    case "term":
      return termOccurrences(analysis, target.name);
  }
}

/** Where the target is defined: the value's name, the field, the party, the heading, the term. */
export function definitionOf(analysis: Analysis, offset: number): Span | null {
  const target = targetAt(analysis, offset);
  if (target === null) return null;
  switch (target.kind) {
    case "value":
    case "partyField":
      return target.definition?.nameSpan ?? null;
    case "party":
      return target.party.symbolSpan;
    case "article":
      return target.article.heading.span;
    case "term":
      return target.definition ?? null;
  }
}

export type RenameCheck =
  | { readonly ok: true; readonly span: Span; readonly name: string }
  | { readonly ok: false; readonly message: string };

/** Only values and defined terms are renamed: party symbols, fields and article numbers are fixed names. */
export function prepareRename(analysis: Analysis, offset: number): RenameCheck {
  const target = targetAt(analysis, offset);
  if (target === null)
    return {
      ok: false,
      message: "ここには名前の変更ができるものがありません。値の名前か定義語の上で実行してください。",
    };
  if (target.kind === "value") {
    if (target.definition === undefined)
      return { ok: false, message: `値「${target.name}」は定義されていないため、名前を変更できません。` };
    return { ok: true, span: target.span, name: target.name };
  }
  if (target.kind === "term") {
    if (target.definition === undefined)
      return {
        ok: false,
        message: `「${target.name}」は定義されていない語です。先に（以下「${target.name}」という。）で定義してください。`,
      };
    return { ok: true, span: target.span, name: target.name };
  }
  if (target.kind === "article")
    return {
      ok: false,
      message: "条番号は名前の変更ではなく、番号の振り直し（クイックフィックス）で変更してください。",
    };
  return { ok: false, message: "当事者の記号と欄の名前（会社名・所在地・代表者）は変更できません。" };
}

export type RenameResult =
  | { readonly ok: true; readonly edits: readonly { span: Span; newText: string }[] }
  | { readonly ok: false; readonly message: string };

export function rename(analysis: Analysis, offset: number, newName: string): RenameResult {
  const check = prepareRename(analysis, offset);
  if (!check.ok) return check;
  const target = targetAt(analysis, offset);
  if (target === null) return { ok: false, message: "名前を変更する対象が見つかりません。" };
  const kind = target.kind === "term" ? "term" : "value";
  const problem = renameProblem(analysis, kind, check.name, newName);
  if (problem !== null) return { ok: false, message: problem };
  return {
    ok: true,
    edits: occurrencesOf(analysis, target).map((o) => ({ span: o.span, newText: newName })),
  };
}
