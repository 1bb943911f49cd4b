import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";
import { check } from "../../helpers/check";

const COVERED = { client: "  資本金：5億円", contractor: "  資本金：1,000万円" };
const NOT_COVERED = {
  client: "  資本金：1,000万円\n  従業員数：20人",
  contractor: "  資本金：1,000万円\n  従業員数：10人",
};
const UNKNOWN = { client: "", contractor: "" };

function contract(sizes: { client: string; contractor: string }, due: string, payment = ""): string {
  return [
    "契約書「サーバー管理契約書」",
    "当事者 甲（委託者）",
    "  会社名：株式会社アルファ",
    sizes.client,
    "当事者 乙（受託者）",
    "  会社名：株式会社ベータ",
    sizes.contractor,
    "条件",
    "  月額報酬：300,000円（消費税別）",
    `  支払期日：${due}`,
    "",
    "第7条（報酬）",
    "甲は乙に対し、月額金{月額報酬}を{支払期日}までに支払う。",
    "",
    "第8条（支払方法）",
    payment === "" ? "甲は乙指定口座へ振込送金により支払う。" : payment,
    "",
  ].join("\n");
}

const law = (text: string) => check(text).filter((d) => d.id.startsWith("law."));

describe("law.payment-term-60-days (取適法第3条第1項)", () => {
  it("exactly 60 days after receipt is within the limit", () => {
    assert.deepEqual(law(contract(COVERED, "請求書受領後60日以内")), []);
  });
  it("61 days is a warning that cites the law and the article", () => {
    const [finding, ...rest] = law(contract(COVERED, "請求書受領後61日以内"));
    assert.equal(rest.length, 0);
    assert.equal(finding?.id, "law.payment-term-60-days");
    assert.equal(finding?.severity, "warning");
    assert.match(finding?.message ?? "", /取適法.*第3条第1項/);
    assert.match(finding?.message ?? "", /最大61日/);
  });
  it("翌月末日 (31 days after the close) is within; 翌々月末日 (62) is not", () => {
    assert.deepEqual(law(contract(COVERED, "翌月末日")), []);
    assert.deepEqual(
      law(contract(COVERED, "翌々月末日")).map((d) => d.id),
      ["law.payment-term-60-days"],
    );
  });
  it("marks the 支払期日 value", () => {
    const text = contract(COVERED, "翌々月末日");
    const [finding] = law(text);
    assert.equal(text.slice(finding?.span.start, finding?.span.end), "翌々月末日");
  });
  it("sizes that show the law does not apply: nothing", () => {
    assert.deepEqual(law(contract(NOT_COVERED, "翌々月末日")), []);
  });
  it("sizes unknown: information saying what would make the law apply", () => {
    const [finding] = law(contract(UNKNOWN, "請求書受領後90日以内"));
    assert.equal(finding?.id, "law.payment-term-may-apply");
    assert.equal(finding?.severity, "information");
    assert.match(finding?.message ?? "", /3億円超.*300人超/);
    assert.match(finding?.message ?? "", /資本金.*従業員数/);
  });
  it("sizes unknown and within 60 days: nothing", () => {
    assert.deepEqual(law(contract(UNKNOWN, "請求書受領後60日以内")), []);
  });
});

describe("law.freelance-payment-term-60-days (フリーランス法第4条第1項)", () => {
  const freelancer = (employees: string, due: string) =>
    contract(UNKNOWN, due)
      .replace("  会社名：株式会社ベータ", `  氏名：山田太郎\n  従業員数：${employees}`)
      .replace("  資本金：", "");
  it("an individual without employees, 61 days: a warning citing the law", () => {
    const ids = law(freelancer("0人", "請求書受領後61日以内"));
    assert.equal(ids[0]?.id, "law.freelance-payment-term-60-days");
    assert.match(ids[0]?.message ?? "", /フリーランス法.*第4条第1項/);
  });
  it("exactly 60 days: nothing", () => {
    assert.deepEqual(law(freelancer("0人", "請求書受領後60日以内")), []);
  });
  it("an individual with employees is no freelancer", () => {
    assert.ok(!law(freelancer("3人", "請求書受領後90日以内")).some((d) => d.id.startsWith("law.freelance")));
  });
});

describe("law.promissory-note and law.transfer-fee (取適法第5条第1項第2号・第3号)", () => {
  it("a promissory note where the law applies", () => {
    const text = contract(
      COVERED,
      "翌月末日",
      "甲は乙に対し、代金を支払期日に満期120日の約束手形を交付して支払う。",
    );
    const [finding] = law(text);
    assert.equal(finding?.id, "law.promissory-note");
    assert.equal(text.slice(finding?.span.start, finding?.span.end), "約束手形");
    assert.match(finding?.message ?? "", /第5条第1項第2号/);
  });
  it("a sentence that rules notes out is not a note", () => {
    assert.deepEqual(law(contract(COVERED, "翌月末日", "甲は、手形による支払は行わないものとする。")), []);
  });
  it("the transfer fee on the 受託者, or deducted from the price", () => {
    for (const sentence of ["振込手数料は乙の負担とする。", "甲は振込手数料を差し引いて支払う。"]) {
      const [finding] = law(contract(COVERED, "翌月末日", sentence));
      assert.equal(finding?.id, "law.transfer-fee", sentence);
      assert.match(finding?.message ?? "", /第5条第1項第3号/);
    }
  });
  it("the transfer fee on the 委託者, or a contract the law does not cover: nothing", () => {
    assert.deepEqual(law(contract(COVERED, "翌月末日", "振込手数料は甲の負担とする。")), []);
    assert.deepEqual(law(contract(NOT_COVERED, "翌月末日", "振込手数料は乙の負担とする。")), []);
    assert.deepEqual(law(contract(UNKNOWN, "翌月末日", "振込手数料は乙の負担とする。")), []);
  });
});

describe("law.party-size", () => {
  it("an unreadable 資本金 or 従業員数 is a warning at the value", () => {
    const text = contract({ client: "  資本金：約5千万\n  従業員数：百人ほど", contractor: "" }, "翌月末日");
    const found = law(text).filter((d) => d.id === "law.party-size");
    assert.deepEqual(
      found.map((d) => text.slice(d.span.start, d.span.end)),
      ["約5千万", "百人ほど"],
    );
  });
  it("kanji and 大字 amounts and 名 are read", () => {
    const text = contract({ client: "  資本金：金参億円\n  従業員数：三百名", contractor: "" }, "翌月末日");
    assert.deepEqual(law(text), []);
  });
});

describe("hover: what the sizes and the payment term mean for the laws", () => {
  const service = createContractService();
  it("on 資本金 and on 支払期日, the 取適法's verdict with its basis", () => {
    const text = contract(COVERED, "翌月末日");
    const analysis = service.analyze(text);
    const onCapital = service.hover(analysis, text.indexOf("資本金"));
    assert.match(onCapital?.contents ?? "", /取適法：対象（資本金（甲 3億円超・乙 3億円以下）/);
    const onDue = service.hover(analysis, text.indexOf("支払期日："));
    assert.match(onDue?.contents ?? "", /取適法：対象/);
    assert.match(onDue?.contents ?? "", /フリーランス法：対象外/);
  });
});
