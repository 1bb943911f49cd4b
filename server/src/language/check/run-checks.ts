/**
 * Runs every rule over an analysis and resolves each finding's severity (default, final mode,
 * user override). Each rule is guarded: one that throws costs one internal diagnostic, never the
 * findings of the others.
 */
import type { Analysis } from "../model/analysis";
import { drain, type Steps } from "../steps";
import { contractSizeProblem } from "../size-limit";
import type { ContractDiagnostic, Severity } from "../diagnostic";
import { isBlankId } from "../vocabulary/blanks";
import type { CheckSetup, DiagnosticKind, Finding, Rule, RuleContext } from "./rule";
import { rankForSide } from "./side";
import type { ContractTypeData } from "../types/contract-type-data";
import type { PlaybookData } from "../types/playbook-data";
import { checkSetup } from "./check-setup";
import { checkViews } from "./check-views";

export type SeveritySetting = Severity | "off";

export interface CheckOptions {
  /** draft: blanks are warnings; final: a contract about to be signed, blanks are errors. */
  readonly mode: "draft" | "final";
  /** Per-id overrides of the default severity; "off" silences an id. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  /**
   * 立場: the party the reader is (甲, 乙, a role such as 委託者, or a party's name); null, absent or
   * "none" for no side. Findings with a stake are ranked from it (side.ts).
   */
  readonly side?: string | null;
  /**
   * The workspace's own contract types (.keiyaku/types/), validated by the host: added to the
   * built-in types, or replacing the built-in type of the same id.
   */
  readonly types?: readonly ContractTypeData[];
  /** The team's playbook (.keiyaku/playbook.json), validated by the host. */
  readonly playbook?: PlaybookData;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { mode: "draft", severities: {} };

export const INTERNAL_RULE_FAILURE: DiagnosticKind = {
  id: "internal.rule",
  severity: "warning",
  title: "検査の一つが内部エラーで止まりました（他の検査は実行されています）。",
  summary: "A check failed with an internal error; the other checks still ran.",
  fix: "Keiyaku の不具合です。ファイルを添えて報告してください。",
  example: { bad: "（Keiyaku の不具合でのみ発生します）", good: "（Keiyaku の不具合でのみ発生します）" },
};

export function resolveSeverity(
  kind: DiagnosticKind,
  options: CheckOptions,
  setup?: CheckSetup,
): SeveritySetting {
  const override = options.severities[kind.id];
  if (override !== undefined) return override;
  if (setup?.contractType?.checksOff.includes(kind.id) === true) return "off";
  return options.mode === "final" && isBlankId(kind.id) ? "error" : kind.severity;
}

function toDiagnostic(kind: DiagnosticKind, finding: Finding, severity: Severity): ContractDiagnostic {
  return { id: kind.id, severity, ...finding };
}

/** Diagnostics in the order they are published: by start, then by end. */
export function byPosition(a: ContractDiagnostic, b: ContractDiagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/**
 * The check in one go (the CLI, `service.check`): the rules of `checkInSteps`, called one after
 * the other without its generator and a step per rule.
 */
export function runChecks(
  analysis: Analysis,
  rules: readonly Rule[],
  options: CheckOptions,
): ContractDiagnostic[] {
  drain(buildSharedViews(analysis));
  const check = startCheck(analysis, rules, options);
  for (const rule of check.rules) {
    try {
      rule.check(check.contextOf());
    } catch (error) {
      reportFailure(rule, error, check.report);
    }
  }
  return check.diagnostics.sort(byPosition);
}

/**
 * The same check, one rule per step: a host that must stay responsive (the language server on a
 * large contract) runs a step, lets other work in, and stops early when the text has changed.
 */
export function* checkInSteps(
  analysis: Analysis,
  rules: readonly Rule[],
  options: CheckOptions,
): Steps<ContractDiagnostic[]> {
  yield* buildSharedViews(analysis);
  const check = startCheck(analysis, rules, options);
  for (const rule of check.rules) {
    try {
      // A rule of one step runs as a call, not through a generator of its own (most rules).
      if (rule.steps === undefined) rule.check(check.contextOf());
      else yield* rule.steps(check.contextOf());
    } catch (error) {
      reportFailure(rule, error, check.report);
    }
    yield;
  }
  return check.diagnostics.sort(byPosition);
}

/** A check under way: the rules it runs, how they report, and what they have reported. */
interface Check {
  /** The rules with a kind that is not off (only syntax in a file too large to read). */
  readonly rules: readonly Rule[];
  readonly report: RuleContext["report"];
  /**
   * Asked by each rule inside its guard, so that a shared view that fails to build fails that rule
   * alone.
   */
  contextOf(): RuleContext;
  readonly diagnostics: ContractDiagnostic[];
}

function startCheck(analysis: Analysis, rules: readonly Rule[], options: CheckOptions): Check {
  const diagnostics: ContractDiagnostic[] = [];
  const setup = checkSetup(analysis, options);
  const views = checkViews(analysis, setup.contractType);
  const report = (kind: DiagnosticKind, finding: Finding) => {
    const severity = resolveSeverity(kind, options, setup);
    if (severity === "off") return;
    const ranked =
      kind.stake === undefined ? null : rankForSide(kind.stake, setup.reader, severity, finding.message);
    if (ranked === null) diagnostics.push(toDiagnostic(kind, finding, severity));
    else {
      // The user's own severity for the id still wins over the side's.
      const chosen = options.severities[kind.id] ?? ranked.severity;
      if (chosen !== "off")
        diagnostics.push(toDiagnostic(kind, { ...finding, message: ranked.message }, chosen));
    }
  };
  // A file too large to read (see size-limit.ts) gets the one finding that says so, and no rule
  // scans its text.
  const tooLarge = contractSizeProblem(analysis.text) !== null;
  // Only a user's override or the contract's type turns a kind off: without either, every rule
  // runs (resolving each kind of each rule was half of the check's own cost at 25 articles).
  const mayTurnOff =
    Object.keys(options.severities).length > 0 || (setup.contractType?.checksOff.length ?? 0) > 0;
  const running: Rule[] = [];
  for (const list of [rules, setup.rules]) {
    for (const rule of list) {
      if (tooLarge && rule.name !== "syntax") continue;
      const on = mayTurnOff
        ? rule.kinds.some((kind) => resolveSeverity(kind, options, setup) !== "off")
        : rule.kinds.length > 0;
      if (on) running.push(rule);
    }
  }
  // One context for all the rules once it is built; built again in the next rule while the
  // index or the facts fail to build.
  let context: RuleContext | undefined;
  return {
    rules: running,
    report,
    contextOf() {
      return (context ??= { analysis, index: analysis.index, facts: analysis.facts, setup, views, report });
    },
    diagnostics,
  };
}

/**
 * The views the rules share, built in steps of their own rather than inside the first rule that
 * asks (in a 10,000-article contract that one step took a quarter of a second). A view that fails
 * to build is left to fail again in the rules, where the failure is reported per rule.
 */
function* buildSharedViews(analysis: Analysis): Steps<void> {
  try {
    yield* analysis.prepareInSteps();
  } catch {
    // Reported by the first rule that needs the view.
  }
}

/** A rule that throws costs one internal diagnostic, never the findings of the others. */
function reportFailure(rule: Rule, error: unknown, report: RuleContext["report"]): void {
  const detail = error instanceof Error ? error.message : String(error);
  report(INTERNAL_RULE_FAILURE, {
    span: { start: 0, end: 0 },
    message: `検査「${rule.name}」が内部エラーで止まりました（${detail}）。他の検査は実行されています。Keiyaku の不具合として報告してください。`,
  });
}
