import assert from "node:assert/strict";
import { contractWithArticles } from "../../../bench/bench-inputs";
import { RULES } from "../../../server/src/language/check/registry";
import { checkInSteps, DEFAULT_CHECK_OPTIONS } from "../../../server/src/language/check/run-checks";
import { drain, ITEMS_PER_STEP } from "../../../server/src/language/steps";
import { createContractService } from "../../../server/src/language";
import { FILLED_PATH, sample } from "../../helpers/fixtures";

const service = createContractService();
const FILLED = sample(FILLED_PATH);

function stepsOf(text: string): { steps: number; diagnostics: number } {
  const checking = service.checkInSteps(service.analyze(text));
  let steps = 0;
  for (;;) {
    const step = checking.next();
    if (step.done === true) return { steps, diagnostics: step.value.length };
    steps++;
  }
}

describe("checking in steps", () => {
  it("finds what a check in one go finds", () => {
    const text = contractWithArticles(FILLED, 300);
    const fresh = createContractService();
    const inOneGo = fresh.check(fresh.analyze(text));
    assert.equal(stepsOf(text).diagnostics, inOneGo.length);
    assert.ok(inOneGo.length > 0);
  });

  it("splits the views every rule shares into steps that grow with the contract, not one step each", () => {
    const small = stepsOf(FILLED).steps;
    const large = stepsOf(contractWithArticles(FILLED, 4000)).steps;
    assert.ok(small >= RULES.length, `${small} steps: at least one per rule`);
    // 4,000 articles: the document, the index's prose lines and the term index's two passes each
    // take a step per 500 blocks or lines.
    assert.ok(large - small >= 4 * (4000 / 500), `${large} steps for 4,000 articles, ${small} for 25`);
  });

  it("splits a rule with a finding per reference into steps: 10,000 on one line are not one step", () => {
    // Before, references/value-references reported 100,000 undefined {x} in one step of 250 ms.
    const line = (n: number) => `前文\n${"{x}".repeat(n)}\n`;
    const few = stepsOf(line(10));
    const many = stepsOf(line(10_000));
    assert.equal(many.diagnostics, 10_000);
    assert.ok(many.steps - few.steps >= 10_000 / 100, `${many.steps} steps against ${few.steps}`);
    const inOneGo = service.check(service.analyze(line(10_000)));
    assert.equal(inOneGo.length, many.diagnostics);
  });

  // Before, references/unused-values listed the names of 50,000 references in one step.
  it("walks every reference of a rule that reads them all in steps, not in one", () => {
    const rule = RULES.find((r) => r.name === "references/unused-values");
    assert.ok(rule !== undefined);
    const ruleSteps = (text: string) => {
      const analysis = service.analyze(text);
      drain(analysis.prepareInSteps());
      // With the shared views built, what is left is the rule's own steps and the one after it.
      const checking = checkInSteps(analysis, [rule], DEFAULT_CHECK_OPTIONS);
      let steps = 0;
      while (checking.next().done !== true) steps += 1;
      return steps;
    };
    const refs = (n: number) => `条件\n  予備費：1円\n\n前文\n${"{x}".repeat(n)}\n`;
    const few = ruleSteps(refs(10));
    const many = ruleSteps(refs(10_000));
    assert.ok(many - few >= 10_000 / ITEMS_PER_STEP - 1, `${many} steps against ${few}`);
  });
});
