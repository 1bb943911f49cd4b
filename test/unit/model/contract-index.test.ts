/**
 * The contract index's lines by article, built in steps with the rest of the index (a pass of its
 * own, so that 50,000 articles' lines are not one step of the check that first asks).
 */
import assert from "node:assert/strict";
import { contractWithArticles } from "../../../bench/bench-inputs";
import { createContractService } from "../../../server/src/language";
import { contractIndexInSteps, proseLinesInSteps } from "../../../server/src/language/model/contract-index";
import { ITEMS_PER_STEP } from "../../../server/src/language/steps";
import { FILLED_PATH, sample } from "../../helpers/fixtures";

const service = createContractService();

function stepsAndIndex(text: string) {
  const analysis = service.analyze(text);
  const building = contractIndexInSteps(analysis.document, analysis.text);
  for (let steps = 0; ; steps++) {
    const step = building.next();
    if (step.done === true) return { steps, index: step.value };
  }
}

describe("model: the contract index", () => {
  const { steps, index } = stepsAndIndex(contractWithArticles(sample(FILLED_PATH), 2_000));

  it("gives each article exactly its own prose lines, in order", () => {
    assert.ok(index.articles.length >= 2_000);
    for (const article of index.articles) {
      const own = index.proseLines.filter((line) => line.article === article);
      assert.deepEqual(index.proseLinesOf(article), own);
    }
  });

  it("sorts the lines by article in steps of its own, as it reads the prose lines", () => {
    // Two passes over the prose lines, each a step per ITEMS_PER_STEP lines (with the passes over
    // blocks, articles and references besides): one pass only when the lines by article were
    // sorted in one go by the first rule that asked.
    const lines = index.proseLines.length;
    assert.ok(lines > 4 * ITEMS_PER_STEP);
    assert.ok(steps >= 2 * Math.floor(lines / ITEMS_PER_STEP), `${steps} steps for ${lines} prose lines`);
  });

  it("reads the prose lines of one long article in steps of their own", () => {
    const long = service.analyze(`第1条（目的）\n${"甲は乙に業務を委託する。\n".repeat(10_000)}`);
    const reading = proseLinesInSteps(long.document, long.text);
    let steps = 0;
    let step = reading.next();
    for (; step.done !== true; step = reading.next()) steps++;
    assert.equal(step.value.length, 10_000);
    assert.ok(steps >= 5, `${steps} steps for one article of 10,000 lines`);
  });
});
