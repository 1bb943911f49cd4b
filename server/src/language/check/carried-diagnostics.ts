/**
 * The diagnostics of a new version computed without running the checks: the previous version's
 * diagnostics moved through the edit, as an editor moves markers, with the parser's findings in
 * the blocks the edit touched replaced by the new parse's. This is the answer to a keystroke in a
 * contract too large to check in full on every keystroke (what TypeScript does with syntactic and
 * semantic diagnostics): the drafter sees a broken reference or heading at once, and the checks'
 * findings follow when the full check runs after the typing pause.
 */
import type { Span } from "../ast";
import type { Analysis } from "../model/analysis";
import type { ContractDiagnostic } from "../diagnostic";
import { blockIndexAt, type ParseProblem } from "../parse/parse-contract";
import { drain, eachInSteps, type Steps } from "../steps";
import { changeBetween, mapOffset, type TextChange } from "../text-change";
import { fixesOf } from "./quick-fix";
import { isSyntaxId, syntaxKindOf } from "./rules/syntax/syntax-errors";
import { byPosition, resolveSeverity, type CheckOptions } from "./run-checks";

/** A version of the text and the diagnostics published for it. */
export interface CheckedVersion {
  readonly text: string;
  readonly diagnostics: readonly ContractDiagnostic[];
}

function mapSpan(change: TextChange, span: Span): Span {
  return { start: mapOffset(change, span.start, -1), end: mapOffset(change, span.end, 1) };
}

/** Whether the edit leaves the finding as it is: its spans and its fixes' edits end before it. */
function untouched(change: TextChange, d: ContractDiagnostic): boolean {
  const start = change.start;
  if (d.span.end > start) return false;
  for (const r of d.related ?? []) if (r.span.end > start) return false;
  for (const fix of fixesOf(d)) for (const edit of fix.edits) if (edit.span.end > start) return false;
  return true;
}

function carried(change: TextChange, d: ContractDiagnostic): ContractDiagnostic {
  // The same object when nothing moves: typing near the end of 50,000 findings made 50,000 copies
  // per keystroke, most of the carried answer's cost (and garbage). Its fixes' edits still apply.
  if (untouched(change, d)) return d;
  // Without `data`: a moved fix's edits were computed for the old text; quick fixes are recomputed
  // from the current version when they are asked for.
  return {
    id: d.id,
    severity: d.severity,
    message: d.message,
    ...(d.tags === undefined ? {} : { tags: d.tags }),
    span: mapSpan(change, d.span),
    ...(d.related === undefined
      ? {}
      : { related: d.related.map((r) => ({ ...r, span: mapSpan(change, r.span) })) }),
  };
}

/** The blocks of the new version an edit could have changed: [start, end) in the new text. */
function touchedRegion(
  analysis: Analysis,
  change: TextChange,
): { readonly span: Span; readonly first: number; readonly last: number } {
  const blocks = analysis.parse.blocks;
  const first = Math.max(0, blockIndexAt(blocks, Math.max(0, change.start - 1)) - 1);
  const last = blockIndexAt(blocks, change.newEnd);
  const start = blocks[first]?.slice.start ?? 0;
  const end = blocks[last]?.slice.end ?? analysis.text.length;
  return { span: { start, end }, first, last };
}

function syntaxDiagnostic(problem: ParseProblem, options: CheckOptions): ContractDiagnostic | null {
  const kind = syntaxKindOf(problem);
  const severity = resolveSeverity(kind, options);
  return severity === "off" ? null : { id: kind.id, severity, message: problem.message, span: problem.span };
}

export function carryDiagnostics(
  previous: CheckedVersion,
  analysis: Analysis,
  options: CheckOptions,
): ContractDiagnostic[] {
  return drain(carryDiagnosticsInSteps(previous, analysis, options));
}

/**
 * The same, a few hundred findings a step: a contract with 100,000 findings (a line of 100,000
 * undefined references) took 25–80 ms to carry, in the same turn as the edited block's new parse.
 */
export function* carryDiagnosticsInSteps(
  previous: CheckedVersion,
  analysis: Analysis,
  options: CheckOptions,
): Steps<ContractDiagnostic[]> {
  if (previous.text === analysis.text) return [...previous.diagnostics];
  // The parse found the change already when it started from the same text (as it does in the
  // language server); comparing a megabyte of text again costs a few milliseconds a keystroke.
  const edit = analysis.parse.edit;
  const change =
    edit?.previousText === previous.text ? edit.change : changeBetween(previous.text, analysis.text);
  const region = touchedRegion(analysis, change);
  // The region in the old text. It ends after the change; it starts before it, but for an edit at
  // the very start (a byte-order mark added) that moved the first block.
  const oldStart = Math.min(region.span.start, change.start);
  const oldEnd = region.span.end - (change.newEnd - change.oldEnd);
  const inRegion = (d: ContractDiagnostic) => d.span.start >= oldStart && d.span.start < oldEnd;
  const kept: ContractDiagnostic[] = [];
  yield* eachInSteps(previous.diagnostics, (d) => {
    if (!(isSyntaxId(d.id) && inRegion(d))) kept.push(carried(change, d));
  });
  const fresh = analysis.parse.blocks
    .slice(region.first, region.last + 1)
    .flatMap((block) => block.problems)
    .flatMap((problem) => syntaxDiagnostic(problem, options) ?? []);
  // The carried findings are in order already: sorting them with the few fresh ones is linear.
  return [...kept, ...fresh].sort(byPosition);
}
