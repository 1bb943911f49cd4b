/**
 * What a check is. A rule looks at one analysed contract and reports findings of the kinds it
 * declares; the catalogue of all kinds (ids, default severities, docs) is the union of the rules'.
 */
import type { PartyBlock, Span } from "../ast";
import type { FixData } from "./quick-fix";
import type { ContractDiagnostic, RelatedLocation, Severity } from "../diagnostic";
import type { ContractFacts } from "../model/facts";
import type { Analysis } from "../model/analysis";
import type { ContractIndex } from "../model/contract-index";
import type { Stake } from "./side";
import type { ContractType, TypeCatalog } from "../model/contract-type";
import { drain, type Steps } from "../steps";
import type { CheckViews } from "./check-views";

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
  /** The contract types, this contract's type and the playbook, as the options configure them. */
  readonly setup: CheckSetup;
  /** What several rules derive alike, built once per check (check-views.ts). */
  readonly views: CheckViews;
  report(kind: DiagnosticKind, finding: Finding): void;
}

/** What a check is configured with beyond severities (built per check by check-setup.ts). */
export interface CheckSetup {
  readonly catalog: TypeCatalog;
  /** The kind of contract, recognised from the title; null when not recognised. */
  readonly contractType: ContractType | null;
  /** The playbook's rules that apply to this contract and side. */
  readonly rules: readonly Rule[];
  /** The reader's party symbol (甲), resolved from the side setting; null for no side. */
  readonly side: string | null;
  /** The reader's party, for ranking findings with a stake (side.ts). */
  readonly reader: PartyBlock | null;
}

export interface Rule {
  /** The rule's name, as its file is named. */
  readonly name: string;
  readonly kinds: readonly DiagnosticKind[];
  check(context: RuleContext): void;
  /**
   * The same check in steps, for a rule whose work grows with the contract (one finding per
   * reference, per article): the language server runs a step, then lets requests in. A rule
   * without it runs as one step.
   */
  readonly steps?: (context: RuleContext) => Steps<void>;
}

// Stepping is not the rules' alone (the check's shared views step too); the rules import it here.
export { eachInSteps } from "../steps";

/** A rule written as steps; `check` drains them for hosts that run it in one go. */
export function steppedRule(rule: Omit<Rule, "check" | "steps"> & Required<Pick<Rule, "steps">>): Rule {
  return { ...rule, check: (context) => drain(rule.steps(context)) };
}
