import assert from "node:assert/strict";
import { formatMoney, formatYen, parseMoney } from "../../../server/src/language/values/money";
import type { MoneyValue, TaxLabel } from "../../../server/src/language/values/value";

function money(yen: number, tax: TaxLabel | null = null): MoneyValue {
  return { type: "money", yen, tax };
}

describe("money", () => {
  describe("parseMoney accepts", () => {
    const cases: readonly [string, MoneyValue][] = [
      ["300,000円", money(300000)],
      ["300000円", money(300000)],
      ["３００，０００円", money(300000)],
      ["３０００００円", money(300000)],
      ["0円", money(0)],
      ["30万円", money(300000)],
      ["1億円", money(100000000)],
      ["1億2000万円", money(120000000)],
      ["1億2,000万円", money(120000000)],
      ["1万5000円", money(15000)],
      ["1万5,000円", money(15000)],
      ["1億5000円", money(100005000)],
      ["１億２０００万円", money(120000000)],
      ["金300,000円", money(300000)],
      ["-5,000円", money(-5000)],
      ["－5,000円", money(-5000)],
      ["金-5,000円", money(-5000)],
      ["-0円", money(0)],
      ["9,007,199,254,740,991円", money(Number.MAX_SAFE_INTEGER)],
      ["90071992億円", money(9007199200000000)],
      ["300,000円（消費税別）", money(300000, { mode: "exclusive", label: "消費税別" })],
      ["300,000円（税別）", money(300000, { mode: "exclusive", label: "税別" })],
      ["300,000円（外税）", money(300000, { mode: "exclusive", label: "外税" })],
      ["300,000円（消費税込）", money(300000, { mode: "inclusive", label: "消費税込" })],
      ["300,000円（消費税込み）", money(300000, { mode: "inclusive", label: "消費税込み" })],
      ["300,000円（税込）", money(300000, { mode: "inclusive", label: "税込" })],
      ["300,000円（税込み）", money(300000, { mode: "inclusive", label: "税込み" })],
      ["300,000円（内税）", money(300000, { mode: "inclusive", label: "内税" })],
      ["300,000円(税込)", money(300000, { mode: "inclusive", label: "税込" })],
      ["金30万円（税別）", money(300000, { mode: "exclusive", label: "税別" })],
      ["3万円", money(30000)],
      ["1,000万円", money(10000000)],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parseMoney(text), expected));
    }
  });

  describe("parseMoney accepts kanji numerals, 大字 and 金…也 as the same amounts", () => {
    const cases: readonly [string, MoneyValue][] = [
      ["金三十万円", money(300000)],
      ["三十万円", money(300000)],
      ["金参拾万円", money(300000)],
      ["金参拾萬円", money(300000)],
      ["金参拾萬円也", money(300000)],
      ["金壱百萬円", money(1000000)],
      ["金弐拾伍萬円", money(250000)],
      ["〇円", money(0)],
      ["零円", money(0)],
      ["十円", money(10)],
      ["二十円", money(20)],
      ["百円", money(100)],
      ["千円", money(1000)],
      ["一万円", money(10000)],
      ["一万五千円", money(15000)],
      ["一億円", money(100000000)],
      ["金一億二千万円", money(120000000)],
      ["十億円", money(1000000000)],
      ["三十万五千円", money(305000)],
      ["九千九百九十九万九千九百九十九円", money(99999999)],
      ["二〇〇万円", money(2000000)],
      ["1万五千円", money(15000)],
      ["-三十万円", money(-300000)],
      ["金三十万円（消費税別）", money(300000, { mode: "exclusive", label: "消費税別" })],
      ["三十万円(税込)", money(300000, { mode: "inclusive", label: "税込" })],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(parseMoney(text), expected));
    }
  });

  describe("parseMoney rejects with a reason", () => {
    const cases: readonly [string, string][] = [
      ["1.5円", "円単位の整数"],
      ["300,000.5円", "円単位の整数"],
      ["１．５円", "円単位の整数"],
      ["300,00円", "3桁ごと"],
      ["3000,000円", "3桁ごと"],
      ["1億20000万円", "万・億の位"],
      ["1万50000円", "万・億の位"],
      ["1億2万3億円", "万・億の位"],
      ["1万億円", "万・億の位"],
      ["99999999999999999円", "大きすぎ"],
      ["90071993億円", "大きすぎ"],
      ["300,000円（税金）", "消費税別・税別"],
      ["300,000円（）", "いずれかで書いてください"],
      ["三三十万円", "漢数字の金額の書き方"],
      ["十十万円", "漢数字の金額の書き方"],
      ["百千円", "漢数字の金額の書き方"],
      ["〇十円", "漢数字の金額の書き方"],
      ["3十万円", "数字と漢数字を混ぜず"],
      ["三0万円", "数字と漢数字を混ぜず"],
      ["一万二万円", "万・億の位"],
      ["一億二万三億円", "万・億の位"],
    ];
    for (const [text, phrase] of cases) {
      it(`${text} (${phrase})`, () => {
        const value = parseMoney(text);
        assert.equal(value?.type, "invalid");
        assert.ok(value?.type === "invalid" && value.expected === "money" && value.raw === text);
        assert.ok(value.reason.includes(phrase), value.reason);
      });
    }
  });

  describe("parseMoney leaves non-money to others", () => {
    const cases = [
      "300000",
      "円",
      "万円",
      "億円",
      "金円",
      "円也",
      "月額300,000円",
      "三十万",
      "金三十万円以内",
      "￥300,000",
      "300,000ドル",
      "2026年12月1日",
      "山田（代表）",
    ];
    for (const text of cases) {
      it(JSON.stringify(text), () => assert.equal(parseMoney(text), null));
    }
  });

  describe("formatting", () => {
    const yen: readonly [number, string][] = [
      [0, "0円"],
      [999, "999円"],
      [1000, "1,000円"],
      [300000, "300,000円"],
      [-5000, "-5,000円"],
      [120000000, "120,000,000円"],
      [Number.MAX_SAFE_INTEGER, "9,007,199,254,740,991円"],
    ];
    for (const [amount, text] of yen) {
      it(`formatYen(${amount}) = ${text}`, () => assert.equal(formatYen(amount), text));
    }

    it("puts the label in full-width parentheses", () => {
      assert.equal(
        formatMoney(money(300000, { mode: "exclusive", label: "消費税別" })),
        "300,000円（消費税別）",
      );
      assert.equal(formatMoney(money(300000)), "300,000円");
    });

    const roundTrips = [
      "300,000円",
      "３００，０００円",
      "30万円",
      "1億2000万円",
      "-5,000円",
      "300,000円(税込み)",
      "金1円（内税）",
      "金三十万円",
      "金参拾萬円也（消費税別）",
    ];
    for (const text of roundTrips) {
      it(`round-trips ${text}`, () => {
        const first = parseMoney(text);
        assert.ok(first?.type === "money");
        assert.deepEqual(parseMoney(formatMoney(first)), first);
      });
    }
  });
});
