/**
 * What a check is. A rule looks at one analysed contract and reports findings of the kinds it
 * declares; the catalogue of all kinds (ids, default severities, docs) is the union of the rules'.
 */
import type { Span } from "../ast";
import type { FixData } from "./quick-fix";
import type { ContractDiagnostic, RelatedLocation, Severity } from "../diagnostic";
import type { ContractFacts } from "../model/facts";
import type { Analysis } from "../model/analysis";
import type { ContractIndex } from "../model/contract-index";
import type { Stake } from "./side";

export interface DiagnosticKind {
  /** Stable, namespaced id: blank.party, ref.unknown-article … */
  readonly id: string;
  readonly severity: Severity;
  /** Japanese: what the finding means (one sentence, for docs and settings). */
  readonly title: string;
  /** English summary for the diagnostics reference. */
  readonly summary: string;
  /** Japanese: how to fix it. */
  readonly fix: string;
  /** For the diagnostics reference: a few source lines that trigger it, and the same fixed. */
  readonly example: { readonly bad: string; readonly good: string };
  /** Whom the finding hurts, for ranking it from the reader's side (side.ts); none: the same for both. */
  readonly stake?: Stake;
}

export interface Finding {
  readonly span: Span;
  /** Japanese: what is wrong here and what to do. */
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
  readonly data?: FixData;
  readonly tags?: ContractDiagnostic["tags"];
}

export interface RuleContext {
  readonly analysis: Analysis;
  readonly index: ContractIndex;
  readonly facts: ContractFacts;
  report(kind: DiagnosticKind, finding: Finding): void;
}

export interface Rule {
  /** The rule's name, as its file is named. */
  readonly name: string;
  readonly kinds: readonly DiagnosticKind[];
  check(context: RuleContext): void;
}
