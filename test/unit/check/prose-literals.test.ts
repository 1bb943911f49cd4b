/**
 * The lines the prose-values check reads, in steps: a topic's lines were joined into one list in one
 * step, which a contract of 50,000 articles on 報酬 made a step of its own.
 */
import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";
import { eachLiteralLineInSteps } from "../../../server/src/language/check/support/prose-literals";
import { ITEMS_PER_STEP } from "../../../server/src/language/steps";

const service = createContractService();

function fees(articles: number): string {
  const body = Array.from(
    { length: articles },
    (_, i) => `第${i + 1}条（報酬）\n甲は月額金1,000円を払う。\n`,
  );
  return `契約書「テスト契約書」\n\n条件\n  月額報酬：2,000円\n\n${body.join("\n")}`;
}

describe("check support: prose literals", () => {
  it("visits every line of every article on the topic, ITEMS_PER_STEP lines a step", () => {
    const analysis = service.analyze(fees(2_000));
    const visited: string[] = [];
    const walking = eachLiteralLineInSteps(analysis, ({ line }) => visited.push(line.text));
    let steps = 0;
    while (walking.next().done !== true) steps += 1;
    assert.equal(visited.filter((text) => text === "甲は月額金1,000円を払う。").length, 2_000);
    assert.ok(steps >= visited.length / ITEMS_PER_STEP - 1, `${steps} steps for ${visited.length} lines`);
  });

  it("still finds the fee written against its value on each of those lines", () => {
    const found = service
      .check(service.analyze(fees(3)))
      .filter((d) => d.id === "consistency.prose-contradicts-value");
    assert.equal(found.length, 3);
  });
});
