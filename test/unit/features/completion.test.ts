import assert from "node:assert/strict";
import { completionsAt } from "../../../server/src/language/features/completion";
import { createContractService } from "../../../server/src/language/service";
import { boundaryProblem } from "../../helpers/text-boundaries";
import { parsePaymentDue } from "../../../server/src/language/values/payment-due";

const service = createContractService();

describe("completion after 支払期日：", () => {
  const text = "条件\n  支払期日：";
  const labels = completionsAt(service.analyze(text), text.length).map((c) => c.label);

  it("offers the forms contracts use, monthly and after an invoice", () => {
    assert.ok(labels.includes("翌月末日"));
    assert.ok(labels.includes("毎月末日締め翌月末日払い"));
    assert.ok(labels.includes("請求書受領後30日以内"));
  });

  it("offers only terms that are valid payment terms", () => {
    for (const label of labels) assert.equal(parsePaymentDue(label)?.type, "paymentDue", label);
  });
});

/** Completion never splits a character: asked inside 𠮷 or a CR LF, its edit starts before it. */
describe("completion: edit ranges on character boundaries", () => {
  for (const [text, offset] of [
    ["前文\n𠮷", 4],
    ["条件\n  値：1\n\n前文\n{𠮷", 15],
    ["前文\r\n𠮷", 3],
  ] as const) {
    it(`${JSON.stringify(text)} at ${offset}`, () => {
      const entries = completionsAt(service.analyze(text), offset);
      assert.ok(entries.length > 0, "something is offered");
      for (const { replace } of entries) {
        for (const at of [replace.start, replace.end]) assert.equal(boundaryProblem(text, at), null);
      }
    });
  }
});

describe("completion of a party's fields after {乙.", () => {
  const labelsFor = (party: string) => {
    const text = `${party}前文\n{乙.`;
    return completionsAt(service.analyze(text), text.length).map((c) => c.label);
  };

  it("offers a company's 会社名・所在地・代表者", () => {
    const labels = labelsFor("当事者 乙（受託者）\n  会社名：株式会社ベータ\n");
    for (const field of ["会社名", "所在地", "代表者", "役割"]) assert.ok(labels.includes(field), field);
  });

  it("offers an individual's 住所 and 氏名, and no 代表者", () => {
    const labels = labelsFor("当事者 乙（受託者）\n  氏名：鈴木一郎\n");
    assert.ok(labels.includes("住所") && labels.includes("氏名"), labels.join(","));
    assert.ok(!labels.includes("代表者"), labels.join(","));
  });
});
