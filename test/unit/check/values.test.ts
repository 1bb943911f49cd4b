import assert from "node:assert/strict";
import { type QuickFix } from "../../../server/src/language/check/quick-fix";
import type { ContractDiagnostic } from "../../../server/src/language/diagnostic";
import {
  assertAddedOnly,
  assertNone,
  assertOnly,
  check,
  filled,
  applyQuickFix as applyFix,
} from "../../helpers/check";
import { marked } from "../../helpers/marked-source";

/** The source's text with the marks removed: the text the diagnostics' spans refer to. */
function plain(source: string): string {
  return marked(source).text;
}

function fixesOf(diagnostic: ContractDiagnostic | undefined): readonly QuickFix[] {
  return diagnostic?.data?.fixes ?? [];
}

function spanText(text: string, span: { start: number; end: number } | undefined): string {
  assert.ok(span !== undefined, "expected a span");
  return text.slice(span.start, span.end);
}

/** A 条件 block with one value, referred to in 前文 so that it is used. */
function valueSource(name: string, value: string): string {
  return `条件\n  ${name}：${value}\n前文\n{${name}}\n`;
}

function prose(line: string): string {
  return `前文\n${line}\n`;
}

describe("value.invalid-date", () => {
  const cases: readonly { name: string; source: string; reason: RegExp }[] = [
    {
      name: "a value outside its era",
      source: valueSource("契約締結日", "⟦令和元年4月30日⟧"),
      reason: /令和は2019年5月1日に始まりました。平成31年4月30日と書くか/,
    },
    {
      name: "a value on a day the month lacks",
      source: valueSource("契約締結日", "⟦2026年2月30日⟧"),
      reason: /2026年2月は28日までです/,
    },
    {
      name: "an untyped value with a 13th month",
      source: valueSource("検収日", "⟦2026年13月1日⟧"),
      reason: /「13月」はありません/,
    },
    {
      name: "a 29 February outside a leap year, in prose",
      source: prose("納期は⟦2027年2月29日⟧とする。"),
      reason: /閏年ではないため、2月は28日までです/,
    },
    {
      name: "an era year that never was, in prose",
      source: prose("効力は⟦平成32年1月1日⟧から生じる。"),
      reason: /平成は2019年4月30日に終わりました。令和2年1月1日と書くか/,
    },
    {
      name: "full-width digits and 元年, in prose",
      source: prose("効力は⟦令和元年４月３０日⟧から生じる。"),
      reason: /令和は2019年5月1日に始まりました/,
    },
  ];
  for (const { name, source, reason } of cases) {
    it(`reports ${name}`, () => {
      const [found] = assertOnly(source, "value.invalid-date");
      assert.match(found?.message ?? "", reason);
      assert.equal(found?.severity, "error");
    });
  }

  it("offers the same day in the era then in force, keeping full-width digits", () => {
    const text = plain(prose("効力は令和元年４月３０日から生じる。"));
    const [found] = check(text);
    assert.equal(applyFix(text, fixesOf(found)[0]), prose("効力は平成３１年４月３０日から生じる。"));
    const value = plain(valueSource("契約締結日", "平成32年1月1日（水）"));
    const [fromValue] = check(value);
    assert.equal(applyFix(value, fixesOf(fromValue)[0]), valueSource("契約締結日", "令和2年1月1日（水）"));
  });

  it("offers no era fix for a day that does not exist", () => {
    const [found] = check(plain(prose("納期は2026年2月30日とする。")));
    assert.deepEqual(fixesOf(found), []);
  });

  it("is quiet on real dates, era edges and numbers that are not dates", () => {
    assertNone(
      prose("2028年2月29日、令和元年5月1日、平成31年4月30日、昭和64年1月7日、12026年1月1日、第2条。"),
      "value.invalid-date",
    );
    assertNone(valueSource("契約締結日", "令和8年12月1日"), "value.invalid-date");
  });
});

