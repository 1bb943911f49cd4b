import assert from "node:assert/strict";
import { type QuickFix } from "../../../server/src/language/check/quick-fix";
import type { ContractDiagnostic } from "../../../server/src/language/diagnostic";
import { assertAddedOnly, assertNone, assertOnly, check, filled, applyFix } from "../../helpers/check";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { marked } from "../../helpers/marked-source";
import { boundaryProblem } from "../../helpers/text-boundaries";
import { CATALOGUE } from "../../../server/src/language/check/registry";
import type { CheckOptions } from "../../../server/src/language";

function fixesOf(diagnostic: ContractDiagnostic | undefined): readonly QuickFix[] {
  const data = diagnostic?.data;
  assert.ok(data !== undefined, "the finding offers a fix");
  return data.fixes;
}

/** Each related location as the text it points at, with its message. */
function relatedOf(source: string, diagnostic: ContractDiagnostic | undefined): [string, string][] {
  const { text } = marked(source);
  return (diagnostic?.related ?? []).map((r) => [text.slice(r.span.start, r.span.end), r.message]);
}

/** The side checks (side.*) read the same clauses; these tests look at one id at a time. */
const WITHOUT_SIDE_CHECKS: CheckOptions = {
  mode: "draft",
  severities: Object.fromEntries(
    CATALOGUE.filter((k) => k.id.startsWith("side.")).map((k) => [k.id, "off"] as const),
  ),
};

function only(source: string, id: string): ContractDiagnostic {
  const [finding] = assertOnly(source, id, WITHOUT_SIDE_CHECKS);
  assert.ok(finding !== undefined);
  return finding;
}

const ids = (text: string) => check(text).map((d) => d.id);

describe("consistency.cap-window-exceeds-term", () => {
  const source = (window: string, term = "1年") =>
    `条件\n  契約期間：${term}\n  賠償上限期間：${window}\n\n前文\n甲は乙に委託する。\n\n第1条（損害賠償）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。\n\n第2条（契約期間）\n有効期間は、契約締結日から{契約期間}間とする。\n`;

  it("reports a window longer than the term at the window, with the term and the cap paragraph", () => {
    const bad = source("⟦2年⟧");
    const finding = only(bad, "consistency.cap-window-exceeds-term");
    assert.match(finding.message, /賠償上限期間（2年）が契約期間（1年）より長く/);
    assert.match(finding.message, /賠償上限期間を契約期間以下にしてください/);
    assert.deepEqual(relatedOf(bad, finding), [
      ["1年", "契約期間の値（1年）"],
      [
        "乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。",
        "第1条：この期間に支払われた報酬総額が賠償の上限になります",
      ],
    ]);
    assert.match(applyFix(bad, finding), /賠償上限期間：1年\n/);
  });

  const longer = [
    ["13か月", "1年"],
    ["400日", "1年"],
    ["7か月", "6か月"],
  ];
  for (const [window, term] of longer) {
    it(`reports ${window} against a term of ${term}`, () => {
      only(source(`⟦${window}⟧`, term), "consistency.cap-window-exceeds-term");
    });
  }

  it("is quiet for a window within the term, or equal to it in another unit", () => {
    for (const window of ["6か月", "12か月", "1年", "365日"]) {
      assertNone(source(window), "consistency.cap-window-exceeds-term");
    }
  });

  it("is quiet on both samples", () => {
    assert.ok(!ids(sample(TEMPLATE_PATH)).includes("consistency.cap-window-exceeds-term"));
    assert.ok(!ids(sample(FILLED_PATH)).includes("consistency.cap-window-exceeds-term"));
  });
});

