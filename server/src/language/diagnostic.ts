/** A finding about a contract, in the service's own terms (offsets, not LSP positions). */
import type { Span } from "./ast";
import type { FixData } from "./check/quick-fix";

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
  /** The quick fixes this finding offers. */
  readonly data?: FixData;
  readonly tags?: readonly ("unnecessary" | "deprecated")[];
}