describe("value.invalid-money", () => {
  const cases: readonly { value: string; reason: RegExp }[] = [
    { value: "⟦1.5円⟧", reason: /円単位の整数で書いてください/ },
    { value: "⟦3,00,000円⟧", reason: /3桁ごとに置いてください/ },
    { value: "⟦300,000円（税金別）⟧", reason: /消費税の扱いとして読めません/ },
    { value: "⟦99999999999999999999円⟧", reason: /大きすぎて扱えません/ },
  ];
  for (const { value, reason } of cases) {
    it(`reports 月額報酬：${value}`, () => {
      const [found] = assertOnly(valueSource("月額報酬", value), "value.invalid-money");
      assert.match(found?.message ?? "", /月額報酬の金額「.+」は正しくありません/);
      assert.match(found?.message ?? "", reason);
    });
  }

  it("reports an untyped amount too", () => {
    assertOnly(valueSource("追加費用", "⟦10.5円⟧"), "value.invalid-money");
  });

  it("is quiet on amounts that read", () => {
    assertNone(valueSource("月額報酬", "300,000円（税込）"), "value.invalid-money");
    assertNone(valueSource("月額報酬", "30万円"), "value.invalid-money");
  });
});

describe("value.missing-unit", () => {
  const cases: readonly { name: string; value: string; unit: string; others: readonly string[] }[] = [
    { name: "契約期間", value: "1", unit: "年", others: ["か月", "日"] },
    { name: "更新期間", value: "1", unit: "年", others: ["か月", "日"] },
    { name: "賠償上限期間", value: "6", unit: "か月", others: ["年", "日"] },
    { name: "更新拒絶通知期限", value: "30", unit: "日前", others: ["か月前"] },
    { name: "作成通数", value: "２", unit: "通", others: ["部"] },
  ];
  for (const { name, value, unit, others } of cases) {
    it(`reports ${name}：${value} and offers 「${value}${unit}」 first`, () => {
      const [found] = assertOnly(valueSource(name, `⟦${value}⟧`), "value.missing-unit");
      assert.match(
        found?.message ?? "",
        new RegExp(`${name}「${value}」に単位がありません。「${value}${unit}」のように`),
      );
      const text = plain(valueSource(name, value));
      const fixes = fixesOf(found);
      assert.equal(fixes[0]?.preferred, true);
      assert.deepEqual(
        fixes.map((fix) => applyFix(text, fix)),
        [unit, ...others].map((u) => valueSource(name, `${value}${u}`)),
      );
    });
  }

  it("names the units to choose from", () => {
    const [duration] = check(plain(valueSource("契約期間", "1")));
    assert.match(duration?.message ?? "", /単位（年・か月・日）を付けてください/);
    const [count] = check(plain(valueSource("作成通数", "2")));
    assert.match(count?.message ?? "", /単位（通・部）を付けてください/);
  });

  it("is quiet on a value with its unit and on a bare number whose name has no type", () => {
    assertNone(valueSource("契約期間", "1年"), "value.missing-unit");
    assertNone(valueSource("作成通数", "2通"), "value.missing-unit");
    assertNone(valueSource("訪問回数", "2"), "value.missing-unit");
  });
});