describe("consistency.cap-before-first-payment", () => {
  const CAP = "乙の損害賠償責任の総額は、⟦直近{賠償上限期間}間に甲が乙へ支払った報酬総額⟧を上限とする。";
  const source = (due: string, cap = CAP) =>
    `条件\n  支払期日：${due}\n  賠償上限期間：6か月\n\n第1条（支払方法）\n甲は請求月の{支払期日}までに支払う。\n\n第2条（損害賠償）\n${cap}\n`;

  it("reports the cap phrase when fees are paid in arrears, relative to the start without a date", () => {
    const bad = source("翌月末日");
    const finding = only(bad, "consistency.cap-before-first-payment");
    assert.equal(finding.severity, "information");
    assert.match(
      finding.message,
      /契約開始から最初の支払日（翌月末日）までは支払済みの報酬がなく、上限額が0円/,
    );
    assert.match(finding.message, /「ただし、上限額は月額報酬の{賠償上限期間}分を下回らないものとする。」/);
    assert.deepEqual(relatedOf(bad, finding), [["翌月末日", "支払期日の値（翌月末日）：報酬は後払いです"]]);
    const fixed = applyFix(bad, finding);
    assert.match(fixed, /を上限とする。ただし、上限額は月額報酬の{賠償上限期間}分を下回らないものとする。\n/);
    assertNone(fixed, "consistency.cap-before-first-payment");
  });

  it("reports 翌々月 too, and a window written as a number", () => {
    only(source("翌々月10日"), "consistency.cap-before-first-payment");
    // The literal 6か月 is also reported as consistency.prose-duplicates-value.
    const { text, ranges } = marked(
      source(
        "翌月末日",
        "乙の損害賠償責任の総額は、⟦直近6か月間に甲が乙へ支払った報酬総額⟧を上限とする。{賠償上限期間}",
      ),
    );
    const found = check(text).filter((d) => d.id === "consistency.cap-before-first-payment");
    assert.deepEqual(
      found.map((d) => d.span),
      ranges,
    );
  });

  it("says from when to when with the dates of the filled sample, on the signing date", () => {
    const text = sample(FILLED_PATH);
    const finding = check(text).find((d) => d.id === "consistency.cap-before-first-payment");
    assert.ok(finding !== undefined);
    assert.equal(
      text.slice(finding.span.start, finding.span.end),
      "直近{賠償上限期間}間に甲が乙へ支払った報酬総額",
    );
    assert.deepEqual(relatedOf(text, finding), [
      ["翌月末日", "支払期日の値（翌月末日）：報酬は後払いです"],
      [
        "令和8年12月1日",
        "契約締結日：2026年12月1日から2027年1月31日まで上限額は0円です。月額報酬の6か月分になるのは2027年6月30日の支払い以降です。",
      ],
    ]);
  });

  it("is shown on the template in relative terms", () => {
    const finding = check(sample(TEMPLATE_PATH)).find((d) => d.id === "consistency.cap-before-first-payment");
    assert.match(finding?.message ?? "", /契約開始から最初の支払日（翌月末日）まで/);
  });

  it("reports the other forms of payment after the month: 締め日 and 支払日, after the invoice", () => {
    for (const due of [
      "翌月10日限り",
      "毎月末日締め翌月末日払い",
      "請求書受領後30日以内",
      "検収完了後三十日以内",
    ]) {
      const finding = only(source(due), "consistency.cap-before-first-payment");
      const rendered = due.replace("三十", "30");
      assert.match(finding.message, new RegExp(`報酬は後払い（支払期日：${rendered}）のため`));
    }
  });

  it("dates the period from the 締め日, and leaves it undated when counted from an invoice", () => {
    const dated = filled((t) => t.replace("支払期日：翌月末日", "支払期日：毎月20日締め翌月10日払い"));
    const finding = check(dated).find((d) => d.id === "consistency.cap-before-first-payment");
    assert.deepEqual(relatedOf(dated, finding)[1], [
      "令和8年12月1日",
      "契約締結日：2026年12月1日から2027年1月10日まで上限額は0円です。月額報酬の6か月分になるのは2027年6月10日の支払い以降です。",
    ]);
    const undated = filled((t) => t.replace("支払期日：翌月末日", "支払期日：請求書受領後30日以内"));
    const onInvoice = check(undated).find((d) => d.id === "consistency.cap-before-first-payment");
    assert.deepEqual(relatedOf(undated, onInvoice), [
      ["請求書受領後30日以内", "支払期日の値（請求書受領後30日以内）：報酬は後払いです"],
    ]);
  });

  it("is quiet when fees are paid in the same month, or a floor is already written", () => {
    assertNone(source("当月末日"), "consistency.cap-before-first-payment");
    assertNone(source("毎月20日締め当月末日払い"), "consistency.cap-before-first-payment");
    assertNone(
      source("翌月末日", `${CAP}ただし、月額報酬の{賠償上限期間}分を下回らない。`),
      "consistency.cap-before-first-payment",
    );
    assertNone(
      source("翌月末日", "乙の損害賠償責任の総額は、金100万円を上限とする。{賠償上限期間}"),
      "consistency.cap-before-first-payment",
    );
  });

  it("finds the cap in a separate 責任の制限 article", () => {
    const source = filled((t) =>
      t
        .replace(
          "2．乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。\n",
          "",
        )
        .replace("3．逸失利益", "2．逸失利益")
        .replace(
          "第19条（不可抗力）",
          "第19条（責任の制限）\n乙の損害賠償責任の総額は、直近{賠償上限期間}間に甲が乙へ支払った報酬総額を上限とする。\n\n第19条（不可抗力）",
        ),
    );
    const found = check(marked(source).text).filter((d) => d.id === "consistency.cap-before-first-payment");
    assert.equal(found.length, 1);
    const text = marked(source).text;
    assert.match(
      text.slice(found[0]?.span.start, found[0]?.span.end),
      /^直近\{賠償上限期間\}間に甲が乙へ支払った報酬総額$/,
    );
  });
});

