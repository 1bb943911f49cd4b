/**
 * Quick fixes from the fixes each finding carries. Findings are recomputed for the document's
 * current version (cheap: the analysis is cached), so an edit never applies to stale offsets.
 * Where one kind of finding occurs more than once, one more action fixes them all.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { isFixData, type QuickFix } from "../language/check/quick-fix";
import type { ContractDiagnostic } from "../language/diagnostic";
import { rangeOf, spanOf, toLspDiagnostic } from "./convert";

function lspEdits(document: TextDocument, fix: QuickFix): TextEdit[] {
  return fix.edits.map((e) => ({ range: rangeOf(document, e.span), newText: e.newText }));
}

function fixesOf(d: ContractDiagnostic): readonly QuickFix[] {
  return isFixData(d.data) ? d.data.fixes : [];
}

function quickFix(document: TextDocument, d: ContractDiagnostic, fix: QuickFix): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(document, d)],
    isPreferred: fix.preferred === true,
    edit: { changes: { [document.uri]: lspEdits(document, fix) } },
  };
}

/** The first fix of each finding, skipping any whose edits overlap an earlier one. */
function combinedEdits(document: TextDocument, findings: readonly ContractDiagnostic[]): TextEdit[] {
  const taken: { start: number; end: number }[] = [];
  const edits: TextEdit[] = [];
  for (const d of findings) {
    const fix = fixesOf(d)[0];
    if (fix === undefined) continue;
    const overlaps = fix.edits.some((e) => taken.some((t) => e.span.start < t.end && t.start < e.span.end));
    if (overlaps) continue;
    taken.push(...fix.edits.map((e) => e.span));
    edits.push(...lspEdits(document, fix));
  }
  return edits;
}

function fixAllOfKind(
  document: TextDocument,
  id: string,
  findings: readonly ContractDiagnostic[],
): CodeAction | null {
  const sameKind = findings.filter((d) => d.id === id && fixesOf(d).length > 0);
  if (sameKind.length < 2) return null;
  return {
    title: `「${id}」の指摘をすべて修正（${sameKind.length} 件）`,
    kind: CodeActionKind.QuickFix,
    edit: { changes: { [document.uri]: combinedEdits(document, sameKind) } },
  };
}

/** A request for "fix all" (source actions, as on save) rather than for the quick fixes at a range. */
export function wantsFixAll(params: CodeActionParams): boolean {
  const only = params.context.only;
  return only?.some((k) => k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source) === true;
}

export function codeActions(
  document: TextDocument,
  findings: readonly ContractDiagnostic[],
  params: CodeActionParams,
): CodeAction[] {
  if (wantsFixAll(params)) {
    const edits = combinedEdits(document, findings);
    return edits.length === 0
      ? []
      : [
          {
            title: "Keiyaku: 修正できる指摘をすべて修正",
            kind: CodeActionKind.SourceFixAll,
            edit: { changes: { [document.uri]: edits } },
          },
        ];
  }
  const range = spanOf(document, params.range);
  const here = findings.filter((d) => d.span.start <= range.end && range.start <= d.span.end);
  const actions = here.flatMap((d) => fixesOf(d).map((fix) => quickFix(document, d, fix)));
  const ids = [...new Set(here.map((d) => d.id))];
  const all = ids.flatMap((id) => fixAllOfKind(document, id, findings) ?? []);
  return [...actions, ...all];
}
