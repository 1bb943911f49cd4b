import assert from "node:assert/strict";
import type { Value, ValueType } from "../../../server/src/language/values/value";
import { formatValue, parseValue, valueTypeLabel } from "../../../server/src/language/values/value-parse";

describe("parseValue", () => {
  describe("without an expected type, classifies by shape", () => {
    const cases: readonly [string, Value["type"]][] = [
      ["300,000円", "money"],
      ["2026年12月1日", "date"],
      ["令和8年12月1日（火）", "date"],
      ["6か月", "duration"],
      ["翌月末日", "paymentDue"],
      ["毎月末日締め翌月末日払い", "paymentDue"],
      ["請求書受領後30日以内", "paymentDue"],
      ["金三十万円", "money"],
      ["金参拾萬円", "money"],
      ["半年", "duration"],
      ["二〇二六年十二月一日", "date"],
      ["2通", "count"],
      ["＿", "blank"],
      ["", "blank"],
      ["株式会社サンプル", "text"],
      ["東京都千代田区丸の内一丁目1番1号", "text"],
      ["30", "text"],
      ["三", "text"],
      ["1.5円", "invalid"],
      ["令和元年4月30日", "invalid"],
      ["1年間", "invalid"],
    ];
    for (const [text, type] of cases) {
      it(`${JSON.stringify(text)} is ${type}`, () => assert.equal(parseValue(text).type, type));
    }
  });

  it("trims ASCII and full-width spaces", () => {
    assert.deepEqual(parseValue("\u3000 300,000円 \u3000"), { type: "money", yen: 300000, tax: null });
    assert.deepEqual(parseValue("  山田 太郎　"), { type: "text", text: "山田 太郎" });
    assert.deepEqual(parseValue("\u3000"), { type: "blank", of: "text", tax: null });
  });

  describe("with an expected type", () => {
    it("accepts a value of that type", () => {
      assert.deepEqual(parseValue("30万円", "money"), { type: "money", yen: 300000, tax: null });
      assert.deepEqual(parseValue("30", "text"), { type: "text", text: "30" });
      assert.deepEqual(parseValue("300,000円", "text"), { type: "text", text: "300,000円" });
    });

    it("keeps the type's own reason for a malformed value", () => {
      const value = parseValue("1.5円", "money");
      assert.ok(value.type === "invalid");
      assert.ok(value.reason.includes("円単位の整数"), value.reason);
      const bare = parseValue("30", "duration");
      assert.ok(bare.type === "invalid");
      assert.ok(bare.reason.includes("単位"), bare.reason);
    });

    const mismatches: readonly [string, ValueType, string][] = [
      ["三十万", "money", "金額（例：300,000円）で書いてください"],
      ["2026年12月1日", "money", "金額"],
      ["300,000円", "date", "日付（例：2026年12月1日"],
      ["来月", "duration", "期間（例：1年、6か月、30日）"],
      ["月末", "paymentDue", "支払期日（例：翌月末日"],
      ["2", "count", "数量（例：2通"],
      ["＿年＿月＿日", "money", "金額"],
      ["＿円", "date", "日付"],
      ["＿円", "count", "数量"],
    ];
    for (const [text, expected, phrase] of mismatches) {
      it(`${JSON.stringify(text)} as ${expected} is invalid (${phrase})`, () => {
        const value = parseValue(text, expected);
        assert.ok(value.type === "invalid", JSON.stringify(value));
        assert.equal(value.expected, expected);
        assert.equal(value.raw, text);
        assert.ok(value.reason.includes(phrase), value.reason);
      });
    }

    const blanks: readonly [string, ValueType, Value][] = [
      ["＿", "money", { type: "blank", of: "money", tax: null }],
      ["＿", "date", { type: "blank", of: "date", tax: null }],
      ["", "date", { type: "blank", of: "date", tax: null }],
      ["＿", "duration", { type: "blank", of: "text", tax: null }],
      ["＿", "count", { type: "blank", of: "text", tax: null }],
      ["＿", "text", { type: "blank", of: "text", tax: null }],
      ["＿円（税別）", "money", { type: "blank", of: "money", tax: { mode: "exclusive", label: "税別" } }],
      ["＿年＿月＿日", "date", { type: "blank", of: "date", tax: null }],
      ["＿円", "text", { type: "blank", of: "money", tax: null }],
    ];
    for (const [text, expected, value] of blanks) {
      it(`${JSON.stringify(text)} as ${expected} is a blank of ${value.type === "blank" ? value.of : ""}`, () =>
        assert.deepEqual(parseValue(text, expected), value));
    }
  });

  describe("a placeholder inside a value makes it a blank, kept as written", () => {
    const cases: readonly [string, ValueType | undefined, Value][] = [
      [
        "株式会社ベータ【要確認】",
        "text",
        { type: "blank", of: "text", tax: null, written: "株式会社ベータ【要確認】" },
      ],
      ["●●", "text", { type: "blank", of: "text", tax: null, written: "●●" }],
      ["東京都〇〇区1-1-1", "text", { type: "blank", of: "text", tax: null, written: "東京都〇〇区1-1-1" }],
      ["株式会社＿＿", "text", { type: "blank", of: "text", tax: null, written: "株式会社＿＿" }],
      ["［　］", "text", { type: "blank", of: "text", tax: null, written: "［　］" }],
      ["〇〇円", "money", { type: "blank", of: "money", tax: null, written: "〇〇円" }],
      [
        "●●円（消費税別）",
        "money",
        { type: "blank", of: "money", tax: { mode: "exclusive", label: "消費税別" }, written: "●●円" },
      ],
      [
        "令和〇〇年〇〇月〇〇日",
        "date",
        { type: "blank", of: "date", tax: null, written: "令和〇〇年〇〇月〇〇日" },
      ],
      ["翌月●●日", "paymentDue", { type: "blank", of: "text", tax: null, written: "翌月●●日" }],
      ["●●万円", undefined, { type: "blank", of: "money", tax: null, written: "●●万円" }],
      ["【未定】", undefined, { type: "blank", of: "text", tax: null, written: "【未定】" }],
    ];
    for (const [text, expected, value] of cases) {
      it(`${text} as ${expected ?? "untyped"}`, () => {
        assert.deepEqual(parseValue(text, expected), value);
        assert.equal(formatValue(value), text);
      });
    }

    it("reads 〇〇 inside a kanji number as zeros, not a mark", () => {
      assert.deepEqual(parseValue("二〇〇万円", "money"), { type: "money", yen: 2000000, tax: null });
      assert.equal(parseValue("二〇〇〇年十二月一日", "date").type, "date");
    });
  });
});