describe("consistency.prose-contradicts-value", () => {
  /** The one contradiction in an edited filled sample, at the marked range (value.unused aside). */
  function contradictionIn(source: string): ContractDiagnostic | undefined {
    const { text, ranges } = marked(source);
    const found = check(text).filter((d) => d.id === "consistency.prose-contradicts-value");
    assert.deepEqual(
      found.map((d) => d.span),
      ranges,
    );
    return found[0];
  }

  it("links 「直近12か月」 in the liability article to 賠償上限期間 (6か月) of the filled sample", () => {
    const bad = filled((t) => t.replace("直近{賠償上限期間}間", "直近⟦12か月⟧間"));
    const { text, ranges } = marked(bad);
    const baseline = new Set(check(sample(FILLED_PATH)).map((d) => `${d.id} ${d.message}`));
    const added = check(text).filter((d) => !baseline.has(`${d.id} ${d.message}`));
    // The value is no longer referenced anywhere, which value.unused reports as well.
    assert.deepEqual(
      added.filter((d) => d.id !== "value.unused").map((d) => ({ id: d.id, span: d.span })),
      ranges.map((span) => ({ id: "consistency.prose-contradicts-value", span })),
    );
    const finding = added.find((d) => d.id === "consistency.prose-contradicts-value");
    assert.match(finding?.message ?? "", /本文の「12か月」は賠償上限期間の値（6か月）と食い違っています/);
    assert.deepEqual(relatedOf(bad, finding), [["6か月", "賠償上限期間の値（6か月）"]]);
    const fixes = fixesOf(finding);
    assert.equal(fixes[0]?.preferred, true);
    assert.equal(applyFix(bad, finding, 0), sample(FILLED_PATH));
    const valueChanged = applyFix(bad, finding, 1);
    assert.match(valueChanged, /賠償上限期間：12か月\n/);
    assert.match(valueChanged, /直近12か月間/);
  });

  const cases: { name: string; terms: string; body: string; value: string; fixed: RegExp }[] = [
    {
      name: "the term written as 2年間 against 契約期間",
      terms: "契約期間：1年",
      body: "第1条（契約期間）\n有効期間は、契約締結日から⟦2年⟧間とする。",
      value: "契約期間：2年",
      fixed: /契約締結日から{契約期間}間とする/,
    },
    {
      name: "the renewal written as 2年間 against 更新期間",
      terms: "更新期間：1年",
      body: "第1条（契約期間）\n期間満了日までに終了通知がない場合、同一条件で⟦2年⟧間更新されるものとする。",
      value: "更新期間：2年",
      fixed: /同一条件で{更新期間}間更新される/,
    },
    {
      name: "60日前 against 更新拒絶通知期限",
      terms: "更新拒絶通知期限：30日前",
      body: "第1条（有効期間）\n期間満了日の⟦60日前⟧までに書面による終了通知がない場合、更新される。",
      value: "更新拒絶通知期限：60日前",
      fixed: /期間満了日の{更新拒絶通知期限}までに/,
    },
    {
      name: "金350,000円 against 月額報酬",
      terms: "月額報酬：300,000円（消費税別）",
      body: "第1条（報酬）\n甲は乙に対し、月額金⟦350,000円⟧を支払う。",
      value: "月額報酬：350,000円（消費税別）",
      fixed: /月額金{月額報酬}を支払う/,
    },
    {
      name: "本書3通 against 作成通数",
      terms: "作成通数：2通",
      body: "後文\n以上の証として、本書⟦3通⟧を作成する。",
      value: "作成通数：3通",
      fixed: /本書{作成通数}を作成する/,
    },
  ];
  for (const { name, terms, body, value, fixed } of cases) {
    it(`reports ${name}, with a fix to reference the value and one to change it`, () => {
      const name = terms.split("：")[0] ?? "";
      const bad = `条件\n  ${terms}\n\n前文\n甲は乙に委託する。{${name}}\n\n${body}\n`;
      const finding = only(bad, "consistency.prose-contradicts-value");
      assert.equal(relatedOf(bad, finding)[0]?.[1].startsWith(`${name}の値`), true);
      assert.match(applyFix(bad, finding, 0), fixed);
      assert.ok(applyFix(bad, finding, 1).includes(`  ${value}\n`));
    });
  }

  it("reads kanji and full-width numerals, and 万 in amounts", () => {
    const finding = only(
      "条件\n  賠償上限期間：6か月\n\n前文\n{賠償上限期間}\n\n第1条（損害賠償）\n乙の責任は、直近⟦十二か月⟧間に支払った報酬総額を上限とする。\n",
      "consistency.prose-contradicts-value",
    );
    assert.match(fixesOf(finding)[1]?.title ?? "", /賠償上限期間の値を「12か月」に変える/);
    only(
      "条件\n  月額報酬：300,000円（消費税別）\n\n前文\n{月額報酬}\n\n第1条（報酬）\n甲は乙に対し、毎月、金⟦30万円（税別）⟧を支払う。\n",
      "consistency.prose-duplicates-value",
    );
    only(
      "条件\n  作成通数：2通\n\n前文\n{作成通数}\n\n後文\n本書⟦２通⟧を作成する。\n",
      "consistency.prose-duplicates-value",
    );
  });

  it("compares a notice in months with one in days as the calendar does, and says which day each means", () => {
    const oneMonth = filled((t) => t.replace("期間満了日の{更新拒絶通知期限}", "期間満了日の⟦1か月前⟧"));
    const finding = contradictionIn(oneMonth);
    // 契約締結日 令和8年12月1日 + 1年 → 期間満了日 2027年11月30日.
    assert.match(finding?.message ?? "", /「1か月前」は更新拒絶通知期限の値（30日前）と食い違っています/);
    assert.match(finding?.message ?? "", /本文では2027年10月30日、値では2027年10月31日/);
    assert.deepEqual(relatedOf(oneMonth, finding), [["30日前", "更新拒絶通知期限の値（30日前）"]]);
  });

  it("without a date, reports months against days only when no calendar could make them equal", () => {
    const source = (notice: string) =>
      `条件\n  更新拒絶通知期限：30日前\n\n前文\n{更新拒絶通知期限}\n\n第1条（契約期間）\n期間満了日の${notice}までに通知する。\n`;
    only(source("⟦3か月前⟧"), "consistency.prose-contradicts-value");
    assertNone(source("1か月前"), "consistency.prose-contradicts-value");
  });

  it("reads the notice in a separate renewal article and the window in a separate 責任の制限 article", () => {
    only(
      "条件\n  更新拒絶通知期限：30日前\n\n前文\n{更新拒絶通知期限}\n\n第1条（契約の更新）\n期間満了日の⟦3か月前⟧までに通知がない場合、更新される。\n",
      "consistency.prose-contradicts-value",
    );
    only(
      "条件\n  賠償上限期間：6か月\n\n前文\n{賠償上限期間}\n\n第1条（責任の制限）\n乙の責任の総額は、直近⟦12か月⟧間に支払った報酬総額を上限とする。\n",
      "consistency.prose-contradicts-value",
    );
  });

  it("reads an amount in kanji or 大字 in the fee article", () => {
    const fee = (prose: string) =>
      `条件\n  月額報酬：300,000円（消費税別）\n\n前文\n{月額報酬}\n\n第1条（報酬）\n甲は乙に対し、${prose}を支払う。\n`;
    const finding = only(fee("月額金⟦三十五万円（消費税別）⟧"), "consistency.prose-contradicts-value");
    assert.match(
      finding.message,
      /本文の「三十五万円（消費税別）」は月額報酬の値（300,000円（消費税別））と食い違っています/,
    );
    assert.match(fixesOf(finding)[1]?.title ?? "", /月額報酬の値を「350,000円（消費税別）」に変える/);
    only(fee("月額金⟦参拾萬円⟧"), "consistency.prose-duplicates-value");
    assertNone(fee("初期費用として金五万円"), "consistency.prose-contradicts-value");
  });

  it("does not read a date as a number of days", () => {
    assertNone(
      "条件\n  更新拒絶通知期限：30日前\n\n前文\n{更新拒絶通知期限}\n\n第1条（契約期間）\n2027年11月30日前に通知する。\n",
      "consistency.prose-contradicts-value",
    );
  });

  it("is quiet for numbers that are not comparable or not in those places", () => {
    const base =
      "条件\n  賠償上限期間：6か月\n  月額報酬：300,000円（消費税別）\n\n前文\n{賠償上限期間}{月額報酬}\n\n";
    assertNone(
      `${base}第1条（損害賠償）\n乙の責任は、直近180日間に支払った報酬総額を上限とする。`,
      "consistency.prose-contradicts-value",
    );
    assertNone(
      `${base}第1条（障害対応）\n直近12か月間の障害を報告する。`,
      "consistency.prose-contradicts-value",
    );
    assertNone(
      `${base}第1条（報酬）\n甲は乙に対し、初期費用として金50,000円を支払う。`,
      "consistency.prose-contradicts-value",
    );
    assertNone(`${base}第1条（報酬）\n月額金{月額報酬}を支払う。`, "consistency.prose-contradicts-value");
  });
});

