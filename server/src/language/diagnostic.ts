/** A finding about a contract, in the service's own terms (offsets, not LSP positions). */
import type { Span } from "./ast";

export type Severity = "error" | "warning" | "information" | "hint";

export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
}

export interface ContractDiagnostic {
  /** Stable, namespaced id (syntax.reference, blank.party …); users set severities per id. */
  readonly id: string;
  readonly severity: Severity;
  /** Japanese: what is wrong and what to do. */
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedLocation[];
  /** What a quick fix needs; opaque to everyone but the fix. */
  readonly data?: unknown;
  readonly tags?: readonly ("unnecessary" | "deprecated")[];
}
