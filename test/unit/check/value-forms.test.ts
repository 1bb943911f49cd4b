/**
 * The filled sample written as drafters write it — kanji numerals, 大字, 半年, other payment terms —
 * is the same contract and checks clean; placeholders left inside values are blanks.
 */
import assert from "node:assert/strict";
import { assertAddedOnly, check, filled } from "../../helpers/check";

const FINAL = { mode: "final", severities: {} } as const;

function serious(text: string): string[] {
  return check(text)
    .filter((d) => d.severity === "error" || d.severity === "warning")
    .map((d) => `${d.id} [${text.slice(d.span.start, d.span.end)}] ${d.message}`);
}

describe("the filled sample in a drafter's own forms of values", () => {
  const variants: readonly (readonly [string, string])[] = [
    ["月額報酬：300,000円（消費税別）", "月額報酬：金三十万円（消費税別）"],
    ["月額報酬：300,000円（消費税別）", "月額報酬：金参拾萬円也（消費税別）"],
    ["月額報酬：300,000円（消費税別）", "月額報酬：30万円（消費税別）"],
    ["支払期日：翌月末日", "支払期日：請求書受領後30日以内"],
    ["支払期日：翌月末日", "支払期日：毎月末日締め翌月末日払い"],
    ["支払期日：翌月末日", "支払期日：翌月十日限り"],
    ["支払期日：翌月末日", "支払期日：検収完了後三十日以内"],
    ["支払期日：翌月末日", "支払期日：納品日から30日以内"],
    ["支払期日：翌月末日", "支払期日：当月末日"],
    ["支払期日：翌月末日", "支払期日：翌月末日（金融機関の休業日の場合は前営業日）"],
    ["賠償上限期間：6か月", "賠償上限期間：半年"],
    ["賠償上限期間：6か月", "賠償上限期間：六ヶ月"],
    ["契約期間：1年", "契約期間：一年"],
    ["更新拒絶通知期限：30日前", "更新拒絶通知期限：三十日前"],
    ["契約締結日：令和8年12月1日", "契約締結日：令和八年十二月一日"],
    ["契約締結日：令和8年12月1日", "契約締結日：二〇二六年十二月一日"],
    ["作成通数：2通", "作成通数：二通"],
  ];
  for (const [from, to] of variants) {
    it(`${to} checks clean`, () => {
      const text = filled((t) => t.replace(from, to));
      assert.deepEqual(serious(text), []);
    });
  }

  it("checks clean with all of them at once", () => {
    const text = filled((t) =>
      variants
        .filter(([, to]) => !/30万円|参拾|当月末日|十日限り|検収|納品|締め|休業日|六ヶ月|二〇二六/u.test(to))
        .reduce((acc, [from, to]) => acc.replace(from, to), t),
    );
    assert.match(
      text,
      /金三十万円.*\n.*請求書受領後30日以内[\s\S]*令和八年十二月一日[\s\S]*三十日前[\s\S]*半年/u,
    );
    assert.deepEqual(serious(text), []);
  });
});

describe("placeholders inside values are blanks", () => {
  it("reports a party's field with 【要確認】 at the mark, as blank.party", () => {
    const [found] = assertAddedOnly(
      filled((t) => t.replace("会社名：株式会社ベータ", "会社名：株式会社ベータ⟦【要確認】⟧")),
      "blank.party",
    );
    assert.match(found?.message ?? "", /乙（受託者）の会社名に記入待ちの印「【要確認】」が残っています/);
  });

  it("reports ●●, 〇〇, ＿＿ and ［　］ inside values as the blank of their name", () => {
    assertAddedOnly(
      filled((t) => t.replace("月額報酬：300,000円", "月額報酬：⟦●●⟧円")),
      "blank.fee",
    );
    assertAddedOnly(
      filled((t) => t.replace("契約締結日：令和8年12月1日", "契約締結日：令和⟦〇〇⟧年12月1日")),
      "blank.date",
    );
    assertAddedOnly(
      filled((t) => t.replace("所在地：東京都港区", "所在地：東京都⟦＿＿⟧区")),
      "blank.party",
    );
    assertAddedOnly(
      filled((t) => t.replace("契約期間：1年", "契約期間：⟦［　］⟧")),
      "blank.value",
    );
  });

  it("is an error in final mode, like any blank", () => {
    const text = filled((t) => t.replace("会社名：株式会社ベータ", "会社名：株式会社ベータ【要確認】"));
    const found = check(text, FINAL).filter((d) => d.id === "blank.party");
    assert.deepEqual(
      found.map((d) => d.severity),
      ["error"],
    );
  });

  it("does not take the zeros of a kanji amount for a mark", () => {
    const text = filled((t) => t.replace("月額報酬：300,000円", "月額報酬：金三〇〇〇〇〇円"));
    assert.deepEqual(serious(text), []);
  });
});