describe("consistency.prose-duplicates-value", () => {
  it("suggests the reference for a number equal to the value", () => {
    const bad =
      "条件\n  賠償上限期間：1年\n\n前文\n甲は乙に委託する。{賠償上限期間}\n\n第1条（損害賠償）\n乙の損害賠償責任の総額は、直近⟦12か月⟧間に甲が乙へ支払った報酬総額を上限とする。\n";
    const finding = only(bad, "consistency.prose-duplicates-value");
    assert.equal(finding.severity, "hint");
    assert.match(finding.message, /「{賠償上限期間}」と書けば、値を変えたときに本文も一緒に変わります/);
    assert.deepEqual(relatedOf(bad, finding), [["1年", "賠償上限期間の値（1年）"]]);
    assert.match(applyFix(bad, finding), /直近{賠償上限期間}間に/);
  });

  it("reports each place of the filled sample written out as a number", () => {
    const bad = filled((t) =>
      t
        .replace("契約締結日から{契約期間}間", "契約締結日から⟦1年⟧間")
        .replace("期間満了日の{更新拒絶通知期限}", "期間満了日の⟦30日前⟧")
        .replace("同一条件で{更新期間}間", "同一条件で⟦1年⟧間")
        .replace("月額金{月額報酬}", "月額金⟦300,000円（消費税別）⟧")
        .replace("本書{作成通数}", "本書⟦2通⟧"),
    );
    // Unused-value checks (another group) may also fire once a value is no longer referenced.
    const { text, ranges } = marked(bad);
    const found = check(text).filter((d) => d.id === "consistency.prose-duplicates-value");
    assert.deepEqual(
      found.map((d) => d.span).sort((a, b) => a.start - b.start),
      [...ranges].sort((a, b) => a.start - b.start),
    );
  });

  it("is quiet when the tax note differs (consistency.tax-mode reports that)", () => {
    assertNone(
      "条件\n  月額報酬：300,000円（消費税別）\n\n前文\n{月額報酬}\n\n第1条（報酬）\n甲は乙に対し、月額金300,000円（税込）を支払う。\n",
      "consistency.prose-duplicates-value",
    );
  });
});

