/**
 * Quick fixes from the fixes each finding carries. Where one kind of finding occurs more than once,
 * one more action fixes them all; fix-all takes the first fix of every finding. Edits of two fixes
 * must never overlap, or applying them together would garble the text: a fix whose edits overlap
 * one already taken is left for the next run.
 */
import type { Span } from "../ast";
import { fixesOf, type QuickFix, type TextEdit } from "../check/quick-fix";
import type { ContractDiagnostic } from "../diagnostic";

export interface CodeActionEntry {
  readonly title: string;
  /** `fix` applies one finding's fix; `fix-kind` fixes every finding of one id. */
  readonly kind: "fix" | "fix-kind";
  /** The finding a `fix` action fixes. */
  readonly diagnostic?: ContractDiagnostic;
  readonly edits: readonly TextEdit[];
  readonly preferred: boolean;
}

function overlaps(edits: readonly TextEdit[], taken: readonly Span[]): boolean {
  return edits.some((e) => taken.some((t) => e.span.start < t.end && t.start < e.span.end));
}

/** The first fix of each finding, skipping any whose edits overlap an earlier one. */
export function fixAllEdits(findings: readonly ContractDiagnostic[]): TextEdit[] {
  const taken: Span[] = [];
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = fixesOf(finding)[0];
    if (fix === undefined || overlaps(fix.edits, taken)) continue;
    taken.push(...fix.edits.map((e) => e.span));
    edits.push(...fix.edits);
  }
  return edits;
}

function fixAction(diagnostic: ContractDiagnostic, fix: QuickFix): CodeActionEntry {
  return { title: fix.title, kind: "fix", diagnostic, edits: fix.edits, preferred: fix.preferred === true };
}

function fixKindAction(id: string, findings: readonly ContractDiagnostic[]): CodeActionEntry | null {
  const sameKind = findings.filter((d) => d.id === id && fixesOf(d).length > 0);
  if (sameKind.length < 2) return null;
  return {
    title: `「${id}」の指摘をすべて修正（${sameKind.length} 件）`,
    kind: "fix-kind",
    edits: fixAllEdits(sameKind),
    preferred: false,
  };
}

/** The fixes of the findings that touch `span`, then one fix-all per kind among them. */
export function codeActionsAt(findings: readonly ContractDiagnostic[], span: Span): CodeActionEntry[] {
  const here = findings.filter((d) => d.span.start <= span.end && span.start <= d.span.end);
  const fixes = here.flatMap((d) => fixesOf(d).map((fix) => fixAction(d, fix)));
  const ids = [...new Set(here.map((d) => d.id))];
  return [...fixes, ...ids.flatMap((id) => fixKindAction(id, findings) ?? [])];
}