describe("value.invalid", () => {
  const cases: readonly { name: string; value: string; reason: RegExp }[] = [
    { name: "契約期間", value: "⟦2026年12月1日⟧", reason: /期間（例：1年、6か月、30日）で書いてください/ },
    {
      name: "支払期日",
      value: "⟦来月⟧",
      reason: /支払期日（例：翌月末日、毎月20日締め翌月10日払い、請求書受領後30日以内）で書いてください/,
    },
    { name: "支払期日", value: "⟦翌月32日⟧", reason: /1日から31日まで/ },
    { name: "支払期日", value: "⟦毎月20日締め当月10日払い⟧", reason: /締め日（20日）より前です/ },
    { name: "支払期日", value: "⟦請求書受領後0日以内⟧", reason: /1日以上で書いてください/ },
    { name: "月額報酬", value: "⟦三十万⟧", reason: /金額（例：300,000円）で書いてください/ },
    { name: "契約締結日", value: "⟦来月1日⟧", reason: /日付（例：/ },
    { name: "作成通数", value: "⟦2枚⟧", reason: /数量（例：2通、3部、2名）/ },
  ];
  for (const { name, value, reason } of cases) {
    it(`reports ${name}：${value}`, () => {
      const [found] = assertOnly(valueSource(name, value), "value.invalid");
      assert.match(found?.message ?? "", new RegExp(`${name}の値「.+」を読み取れません`));
      assert.match(found?.message ?? "", reason);
    });
  }

  it("reports 1年間 and offers 1年", () => {
    const [found] = assertOnly(valueSource("契約期間", "⟦1年間⟧"), "value.invalid");
    assert.match(found?.message ?? "", /「間」を付けず「1年」と書き/);
    const text = plain(valueSource("契約期間", "1年間"));
    assert.equal(applyFix(text, fixesOf(found)[0]), valueSource("契約期間", "1年"));
  });

  it("asks for one style when a date value writes 和暦 and 西暦 that agree, and offers each", () => {
    const [found] = assertOnly(
      valueSource("契約締結日", "⟦令和8年（2026年）12月1日（火）⟧"),
      "value.invalid",
    );
    assert.match(
      found?.message ?? "",
      /和暦と西暦が併記されています。値には「令和8年12月1日」か「2026年12月1日」のどちらか一方だけ/,
    );
    const text = plain(valueSource("契約締結日", "令和8年（2026年）12月1日（火）"));
    assert.deepEqual(
      fixesOf(found).map((fix) => applyFix(text, fix)),
      [valueSource("契約締結日", "令和8年12月1日（火）"), valueSource("契約締結日", "2026年12月1日（火）")],
    );
  });

  it("keeps the generic message when the pair is not the whole value or falls outside its era", () => {
    for (const value of ["令和8年（2026年）12月1日頃", "令和元年（2019年）1月1日"]) {
      const [found] = assertOnly(valueSource("契約締結日", `⟦${value}⟧`), "value.invalid");
      assert.match(found?.message ?? "", /を読み取れません。この値は日付/);
      assert.deepEqual(fixesOf(found), []);
    }
  });

  it("leaves to the specific checks what they explain better", () => {
    for (const [name, value] of [
      ["契約締結日", "令和元年4月30日"],
      ["月額報酬", "1.5円"],
      ["契約期間", "1"],
      ["契約締結日", "令和8年（2025年）12月1日"],
    ] as const) {
      assertNone(valueSource(name, value), "value.invalid");
    }
  });

  it("is quiet on values of the right type", () => {
    assertNone(valueSource("契約期間", "1年"), "value.invalid");
    assertNone(valueSource("支払期日", "翌月末日"), "value.invalid");
  });

  it("is quiet on kanji numerals, 半年 and the payment terms contracts use", () => {
    for (const [name, value] of [
      ["月額報酬", "金三十万円"],
      ["月額報酬", "金参拾萬円（消費税別）"],
      ["契約期間", "一年"],
      ["賠償上限期間", "半年"],
      ["更新拒絶通知期限", "三十日前"],
      ["契約締結日", "令和八年十二月一日"],
      ["契約締結日", "二〇二六年十二月一日"],
      ["支払期日", "翌月十日限り"],
      ["支払期日", "毎月末日締め翌月末日払い"],
      ["支払期日", "請求書受領後30日以内"],
      ["支払期日", "検収完了後三十日以内"],
      ["支払期日", "納品日から30日以内"],
    ] as const) {
      const found = check(plain(valueSource(name, value))).filter((d) => d.severity === "error");
      assert.deepEqual(found, [], `${name}：${value}`);
    }
  });
});