describe("consistency.second-cap", () => {
  const LIABILITY =
    "第2条（損害賠償）\n乙の損害賠償責任の総額は、直近6か月間に甲が乙へ支払った報酬総額を上限とする。\n";

  it("reports a liability cap outside the liability article, linked to the main one", () => {
    const bad = `第1条（障害対応）\n障害対応に関する乙の損害賠償額は、金10万円を⟦上限とする⟧。\n\n${LIABILITY}`;
    const finding = only(bad, "consistency.second-cap");
    assert.match(finding.message, /第2条（損害賠償）のほかに、ここでも損害賠償の上限を定めています/);
    assert.match(finding.message, /「第2条の定めに従う」としてください/);
    assert.deepEqual(relatedOf(bad, finding), [["上限とする", "第2条の損害賠償の上限"]]);
  });

  it("reports 上限額 and を超えない範囲 in another article of the filled sample", () => {
    assertAddedOnly(
      filled((t) =>
        t.replace(
          "3．第三者サービスの障害による損害について乙は責任を負わない。",
          "3．第三者サービスの障害による損害について乙は責任を負わない。\n4．乙の賠償責任の⟦上限額⟧は金10万円とし、追加費用は月額報酬を⟦超えない範囲⟧で賠償する。",
        ),
      ),
      "consistency.second-cap",
    );
  });

  it("follows the cap into a separate 責任の制限 article, and is quiet for the cap there", () => {
    const split =
      "第2条（損害賠償）\n乙は通常の損害を賠償する。\n\n第3条（責任の制限）\n乙の損害賠償責任の総額は、金100万円を上限とする。\n";
    const finding = only(
      `第1条（障害対応）\n障害対応に関する乙の損害賠償額は、金10万円を⟦上限とする⟧。\n\n${split}`,
      "consistency.second-cap",
    );
    assert.match(finding.message, /第3条（責任の制限）のほかに/);
    assertNone(split, "consistency.second-cap");
  });

  it("is quiet for a cap on something other than liability, or without a cap in the liability article", () => {
    assertNone(
      `第1条（緊急対応）\n追加費用は金10万円を上限とする。\n\n${LIABILITY}`,
      "consistency.second-cap",
    );
    assertNone(
      "第1条（障害対応）\n乙の損害賠償額は、金10万円を上限とする。\n\n第2条（損害賠償）\n乙は通常の損害を賠償する。\n",
      "consistency.second-cap",
    );
  });
});

