/**
 * What the drafter points at: a value (by a {reference} or its definition), a party field, or an
 * article heading. Shared by hover, definition, references, highlight and rename.
 */
import type { Analysis } from "../model/analysis";
import { articleLabelOf, resolveArticleLabel } from "../model/article-labels";
import type { Article, Definition, PartyBlock, RefInline, Span } from "../ast";

export type SymbolAt =
  | {
      readonly kind: "value";
      readonly name: string;
      readonly span: Span;
      readonly definition: Definition | undefined;
    }
  | {
      readonly kind: "partyField";
      readonly party: PartyBlock;
      readonly field: string;
      readonly span: Span;
      readonly definition: Definition | undefined;
    }
  | { readonly kind: "party"; readonly party: PartyBlock; readonly span: Span }
  | { readonly kind: "article"; readonly article: Article; readonly span: Span };

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

function fromReference(analysis: Analysis, ref: RefInline): SymbolAt | null {
  const label = articleLabelOf(ref);
  if (label !== null) {
    const target = resolveArticleLabel(analysis.scope.articlesByHeading, label);
    return target.kind === "found" ? { kind: "article", article: target.article, span: ref.pathSpan } : null;
  }
  const [name = "", field] = ref.path;
  const party = analysis.scope.parties.get(name);
  if (party !== undefined) {
    if (field === undefined) return { kind: "party", party, span: ref.pathSpan };
    const definition = party.entries.find(
      (e): e is Definition => e.kind === "definition" && e.name === field,
    );
    return { kind: "partyField", party, field, span: ref.pathSpan, definition };
  }
  return {
    kind: "value",
    name,
    span: ref.segments[0]?.span ?? ref.pathSpan,
    definition: analysis.scope.values.get(name),
  };
}

function fromDefinitions(analysis: Analysis, offset: number): SymbolAt | null {
  for (const definition of analysis.index.termDefinitions) {
    if (within(definition.span, offset)) {
      return { kind: "value", name: definition.name, span: definition.nameSpan, definition };
    }
  }
  for (const party of analysis.index.partyBlocks) {
    if (within(party.symbolSpan, offset)) return { kind: "party", party, span: party.symbolSpan };
    for (const entry of party.entries) {
      if (entry.kind === "definition" && within(entry.span, offset)) {
        return { kind: "partyField", party, field: entry.name, span: entry.nameSpan, definition: entry };
      }
    }
  }
  return null;
}

export function symbolAt(analysis: Analysis, offset: number): SymbolAt | null {
  const reference = analysis.index.references.find(({ ref }) => within(ref.span, offset));
  if (reference !== undefined) return fromReference(analysis, reference.ref);
  const article = analysis.index.articles.find((a) => within(a.heading.span, offset));
  if (article !== undefined) return { kind: "article", article, span: article.heading.span };
  return fromDefinitions(analysis, offset);
}