describe("value.era-mismatch", () => {
  const cases: readonly { name: string; source: string; related: string; fixed: readonly string[] }[] = [
    {
      name: "a year pair before the month and day",
      source: prose("効力は令和8年（⟦2025年⟧）12月1日に生じる。"),
      related: "令和8年",
      fixed: [
        prose("効力は令和8年（2026年）12月1日に生じる。"),
        prose("効力は令和7年（2025年）12月1日に生じる。"),
      ],
    },
    {
      name: "a 西暦 year with the 和暦 in parentheses",
      source: prose("効力は⟦2026年⟧（令和7年）12月1日に生じる。"),
      related: "令和7年",
      fixed: [
        prose("効力は2025年（令和7年）12月1日に生じる。"),
        prose("効力は2026年（令和8年）12月1日に生じる。"),
      ],
    },
    {
      name: "two whole dates whose days differ",
      source: prose("効力は令和8年12月1日（⟦2026年11月1日⟧）に生じる。"),
      related: "令和8年12月1日",
      fixed: [
        prose("効力は令和8年12月1日（2026年12月1日）に生じる。"),
        prose("効力は令和8年11月1日（2026年11月1日）に生じる。"),
      ],
    },
    {
      name: "a pair across an era change, in full-width digits",
      source: prose("効力は令和２年（⟦２０１９年⟧）に生じる。"),
      related: "令和２年",
      fixed: [
        prose("効力は令和２年（２０２０年）に生じる。"),
        prose("効力は令和元年（２０１９年）に生じる。"),
      ],
    },
    {
      name: "a date value",
      source: valueSource("契約締結日", "令和8年（⟦2025年⟧）12月1日"),
      related: "令和8年",
      fixed: [
        valueSource("契約締結日", "令和8年（2026年）12月1日"),
        valueSource("契約締結日", "令和7年（2025年）12月1日"),
      ],
    },
  ];
  for (const { name, source, related, fixed } of cases) {
    it(`reports ${name} at the 西暦, with the 和暦 related, and fixes either half`, () => {
      const [found] = assertOnly(source, "value.era-mismatch");
      const text = plain(source);
      assert.match(
        found?.message ?? "",
        /和暦と西暦が一致しません。「.+」は西暦\d+年.*ですが、併記された西暦は「.+」です/,
      );
      assert.equal(spanText(text, found?.related?.[0]?.span), related);
      assert.equal(fixesOf(found)[0]?.preferred, true);
      assert.deepEqual(
        fixesOf(found).map((fix) => applyFix(text, fix)),
        fixed,
      );
    });
  }

  it("takes the era that held the year when the written era did not", () => {
    const text = plain(prose("令和8年（2010年）"));
    const [found] = check(text);
    assert.equal(applyFix(text, fixesOf(found)[1]), prose("平成22年（2010年）"));
  });

  it("is quiet on pairs that agree, whichever side comes first", () => {
    assertNone(
      prose(
        "令和8年（2026年）12月1日、2019年（令和元年）、平成31年（2019年）、令和8年12月1日（2026年12月1日）。",
      ),
      "value.era-mismatch",
    );
  });
});

describe("value.weekday-mismatch", () => {
  it("reports a weekday in a value at the weekday, names the right one and fixes it", () => {
    const source = valueSource("契約締結日", "2026年12月1日（⟦月⟧）");
    const [found] = assertOnly(source, "value.weekday-mismatch");
    assert.match(
      found?.message ?? "",
      /2026年12月1日は火曜日です（「月」と書かれています）。曜日を「火」に直す/,
    );
    const text = plain(source);
    assert.equal(spanText(text, found?.related?.[0]?.span), "2026年12月1日");
    assert.equal(applyFix(text, fixesOf(found)[0]), valueSource("契約締結日", "2026年12月1日（火）"));
  });

  it("reports weekdays after dates in prose and after a 和暦・西暦 pair, keeping 曜日", () => {
    const source = prose("令和8年12月1日（⟦月曜日⟧）と令和8年（2026年）12月2日（⟦木⟧）に実施する。");
    const [first, second] = assertOnly(source, "value.weekday-mismatch");
    assert.match(second?.message ?? "", /令和8年（2026年）12月2日は水曜日です/);
    const text = plain(source);
    assert.equal(
      applyFix(text, fixesOf(first)[0]),
      prose("令和8年12月1日（火曜日）と令和8年（2026年）12月2日（木）に実施する。"),
    );
  });

  it("is quiet on right weekdays, on impossible dates and on other parentheses", () => {
    assertNone(valueSource("契約締結日", "令和8年12月1日（火）"), "value.weekday-mismatch");
    assertNone(
      prose("2026年12月1日（火曜）、2026年2月30日（月）、2026年12月1日（予定）。"),
      "value.weekday-mismatch",
    );
  });
});