describe("consistency.renewal-notice-exceeds-term", () => {
  const source = (notice: string, term = "1年", renewal = "1年", signing = "") =>
    `条件\n  ${signing}契約期間：${term}\n  更新期間：${renewal}\n  更新拒絶通知期限：${notice}\n\n前文\n{契約期間}{更新期間}{更新拒絶通知期限}${signing === "" ? "" : "{契約締結日}"}\n`;

  it("reports a notice period as long as the term, linked to both periods", () => {
    const bad = source("⟦1年前⟧");
    const finding = only(bad, "consistency.renewal-notice-exceeds-term");
    assert.match(finding.message, /更新拒絶通知期限（1年前）が契約期間（1年）・更新期間（1年）以上です/);
    assert.match(finding.message, /通知を期限までに出すことができません/);
    assert.deepEqual(relatedOf(bad, finding), [
      ["1年", "契約期間の値（1年）"],
      ["1年", "更新期間の値（1年）"],
    ]);
    assert.match(applyFix(bad, finding), /更新拒絶通知期限：30日前\n/);
  });

  it("reports a notice period longer than only the renewal term", () => {
    const bad = source("⟦3か月前⟧", "1年", "3か月");
    const finding = only(bad, "consistency.renewal-notice-exceeds-term");
    assert.deepEqual(relatedOf(bad, finding), [["3か月", "更新期間の値（3か月）"]]);
  });

  it("counts months exactly when the signing date is known", () => {
    only(
      source("⟦30日前⟧", "1か月", "1年", "契約締結日：2027年2月1日\n  "),
      "consistency.renewal-notice-exceeds-term",
    );
    assertNone(
      source("30日前", "1か月", "1年", "契約締結日：2027年1月1日\n  "),
      "consistency.renewal-notice-exceeds-term",
    );
  });

  it("is quiet for a notice period shorter than both periods", () => {
    assertNone(source("30日前"), "consistency.renewal-notice-exceeds-term");
    assertNone(source("11か月前"), "consistency.renewal-notice-exceeds-term");
  });
});

describe("consistency.tax-mode", () => {
  const source = (fee: string, body: string) => `条件\n  月額報酬：${fee}\n\n第1条（報酬）\n${body}\n`;

  it("reports a tax note after {月額報酬.金額} that contradicts the value, and relabels it", () => {
    const bad = source("330,000円（税込）", "甲は乙に対し、月額金{月額報酬.金額}⟦（消費税別）⟧を支払う。");
    const finding = only(bad, "consistency.tax-mode");
    assert.match(
      finding.message,
      /本文では「（消費税別）」（税別）とされていますが、月額報酬の値は「330,000円（税込）」（税込）です/,
    );
    assert.deepEqual(relatedOf(bad, finding), [["330,000円（税込）", "月額報酬の値（330,000円（税込））"]]);
    assert.match(applyFix(bad, finding), /月額金{月額報酬.金額}（税込）を支払う/);
  });

  it("removes a contradicting note after {月額報酬}, which prints its own label", () => {
    const bad = source("330,000円（税込）", "甲は乙に対し、月額金{月額報酬}⟦（税別）⟧を支払う。");
    const finding = only(bad, "consistency.tax-mode");
    assert.match(applyFix(bad, finding, 0), /月額金{月額報酬}を支払う/);
    assert.match(applyFix(bad, finding, 1), /月額金{月額報酬}（税込）を支払う/);
  });

  it("reports the note without the space before it, and removes both", () => {
    const bad = source("330,000円（税込）", "甲は乙に対し、月額金{月額報酬} ⟦（消費税別）⟧を支払う。");
    assert.match(applyFix(bad, only(bad, "consistency.tax-mode")), /月額金{月額報酬}を支払う/);
  });

  const words: [string, string, string, RegExp][] = [
    ["300,000円（消費税別）", "なお、上記金額は⟦税込⟧とする。", "消費税別", /上記金額は消費税別とする/],
    ["300,000円（税込）", "なお、上記報酬は⟦消費税を含まない⟧。", "消費税を含む", /上記報酬は消費税を含む。/],
    [
      "300,000円（消費税別）",
      "なお、報酬には⟦消費税を含む⟧。",
      "消費税を含まない",
      /報酬には消費税を含まない。/,
    ],
  ];
  for (const [fee, note, to, fixed] of words) {
    it(`reports 「${note}」 against ${fee} and rewrites it to ${to}`, () => {
      const bad = source(fee, `甲は乙に対し、月額金{月額報酬}を支払う。${note}`);
      const finding = only(bad, "consistency.tax-mode");
      assert.match(applyFix(bad, finding), fixed);
    });
  }

  it("reads the tax label of a blank fee too", () => {
    const text = source(
      "＿円（税込）",
      "甲は乙に対し、月額金{月額報酬}を支払う。なお、報酬は消費税別とする。",
    );
    assert.ok(ids(text).includes("consistency.tax-mode"));
  });

  it("is quiet when the prose agrees, or the sentence is about another amount", () => {
    assertNone(
      source("300,000円（消費税別）", "甲は乙に対し、月額金{月額報酬}を支払う。なお、報酬は税別とする。"),
      "consistency.tax-mode",
    );
    assertNone(
      source("300,000円（消費税別）", "甲は乙に対し、月額金{月額報酬}を支払う。振込手数料は税込とする。"),
      "consistency.tax-mode",
    );
    assertNone(
      source("300,000円", "甲は乙に対し、月額金{月額報酬}（税込）を支払う。"),
      "consistency.tax-mode",
    );
  });
});

