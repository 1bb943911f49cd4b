/**
 * Semantic tokens for what the TextMate grammar cannot know: whether a {reference} names a value
 * or party field that exists. Known ones are read-only variables and properties; unknown ones get
 * their own type, which the extension maps to an "invalid" scope.
 */
import type { Analysis } from "../model/analysis";
import type { RefInline, Span } from "../ast";
import { PARTY_FIELDS } from "../standard-values";
import { signingFields } from "../model/party-kind";
import { drain, eachInSteps, type Steps } from "../steps";

export const TOKEN_TYPES = ["variable", "property", "undefinedReference"] as const;
export const TOKEN_MODIFIERS = ["readonly"] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

export interface SemanticToken {
  readonly span: Span;
  readonly type: TokenType;
  readonly readonly: boolean;
}

function fieldExists(analysis: Analysis, owner: string, field: string): boolean {
  const party = analysis.scope.parties.get(owner);
  if (party !== undefined) {
    if (field === "役割") return party.role !== null;
    return (
      (PARTY_FIELDS as readonly string[]).includes(field) ||
      signingFields(party).includes(field) ||
      party.entries.some((e) => e.kind === "definition" && e.name === field)
    );
  }
  return field === "金額" && analysis.scope.values.has(owner);
}

function tokensOf(analysis: Analysis, ref: RefInline): SemanticToken[] {
  const [owner, field] = ref.segments;
  if (owner === undefined) return [];
  const ownerKnown = analysis.scope.values.has(owner.text) || analysis.scope.parties.has(owner.text);
  const tokens: SemanticToken[] = [
    { span: owner.span, type: ownerKnown ? "variable" : "undefinedReference", readonly: ownerKnown },
  ];
  if (field !== undefined) {
    const known = ownerKnown && fieldExists(analysis, owner.text, field.text) && ref.segments.length === 2;
    tokens.push({ span: field.span, type: known ? "property" : "undefinedReference", readonly: known });
  }
  return tokens;
}

export function semanticTokens(analysis: Analysis): SemanticToken[] {
  return drain(semanticTokensInSteps(analysis));
}

/** The same a few references per step: 50,000 references took tens of ms in one go. */
export function* semanticTokensInSteps(analysis: Analysis): Steps<SemanticToken[]> {
  const tokens: SemanticToken[] = [];
  yield* eachInSteps(analysis.index.references, ({ ref }) => {
    for (const token of tokensOf(analysis, ref)) tokens.push(token);
  });
  return tokens;
}
