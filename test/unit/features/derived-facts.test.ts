import assert from "node:assert/strict";
import { derivedFacts } from "../../../server/src/language/features/derived-facts";
import { createContractService } from "../../../server/src/language/service";

const service = createContractService();

function factsOfDue(due: string): string[] {
  const analysis = service.analyze(`条件\n  支払期日：${due}\n  契約締結日：令和8年12月1日\n`);
  return derivedFacts("支払期日", analysis.facts);
}

describe("derived facts of 支払期日", () => {
  const cases: readonly [string, readonly string[]][] = [
    ["翌月末日", ["支払までの日数：業務月の締めから最大31日", "最初の支払日：2027年1月31日"]],
    ["当月末日", ["支払までの日数：業務月の締めの当日", "最初の支払日：2026年12月31日"]],
    ["当月10日", ["支払までの日数：業務月の締めの18日前まで", "最初の支払日：2026年12月10日"]],
    ["毎月20日締め翌月10日払い", ["支払までの日数：業務月の締めから最大21日", "最初の支払日：2027年1月10日"]],
    ["請求書受領後三十日以内", ["支払までの日数：請求書の受領から最大30日"]],
    ["検収完了後60日以内", ["支払までの日数：検収の完了から最大60日"]],
    ["納品日から30日以内", ["支払までの日数：納品から最大30日"]],
    [
      "請求書受領後30日以内（休日の場合は翌営業日）",
      ["支払までの日数：請求書の受領から最大30日（休業日は翌営業日のため、数日延びることがあります）"],
    ],
  ];
  for (const [due, lines] of cases) {
    it(due, () => assert.deepEqual(factsOfDue(due), lines));
  }
});