describe("consistency.scope-overlap", () => {
  const source = (out: string) =>
    `第1条（業務内容）\n乙は次の業務を行う。\n（1）サーバーの監視及び運用管理\n（2）ログ管理\n（3）その他甲乙協議の上定める業務\n\n第2条（業務範囲外）\n次の業務は対象外とする。\n${out}\n`;

  it("reports an out-of-scope item that is contained in, or equal to, an in-scope item", () => {
    const bad = source("（1）⟦サーバーの監視⟧\n（2）⟦ログ 管理。⟧\n（3）アプリケーション開発");
    const [contained, equal] = assertOnly(bad, "consistency.scope-overlap");
    assert.match(
      contained?.message ?? "",
      /「サーバーの監視」は第2条（業務範囲外）で対象外とされていますが、第1条（業務内容）の（1）「サーバーの監視及び運用管理」にも含まれています/,
    );
    assert.deepEqual(relatedOf(bad, contained), [
      ["サーバーの監視及び運用管理", "第1条（業務内容）の（1）「サーバーの監視及び運用管理」"],
    ]);
    assert.deepEqual(relatedOf(bad, equal), [["ログ管理", "第1条（業務内容）の（2）「ログ管理」"]]);
  });

  it("reports an overlap in the filled sample at the out-of-scope item", () => {
    assertAddedOnly(
      filled((t) =>
        t.replace(
          "（6）その他個別見積りを要する業務",
          "（6）⟦OS及びミドルウェアの保守⟧\n（7）その他個別見積りを要する業務",
        ),
      ),
      "consistency.scope-overlap",
    );
  });

  it("is quiet for a shared short word or catch-all items", () => {
    assertNone(
      source("（1）管理\n（2）その他甲乙協議の上定める業務\n（3）システム開発"),
      "consistency.scope-overlap",
    );
  });
});

describe("consistency.subcontract-confidentiality", () => {
  const source = (
    subcontract: string,
    confidentiality = "甲及び乙は、相手方の非公開情報を秘密として保持する。",
  ) =>
    `第1条（再委託）\n${subcontract}\n\n第2条（秘密保持）\n${confidentiality}\n\n第3条（個人情報保護）\n乙は個人情報を適切に管理する。\n`;

  it("reports the permission when neither duty article binds the subcontractor", () => {
    const bad = source("乙は、業務の全部又は一部を第三者へ⟦再委託することができる⟧。");
    const finding = only(bad, "consistency.subcontract-confidentiality");
    assert.equal(finding.severity, "information");
    assert.match(
      finding.message,
      /第2条（秘密保持）・第3条（個人情報保護）は再委託先に同等の義務を負わせていません/,
    );
    assert.deepEqual(relatedOf(bad, finding), [
      ["第2条（秘密保持）", "第2条（秘密保持）：再委託先の義務に触れていません"],
      ["第3条（個人情報保護）", "第3条（個人情報保護）：再委託先の義務に触れていません"],
    ]);
    const fixed = applyFix(bad, finding);
    assert.match(
      fixed,
      /再委託することができる。\n乙は、再委託先に対し、本契約に基づき乙が負う秘密保持義務及び個人情報の保護に関する義務と同等の義務を負わせ/,
    );
    assertNone(fixed, "consistency.subcontract-confidentiality");
  });

  it("numbers the added paragraph when the article's paragraphs are numbered", () => {
    const bad = source(
      "1．乙は、甲の承諾を得て第三者へ⟦再委託することができる⟧。\n2．乙は再委託の内容を甲に通知する。",
    );
    const finding = only(bad, "consistency.subcontract-confidentiality");
    assert.match(applyFix(bad, finding), /2．乙は再委託の内容を甲に通知する。\n3．乙は、再委託先に対し/);
  });

  it("is shown on both samples, where the reference contract has this gap", () => {
    for (const path of [TEMPLATE_PATH, FILLED_PATH]) {
      const found = check(sample(path)).filter((d) => d.id === "consistency.subcontract-confidentiality");
      assert.equal(found.length, 1);
    }
  });

  it("is quiet when subcontracting is forbidden or the subcontractor is bound", () => {
    assertNone(
      source("乙は、業務を第三者へ再委託してはならない。"),
      "consistency.subcontract-confidentiality",
    );
    assertNone(
      source(
        "乙は、第三者へ再委託することができる。",
        "甲及び乙は秘密を保持し、乙は再委託先にも同等の義務を負わせる。",
      ).replace("乙は個人情報を適切に管理する。", "乙は個人情報を適切に管理し、委託先を監督する。"),
      "consistency.subcontract-confidentiality",
    );
    assertNone(
      source(
        "乙は、第三者へ再委託することができる。この場合、乙は再委託先に本契約と同等の秘密保持義務を負わせる。",
      ),
      "consistency.subcontract-confidentiality",
    );
  });
});

