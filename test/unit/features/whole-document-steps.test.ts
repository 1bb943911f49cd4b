/**
 * The whole-document answers a large version computes ahead (outline, folding, semantic tokens)
 * come in steps, so that the server serves between them, and give what the one-go call gives.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { contractWithArticles, REFERENCE_PATH } from "../../../bench/bench-inputs";
import { createContractService, type Analysis, type Steps } from "../../../server/src/language";

const TEXT = contractWithArticles(readFileSync(REFERENCE_PATH, "utf8"), 1_000);
/** 1,000 articles that each refer to a value. */
const REFERENCES = `条件\n月額報酬：100,000円\n\n${Array.from({ length: 1_000 }, (_, i) => `第${i + 1}条（報酬）\n甲は{月額報酬}を払う。\n`).join("\n")}`;

/** How many times the steps yield, and their result. */
function stepped<T>(steps: Steps<T>): { yields: number; value: T } {
  let yields = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return { yields, value: step.value };
    yields += 1;
  }
}

describe("whole-document answers computed in steps", () => {
  const cases: {
    readonly name: string;
    readonly text: string;
    readonly inSteps: (analysis: Analysis) => Steps<readonly unknown[]>;
    readonly atOnce: (analysis: Analysis) => readonly unknown[];
  }[] = [
    {
      name: "folding",
      text: TEXT,
      inSteps: (a) => createContractService().foldingInSteps(a),
      atOnce: (a) => createContractService().folding(a),
    },
    {
      name: "semantic tokens",
      text: REFERENCES,
      inSteps: (a) => createContractService().semanticTokensInSteps(a),
      atOnce: (a) => createContractService().semanticTokens(a),
    },
  ];
  for (const { name, text, inSteps, atOnce } of cases) {
    it(`computes the ${name} of 1,000 articles in steps, as in one go`, () => {
      const analysis = createContractService().analyze(text);
      const { yields, value } = stepped(inSteps(analysis));
      assert.ok(value.length >= 1_000, `${value.length} ${name}`);
      assert.ok(yields >= 10, `${yields} steps`);
      assert.deepEqual(value, atOnce(createContractService().analyze(text)));
    });
  }

  it("keeps each with its analysis: the steps after the first return the same array at once", () => {
    const service = createContractService();
    const analysis = service.analyze(TEXT);
    const first = stepped(service.foldingInSteps(analysis)).value;
    const again = stepped(service.foldingInSteps(analysis));
    assert.equal(again.value, first);
    assert.equal(again.yields, 0);
    assert.equal(service.semanticTokens(analysis), stepped(service.semanticTokensInSteps(analysis)).value);
  });
});
