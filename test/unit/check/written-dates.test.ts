import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";
import { checkViews } from "../../../server/src/language/check/check-views";
import { writtenDatesInSteps } from "../../../server/src/language/check/support/written-dates";
import { drain } from "../../../server/src/language/steps";

const service = createContractService();

function stepsOf<T>(steps: Generator<void, T, void>): { value: T; steps: number } {
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done === true) return { value: step.value, steps: count };
    count++;
  }
}

describe("the dates written in a contract (a check view)", () => {
  const source = [
    "条件",
    "  契約締結日：令和8年（2026年）12月1日",
    "  備考：2026年4月1日から",
    "前文",
    "この契約に日付はない。",
    "この契約は令和8年12月1日（火）に締結する。",
    "",
  ].join("\n");

  it("keeps only the texts with a date or a pair: the prose lines, then the values in order", () => {
    const written = drain(writtenDatesInSteps(service.analyze(source).index));
    assert.deepEqual(
      written.map((dated) => [dated.dates.map((d) => d.text), dated.pairs.map((p) => p.wareki.text)]),
      [
        [["令和8年12月1日"], []],
        // A typed value's date is judged by its parser: only its pair is read here.
        [[], ["令和8年"]],
        [["2026年4月1日"], []],
      ],
    );
  });

  it("is built once per check, in steps that grow with the prose", () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${i + 1}行目は2026年4月1日に定める。`);
    const analysis = service.analyze(`前文\n${lines.join("\n")}\n`);
    const views = checkViews(analysis, null);
    const first = stepsOf(views.writtenDates());
    assert.equal(first.value.length, 3000);
    assert.ok(first.steps >= 3000 / 100, `${first.steps} steps for 3,000 lines`);
    const again = stepsOf(views.writtenDates());
    assert.equal(again.steps, 0);
    assert.equal(again.value, first.value);
  });
});
