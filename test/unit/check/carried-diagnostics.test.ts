import assert from "node:assert/strict";
import fc from "fast-check";
import { isSyntaxId } from "../../../server/src/language/check/rules/syntax/syntax-errors";
import type { ContractDiagnostic } from "../../../server/src/language/diagnostic";
import { createContractService } from "../../../server/src/language";
import { hostileContract } from "../../helpers/arbitraries";
import { applyEdit, edit } from "../../helpers/edits";
import { FILLED_PATH, sample } from "../../helpers/fixtures";

const service = createContractService();
const SEED = 20261124;
const FILLED = sample(FILLED_PATH);

/** A canonical order, so that two lists of the same findings compare equal. */
function canonical(diagnostics: readonly ContractDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.span.start}-${d.span.end} ${d.id} ${d.severity} ${d.message}`).sort();
}

/** The carried diagnostics of `after`, starting from a full check of `before`. */
function carry(before: string, after: string) {
  const previous = service.analyze(before);
  const analysis = service.analyze(after, previous);
  const carried = service.carryDiagnostics({ text: before, diagnostics: service.check(previous) }, analysis);
  return { carried, full: service.check(analysis) };
}

describe("carried diagnostics", function () {
  this.timeout(120000);

  it("have exactly the syntax errors a full check finds, after random edits", () => {
    fc.assert(
      fc.property(fc.oneof(hostileContract, fc.constant(FILLED)), edit, (before, e) => {
        const { carried, full } = carry(before, applyEdit(before, e));
        const syntax = (ds: readonly ContractDiagnostic[]) => canonical(ds.filter((d) => isSyntaxId(d.id)));
        assert.deepStrictEqual(syntax(carried), syntax(full));
      }),
      { seed: SEED, numRuns: 800 },
    );
  });

  it("keep every range inside the new text", () => {
    fc.assert(
      fc.property(fc.oneof(hostileContract, fc.constant(FILLED)), edit, (before, e) => {
        const after = applyEdit(before, e);
        for (const d of carry(before, after).carried) {
          for (const span of [d.span, ...(d.related ?? []).map((r) => r.span)]) {
            assert.ok(0 <= span.start && span.start <= span.end && span.end <= after.length, d.id);
          }
        }
      }),
      { seed: SEED, numRuns: 800 },
    );
  });

  it("move the other findings with the text, and equal a full check when the edit changes no finding", () => {
    const before = FILLED.replace("甲は乙に対し", "別途定める。甲は乙に対し");
    assert.notEqual(before, FILLED);
    const at = before.lastIndexOf("本契約");
    const after = `${before.slice(0, at)}なお、${before.slice(at)}`;
    const { carried, full } = carry(before, after);
    assert.ok(
      full.some((d) => d.id === "blank.undecided"),
      "the edit is below a finding that moves",
    );
    assert.deepStrictEqual(canonical(carried), canonical(full));
  });

  it("show a reference broken by the edit at once, and leave other new findings to the full check", () => {
    const at = FILLED.indexOf("甲は乙に対し");
    const after = `${FILLED.slice(0, at)}{月額報酬 別途定める。${FILLED.slice(at)}`;
    const { carried, full } = carry(FILLED, after);
    const broken = carried.find((d) => d.id === "syntax.reference");
    assert.equal(broken?.span.start, at);
    assert.ok(full.some((d) => d.id === "blank.undecided" && d.span.start > at));
    assert.ok(
      !carried.some((d) => d.id === "blank.undecided" && d.span.start > at && d.span.start < at + 20),
    );
  });

  it("drop quick-fix data that the edit moved, whose edits were computed for the old text", () => {
    const before = FILLED.replace("第3条", "第4条");
    const withFix = service.check(service.analyze(before)).filter((d) => d.data !== undefined);
    assert.ok(withFix.length > 0, "the renumbered article has a fix");
    const title = before.indexOf("\n");
    const { carried } = carry(before, `${before.slice(0, title)}\n${before.slice(title)}`);
    assert.ok(carried.every((d) => d.data === undefined));
  });

  it("keep a finding the edit does not reach as it is, with its fixes", () => {
    const before = FILLED.replace("第3条", "第4条");
    const previous = service.check(service.analyze(before));
    const withFix = previous.filter((d) => d.data !== undefined);
    assert.ok(withFix.length > 0, "the renumbered article has a fix");
    const carried = service.carryDiagnostics(
      { text: before, diagnostics: previous },
      service.analyze(`${before}\n`),
    );
    for (const d of withFix) assert.ok(carried.includes(d), "the same finding, fixes and all");
  });

  it("are carried a few hundred findings a step, as carrying them in one go gives them", () => {
    const before = `前文\n${"{x}".repeat(5_000)}\n`;
    const after = `前文\nあ${before.slice(3)}`;
    const previous = service.analyze(before);
    const checked = { text: before, diagnostics: service.check(previous) };
    assert.equal(checked.diagnostics.length, 5_000);
    const analysis = service.analyze(after, previous);
    const steps = service.carryDiagnosticsInSteps(checked, analysis);
    let yields = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) yields += 1;
    assert.ok(yields >= 10, `5,000 findings in ${yields} steps`);
    assert.deepEqual(step.value, service.carryDiagnostics(checked, analysis));
    assert.equal(
      step.value[0]?.span.start,
      (checked.diagnostics[0]?.span.start ?? -2) + 1,
      "moved by the typed character",
    );
  });
});
