/**
 * Helpers for checker tests, in the style of css-languageservice's assertRuleSet: a source with
 * ⟦…⟧ around each range the id must be reported at, and nothing else reported.
 */
import assert from "node:assert/strict";
import { type QuickFix } from "../../server/src/language/check/quick-fix";
import type { ContractDiagnostic } from "../../server/src/language/diagnostic";
import { createContractService, type CheckOptions } from "../../server/src/language";
import { FILLED_PATH, sample } from "./fixtures";
import { marked } from "./marked-source";

const service = createContractService();

export function check(text: string, options?: CheckOptions): ContractDiagnostic[] {
  return service.check(service.analyze(text), options);
}

function describeAll(diagnostics: readonly ContractDiagnostic[], text: string): string {
  return diagnostics.map((d) => `${d.id} [${text.slice(d.span.start, d.span.end)}] ${d.message}`).join("\n");
}

/**
 * Said of every contract whose title names no known type (most test contracts are titled
 * 業務委託契約書); its own tests assert it, the others leave it aside.
 */
const UNKNOWN_TYPE = "structure.unknown-contract-type";

/** Every diagnostic of `source` is `id`, at exactly the marked ranges, in order. */
export function assertOnly(source: string, id: string, options?: CheckOptions): ContractDiagnostic[] {
  const { text, ranges } = marked(source);
  const diagnostics = check(text, options).filter((d) => id === UNKNOWN_TYPE || d.id !== UNKNOWN_TYPE);
  assert.deepEqual(
    diagnostics.map((d) => ({ id: d.id, span: d.span })),
    ranges.map((span) => ({ id, span })),
    describeAll(diagnostics, text),
  );
  return diagnostics;
}

/** `source` has no diagnostic with `id` (a near miss). */
export function assertNone(source: string, id: string, options?: CheckOptions): void {
  const { text } = marked(source);
  const found = check(text, options).filter((d) => d.id === id);
  assert.deepEqual(found, [], describeAll(found, text));
}

/** The filled sample, edited (the edit may add ⟦…⟧ marks). */
export function filled(edit: (text: string) => string = (t) => t): string {
  const base = sample(FILLED_PATH);
  const edited = edit(base);
  assert.notEqual(edited, base, "the edit changed nothing: the test would prove nothing");
  return edited;
}

const key = (d: ContractDiagnostic) => `${d.id}\u0000${d.message}`;

/**
 * Compared with the clean filled sample, the edited one adds only `id` findings, at the marked
 * ranges. Findings the filled sample already has (information notes) are set aside by id+message.
 */
export function assertAddedOnly(
  editedSource: string,
  id: string,
  options?: CheckOptions,
): ContractDiagnostic[] {
  const baseline = new Set(check(sample(FILLED_PATH), options).map(key));
  const { text, ranges } = marked(editedSource);
  const added = check(text, options).filter(
    (d) => !baseline.has(key(d)) && (id === UNKNOWN_TYPE || d.id !== UNKNOWN_TYPE),
  );
  assert.deepEqual(
    added.map((d) => ({ id: d.id, span: d.span })),
    ranges.map((span) => ({ id, span })),
    describeAll(added, text),
  );
  return added;
}

/** `text` (⟦⟧ marks removed) with the edits of one quick fix applied, last first. */
export function applyQuickFix(text: string, fix: QuickFix | undefined): string {
  assert.ok(fix !== undefined, "the finding offers that fix");
  return [...fix.edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), marked(text).text);
}

/** `text` with fix number `which` of `diagnostic` applied. */
export function applyFix(text: string, diagnostic: ContractDiagnostic | undefined, which = 0): string {
  assert.ok(diagnostic !== undefined, "no finding");
  assert.ok(diagnostic.data !== undefined, `${diagnostic.id} offers no fix`);
  return applyQuickFix(text, diagnostic.data.fixes[which]);
}