const MINE = [
  "consistency.cap-window-exceeds-term",
  "consistency.cap-before-first-payment",
  "consistency.prose-contradicts-value",
  "consistency.prose-duplicates-value",
  "consistency.second-cap",
  "consistency.renewal-notice-exceeds-term",
  "consistency.tax-mode",
  "consistency.scope-overlap",
  "consistency.subcontract-confidentiality",
];

describe("consistency checks on the samples", () => {
  it("add only information notes to the template and the filled sample", () => {
    for (const path of [TEMPLATE_PATH, FILLED_PATH]) {
      const mine = check(sample(path)).filter((d) => MINE.includes(d.id));
      assert.deepEqual(
        mine.map((d) => `${d.severity} ${d.id}`),
        [
          "information consistency.subcontract-confidentiality",
          "information consistency.cap-before-first-payment",
        ],
      );
    }
  });
});

describe("consistency.party-name-variant", () => {
  const id = "consistency.party-name-variant";
  /** Only this id's findings, at exactly the marked ranges (the parties' other blanks aside). */
  function foundAt(source: string): ContractDiagnostic[] {
    const { text, ranges } = marked(source);
    const found = check(text).filter((d) => d.id === id);
    assert.deepEqual(
      found.map((d) => d.span),
      ranges,
    );
    return found;
  }
  const party = (symbol: string, role: string, name: string) =>
    `当事者 ${symbol}（${role}）\n  会社名：${name}\n  所在地：東京都\n  代表者：代表取締役 山田太郎\n\n`;
  const source = (body: string, name = "株式会社アルファ") =>
    `${party("甲", "委託者", name)}${party("乙", "受託者", "株式会社ベータ")}前文\n{甲.会社名}{乙.会社名}\n\n第1条（合意管轄）\n${body}\n`;

  const variants: [string, string][] = [
    ["a large kana for a small one", "⟦株式会社アルフア⟧の本店所在地とする。"],
    ["a zero-width space inside", "⟦株式会社ア\u200Bルファ⟧の本店所在地とする。"],
    ["hiragana for katakana", "⟦株式会社べータ⟧に帰属する。"],
    ["full-width letters for half-width", "⟦株式会社ＡＢＣＤ⟧の本店とする。"],
    ["a one-letter typo", "⟦株式会社アルフィ⟧の本店とする。"],
  ];
  for (const [name, body] of variants) {
    it(`reports ${name}, with a fix to reference the 会社名`, () => {
      const bad = source(body, name.startsWith("full-width") ? "株式会社ABCD" : "株式会社アルファ");
      const [found] = foundAt(bad);
      assert.match(found?.message ?? "", /と少し違います/);
      assert.match(applyFix(bad, found), /第1条（合意管轄）\n\{[甲乙]\.会社名\}/);
    });
  }

  it("never splits a surrogate pair inside or next to the name it marks", () => {
    // Found by the fuzz run (seed 1545996105): 株式会社アルフ𐀀ア was marked up to half of 𐀀.
    for (const body of [
      "株式会社アルフ\u{10000}アの本店とする。",
      "\u{20BB7}アルファ株式会社の本店とする。",
    ]) {
      const text = source(body, body.startsWith("株式会社") ? "株式会社アルファ" : "アルファ株式会社");
      for (const { span } of check(text).filter((d) => d.id === id)) {
        for (const at of [span.start, span.end]) assert.equal(boundaryProblem(text, at), null, body);
      }
    }
  });

  it("reads 旧字 and a name written after its company form (後株)", () => {
    foundAt(source("⟦アルファ商會株式会社⟧の本店とする。", "アルファ商会株式会社"));
  });

  it("is quiet for the exact name, another company and a reference", () => {
    assertNone(source("株式会社アルファの本店所在地とする。"), id);
    assertNone(source("株式会社ガンマ及び株式会社アルファベット社の本店とする。"), id);
    assertNone(source("{甲.会社名}の本店所在地とする。"), id);
    assertNone(source("株式会社ベタの本店とする。"), id);
  });
});