describe("value.fee-not-positive", () => {
  it("reports a fee of 0円 at the amount, without its tax label", () => {
    const [found] = assertOnly(valueSource("月額報酬", "⟦0円⟧（消費税別）"), "value.fee-not-positive");
    assert.match(found?.message ?? "", /月額報酬が0円です。業務の対価として毎月支払う金額を書いてください/);
    assert.deepEqual(fixesOf(found), []);
  });

  it("reports a negative fee and offers to drop the sign", () => {
    const [found] = assertOnly(valueSource("月額報酬", "⟦-300,000円⟧（税別）"), "value.fee-not-positive");
    assert.match(found?.message ?? "", /マイナス（-300,000円）です/);
    const text = plain(valueSource("月額報酬", "-300,000円（税別）"));
    assert.equal(applyFix(text, fixesOf(found)[0]), valueSource("月額報酬", "300,000円（税別）"));
  });

  it("is quiet on a positive fee and on an amount of 0円 under another name", () => {
    assertNone(valueSource("月額報酬", "1円"), "value.fee-not-positive");
    assertNone(valueSource("初期費用", "0円"), "value.fee-not-positive");
  });
});

describe("value.mixed-calendar", () => {
  it("reports a 西暦 date in a contract dated in 和暦, with the 和暦 date related", () => {
    const edited = filled((t) =>
      t.replace("以上、本契約締結の証として", "以上、⟦2026年12月1日⟧付の本契約締結の証として"),
    );
    const [found] = assertAddedOnly(edited, "value.mixed-calendar");
    assert.equal(found?.severity, "information");
    assert.match(
      found?.message ?? "",
      /和暦と西暦で混在しています（和暦1か所、西暦1か所）。この「2026年12月1日」も和暦で書き/,
    );
    const text = plain(edited);
    assert.equal(spanText(text, found?.related?.[0]?.span), "令和8年12月1日");
    assert.equal(applyFix(text, fixesOf(found)[0]), text.replace("2026年12月1日付", "令和8年12月1日付"));
  });

  it("reports the minority style, here a 和暦 value among 西暦 dates", () => {
    const source = `条件\n  契約締結日：⟦令和8年12月1日⟧\n前文\n{契約締結日}、2026年12月2日、2026年12月3日\n`;
    const [found] = assertOnly(source, "value.mixed-calendar");
    assert.equal(
      applyFix(plain(source), fixesOf(found)[0]),
      plain(source).replace("令和8年12月1日", "2026年12月1日"),
    );
  });

  it("is quiet on the filled sample and on a 和暦・西暦 pair written on purpose", () => {
    assertNone(
      filled((t) => `${t}\n`),
      "value.mixed-calendar",
    );
    assertNone(
      filled((t) =>
        t.replace("以上、本契約締結の証として", "以上、令和8年（2026年）12月1日付の本契約締結の証として"),
      ),
      "value.mixed-calendar",
    );
  });
});

describe("values checks on awkward input", () => {
  it("keeps ranges right after a surrogate pair, with CRLF and a BOM", () => {
    assertOnly("\uFEFF前文\r\n𠮷野家は⟦2026年2月30日⟧に𠮷日を選ぶ。\r\n", "value.invalid-date");
    assertOnly("前文\r\n𠮷令和8年（⟦2025年⟧）\r\n", "value.era-mismatch");
  });

  it("finds the weekday of a value that ends in a space the grammar keeps", () => {
    const source = "条件\n  契約締結日：2026年12月1日（⟦月⟧）\u00a0\n前文\n{契約締結日}\n";
    assertOnly(source, "value.weekday-mismatch");
  });

  it("does not throw or report on dates cut short or run together", () => {
    const text = "前文\n令和（）年月日（月）2026年（令和）令和8年（2026年12月令和元年（（2019年））\n";
    assert.deepEqual(
      check(text).filter((d) => d.id.startsWith("value.")),
      [],
    );
  });
});