describe("formatValue", () => {
  const cases: readonly [string, string][] = [
    ["３００，０００円（消費税別）", "300,000円（消費税別）"],
    ["2026/12/01", "2026年12月1日"],
    ["令和元年5月1日(水)", "令和元年5月1日（水）"],
    ["６ヶ月", "6ヶ月"],
    ["翌々月末日", "翌々月末日"],
    ["金三十万円（消費税別）", "300,000円（消費税別）"],
    ["金参拾萬円也", "300,000円"],
    ["三十日", "30日"],
    ["半年", "半年"],
    ["請求書受領後三十日以内", "請求書受領後30日以内"],
    ["二通", "2通"],
    ["＿", "＿＿＿＿＿＿＿＿＿＿"],
    ["株式会社サンプル", "株式会社サンプル"],
    ["2月30日じゃない", "2月30日じゃない"],
    ["2026年2月30日", "2026年2月30日"],
    ["1.5円", "1.5円"],
  ];
  for (const [text, expected] of cases) {
    it(`${text} → ${expected}`, () => assert.equal(formatValue(parseValue(text)), expected));
  }

  const roundTrips = [
    "300,000円",
    "-5,000円",
    "1億2000万円（税込）",
    "9,007,199,254,740,991円",
    "令和8年12月1日（火）",
    "平成元年1月8日",
    "2026年12月1日",
    "30日前",
    "2週間",
    "翌月10日",
    "毎月20日締め翌月10日払い",
    "請求書受領後30日以内",
    "半年",
    "3部",
    "＿＿＿＿円（税別）",
    "＿年＿月＿日",
    "甲",
  ];
  for (const text of roundTrips) {
    it(`round-trips ${text}`, () => {
      const value = parseValue(text);
      assert.notEqual(value.type, "invalid");
      assert.deepEqual(parseValue(formatValue(value)), value);
    });
  }
});

describe("valueTypeLabel", () => {
  const cases: readonly [ValueType, string][] = [
    ["money", "金額"],
    ["date", "日付"],
    ["duration", "期間"],
    ["paymentDue", "支払期日"],
    ["count", "数量"],
    ["text", "文字列"],
  ];
  for (const [type, label] of cases) {
    it(`${type} is ${label}`, () => assert.equal(valueTypeLabel(type), label));
  }
});
