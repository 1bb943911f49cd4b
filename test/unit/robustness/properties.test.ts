import { relativeArticle } from "../../helpers/contract-content";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Article } from "../../../server/src/language/ast";
import { createContractService } from "../../../server/src/language";
import { hostileContract, TYPED_JUNK } from "../../helpers/arbitraries";
import { FILLED_PATH, sample } from "../../helpers/fixtures";
import { boundaryProblem } from "../../helpers/text-boundaries";

const service = createContractService();
const SEED = 20261124;
const FINAL = { mode: "final", severities: {} } as const;

function spansOf(diagnostic: ReturnType<typeof service.check>[number]): { start: number; end: number }[] {
  const fixes = (diagnostic.data?.fixes ?? []).flatMap((f) => f.edits.map((e) => e.span));
  return [diagnostic.span, ...(diagnostic.related ?? []).map((r) => r.span), ...fixes];
}

describe("robustness properties (fast-check, fixed seed)", function () {
  this.timeout(120000);

  it("parse, check and render never throw on hostile text", () => {
    fc.assert(
      fc.property(hostileContract, (text) => {
        const analysis = service.analyze(text);
        service.check(analysis);
        service.check(analysis, FINAL);
        for (const format of ["text", "markdown", "html"] as const) service.render(analysis, format);
        service.renderHtmlBody(analysis);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it("puts every range inside the document, on character boundaries", () => {
    fc.assert(
      fc.property(hostileContract, (text) => {
        const analysis = service.analyze(text);
        for (const diagnostic of service.check(analysis)) {
          for (const span of spansOf(diagnostic)) {
            assert.ok(span.start <= span.end, `${diagnostic.id}: start after end`);
            for (const offset of [span.start, span.end]) {
              const problem = boundaryProblem(text, offset);
              assert.equal(problem, null, `${diagnostic.id}: ${problem}`);
            }
          }
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it("keeps every other article unchanged when an error is typed into one", () => {
    const base = sample(FILLED_PATH);
    const clean = service.analyze(base).document.blocks.filter((b): b is Article => b.kind === "article");
    const junk = fc.constantFrom(...TYPED_JUNK);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: clean.length - 1 }), fc.nat(), junk, (k, position, inserted) => {
        const target = clean[k];
        assert.ok(target);
        const body = target.body[position % Math.max(1, target.body.length)];
        const at = body === undefined ? target.heading.span.end : body.span.end;
        const text = base.slice(0, at) + inserted + base.slice(at);
        const edited = service
          .analyze(text)
          .document.blocks.filter((b): b is Article => b.kind === "article");
        assert.equal(edited.length, clean.length);
        clean.forEach((article, i) => {
          if (i === k) return;
          const other = edited[i];
          assert.ok(other);
          assert.equal(
            relativeArticle(other),
            relativeArticle(article),
            `article ${i + 1} changed after an edit in article ${k + 1}`,
          );
        });
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
