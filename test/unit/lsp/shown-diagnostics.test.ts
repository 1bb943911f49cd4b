import assert from "node:assert/strict";
import type { ContractDiagnostic, Severity } from "../../../server/src/language";
import { omittedMessage, shownDiagnostics } from "../../../server/src/lsp/shown-diagnostics";

/** One finding per severity letter, at its index: e = error, w = warning, i = information, h = hint. */
function findings(letters: string): ContractDiagnostic[] {
  const severity: Record<string, Severity> = { e: "error", w: "warning", i: "information", h: "hint" };
  return [...letters].map((letter, i) => ({
    id: "value.undefined",
    severity: severity[letter] ?? "error",
    message: `m${i}`,
    span: { start: i, end: i + 1 },
  }));
}

describe("lsp: the findings the editor is sent", () => {
  it("sends all of them when they fit", () => {
    const all = findings("hiwe");
    assert.deepEqual(shownDiagnostics(all, 4), { shown: all, omitted: 0, firstOmitted: undefined });
  });

  it("keeps the most severe first, in document order, and leaves the last place to the summary", () => {
    const all = findings("hwewiewh");
    const { shown, omitted, firstOmitted } = shownDiagnostics(all, 5);
    // Four places: both errors, then the first two of the three warnings.
    assert.deepEqual(
      shown.map((d) => d.message),
      ["m1", "m2", "m3", "m5"],
    );
    assert.equal(omitted, 4);
    assert.equal(firstOmitted?.message, "m0");
  });

  it("cuts inside the errors when there are more errors than places", () => {
    const { shown, omitted } = shownDiagnostics(findings("weeeee"), 3);
    assert.deepEqual(
      shown.map((d) => d.message),
      ["m1", "m2"],
    );
    assert.equal(omitted, 4);
  });

  it("fills the places with errors when there are 25,000 of them", () => {
    const many = findings("ew".repeat(25_000));
    const { shown, omitted } = shownDiagnostics(many);
    assert.equal(shown.length, 999);
    assert.ok(shown.every((d) => d.severity === "error"));
    assert.equal(omitted, 50_000 - 999);
  });

  it("says in Japanese how many were left out and where to see them all", () => {
    assert.match(omittedMessage(49_001), /ほかに 49,001 件の指摘があります.*keiyaku check/);
  });
});
