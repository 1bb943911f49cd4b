/**
 * What the parser reports. The ids are a closed list: the grammar (grammar/contract.peggy) reports
 * only these, a test checks every id the grammar writes against it, and the catalogue
 * (check/rules/syntax.ts) has an entry for each.
 */
import type { Span } from "../ast";

export const SYNTAX_IDS = [
  "syntax.article-heading",
  "syntax.reference",
  "syntax.stray-line",
  "syntax.title",
  "syntax.party-heading",
  "syntax.invalid",
  "internal.parser",
] as const;

export type SyntaxId = (typeof SYNTAX_IDS)[number];

export function isSyntaxId(id: string): id is SyntaxId {
  return (SYNTAX_IDS as readonly string[]).includes(id);
}

export interface ParseProblem {
  /** Stable id, e.g. syntax.article-heading. */
  readonly id: SyntaxId;
  /** Japanese: what is wrong and what to do. */
  readonly message: string;
  readonly span: Span;
}

export type ReportProblem = (problem: ParseProblem) => void;

/** Orders problems by where they start: each block's problems are kept in this order. */
export function byOffset(a: ParseProblem, b: ParseProblem): number {
  return a.span.start - b.span.start;
}
