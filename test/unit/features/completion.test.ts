import assert from "node:assert/strict";
import { completionsAt } from "../../../server/src/language/features/completion";
import { createContractService } from "../../../server/src/language/service";
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
