/**
 * The status bar's summary of the active contract, from the diagnostics VS Code already holds for
 * it (so it agrees with the Problems panel): blanks are the diagnostics of a blank's ids (the one
 * definition of a blank, shared with the preview's count), errors those of severity Error.
 */
import { isBlankId } from "../../../server/src/language/vocabulary/blanks";
import type { Localize } from "../l10n/localize";

export type DiagnosticCode = string | number | { readonly value: string | number } | undefined;

export interface CountedDiagnostic {
  readonly code: DiagnosticCode;
  readonly isError: boolean;
}

export interface ProblemCounts {
  readonly blanks: number;
  readonly errors: number;
}

export function diagnosticId(code: DiagnosticCode): string | undefined {
  if (code === undefined) return undefined;
  return String(typeof code === "object" ? code.value : code);
}

export function countProblems(diagnostics: readonly CountedDiagnostic[]): ProblemCounts {
  let blanks = 0;
  let errors = 0;
  for (const diagnostic of diagnostics) {
    if (isBlankId(diagnosticId(diagnostic.code))) blanks += 1;
    if (diagnostic.isError) errors += 1;
  }
  return { blanks, errors };
}

export function statusText(counts: ProblemCounts, localize: Localize): string {
  return localize("Blanks {0} · Errors {1}", counts.blanks, counts.errors);
}

export function statusTooltip(counts: ProblemCounts, localize: Localize): string {
  return localize(
    "Keiyaku: {0} blanks and {1} errors in this contract. Click to open the Problems panel.",
    counts.blanks,
    counts.errors,
  );
}
