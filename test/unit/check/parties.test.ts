import assert from "node:assert/strict";
import { PARTIES_RULES } from "../../../server/src/language/check/rules/parties";
import type { ContractDiagnostic } from "../../../server/src/language/diagnostic";
import { assertAddedOnly, assertNone, assertOnly, check, filled, applyFix } from "../../helpers/check";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { marked } from "../../helpers/marked-source";

function relatedTexts(source: string, diagnostic: ContractDiagnostic | undefined): string[] {
  const { text } = marked(source);
  return (diagnostic?.related ?? []).map((r) => text.slice(r.span.start, r.span.end));
}

/** A party with every field filled, so that only the check under test can report. */
function party(symbol: string, role: string | null, name: string): string {
  const header = role === null ? `当事者 ${symbol}` : `当事者 ${symbol}（${role}）`;
  return `${header}\n  会社名：${name}\n  所在地：東京都千代田区丸の内1-1-1\n  代表者：代表取締役 山田太郎\n`;
}

const PARTY_IDS: ReadonlySet<string> = new Set(PARTIES_RULES.flatMap((rule) => rule.kinds.map((k) => k.id)));

const CLIENT_FIRST = party("甲", "委託者", "株式会社アルファ") + party("乙", "受託者", "株式会社ベータ");
const CLIENT_SECOND = party("甲", "受託者", "株式会社アルファ") + party("乙", "委託者", "株式会社ベータ");

describe("consistency.same-party", () => {
  it("reports the later party whose 会社名 is the earlier one's, with the other name as related", () => {
    const source = filled((t) => t.replace("会社名：株式会社ベータ", "会社名：⟦（株） アルファ⟧"));
    const [finding] = assertAddedOnly(source, "consistency.same-party");
    assert.equal(finding?.severity, "error");
    assert.match(
      finding?.message ?? "",
      /乙（受託者）の会社名「（株） アルファ」が甲（委託者）の会社名と同じです/,
    );
    assert.deepEqual(relatedTexts(source, finding), ["株式会社アルファ"]);
  });

  it("normalises spaces and ㈱", () => {
    assertOnly(
      party("甲", "委託者", "株式会社 アルファ") + party("乙", "受託者", "⟦㈱アルファ⟧"),
      "consistency.same-party",
    );
  });

  it("sees through invisible characters, Cyrillic and Greek look-alikes and old kanji forms", () => {
    const pairs: [string, string][] = [
      ["株式会社アルファ", "株式会社アル\u200Bファ"],
      ["ABC株式会社", "\u0410BC株式会社"],
      ["ABC株式会社", "\u0391\u0392C株式会社"],
      ["会社アルファ", "會社アルファ"],
      ["株式会社アルファ", "株式会社ア\u00ADルファ\u2060"],
    ];
    for (const [first, second] of pairs) {
      const source = party("甲", "委託者", first) + party("乙", "受託者", second);
      const ids = check(source).map((d) => d.id);
      assert.ok(ids.includes("consistency.same-party"), `${JSON.stringify(second)}: ${ids.join(", ")}`);
    }
  });

  it("is quiet for different companies and for blank names (the template)", () => {
    assertNone(CLIENT_FIRST, "consistency.same-party");
    assertNone(
      party("甲", "委託者", "株式会社アルファ") + party("乙", "受託者", "アルファ株式会社"),
      "consistency.same-party",
    );
    assertNone(sample(TEMPLATE_PATH), "consistency.same-party");
  });
});

describe("consistency.payer-swapped", () => {
  it("reports 第7条 when the 受託者 pays the fee, and the fix swaps the two parties", () => {
    const original = "甲は乙に対し、本契約に基づく業務の対価として";
    const source = filled((t) => t.replace(original, "⟦乙は甲に対し⟧、本契約に基づく業務の対価として"));
    const [finding] = assertAddedOnly(source, "consistency.payer-swapped");
    assert.match(
      finding?.message ?? "",
      /「乙は甲に対し」では、受託者の乙が委託者の甲に報酬を支払うことになっています/,
    );
    assert.deepEqual(relatedTexts(source, finding), ["当事者 乙（受託者）", "当事者 甲（委託者）"]);
    assert.equal(applyFix(source, finding), sample(FILLED_PATH));
  });

  it("reports 第18条 「乙が甲へ支払った報酬総額」", () => {
    assertAddedOnly(
      filled((t) => t.replace("甲が乙へ支払った報酬総額", "⟦乙が甲へ⟧支払った報酬総額")),
      "consistency.payer-swapped",
    );
  });

  it("goes by the declared roles, not the letters", () => {
    assertOnly(
      `${CLIENT_SECOND}前文\n⟦甲は乙に対し⟧、月額報酬を支払う。\n乙は甲に対し、月額報酬を支払う。\n`,
      "consistency.payer-swapped",
    );
  });

  it("reads the receiving form 「甲は乙から報酬を受領する」", () => {
    assertOnly(`${CLIENT_FIRST}前文\n⟦甲は乙から⟧報酬を受領する。\n`, "consistency.payer-swapped");
  });

  it("is quiet for the right payer, a claim for payment, undeclared roles, and other clauses", () => {
    const near = [
      `${CLIENT_FIRST}前文\n甲は乙に対し、報酬を支払う。\n`,
      `${CLIENT_FIRST}前文\n乙は甲に対し、報酬の支払を請求することができる。\n`,
      `${CLIENT_FIRST}前文\n乙は甲に対し、業務の状況を報告し、甲は乙に報酬を支払う。\n`,
      `${CLIENT_FIRST}前文\n乙は甲に対し、既に受領した報酬を払い戻す。\n`,
      `${CLIENT_FIRST}前文\n乙は甲に対し、損害賠償として報酬相当額を支払う。\n`,
      `${party("甲", null, "株式会社アルファ")}${party("乙", null, "株式会社ベータ")}前文\n乙は甲に対し、報酬を支払う。\n`,
    ];
    for (const source of near) assertNone(source, "consistency.payer-swapped");
  });

  it("reads the payment article: who invoices and whose account is paid into", () => {
    const original = "甲は乙が発行する請求書に基づき、請求月の{支払期日}までに乙指定口座へ";
    const source = filled((t) =>
      t.replace(original, "⟦乙は甲が発行する請求書⟧に基づき、請求月の{支払期日}までに甲指定口座へ"),
    );
    const [finding] = assertAddedOnly(source, "consistency.payer-swapped");
    assert.equal(applyFix(source, finding), sample(FILLED_PATH));
  });

  it("knows the parties by the roles and short names the contract gives them", () => {
    const roles = `${CLIENT_FIRST}前文\n{甲.会社名}（以下「委託者」という。）と{乙.会社名}（以下「受託者」という。）は契約する。\n`;
    assertOnly(
      `${roles}第1条（報酬）\n⟦受託者は委託者に対し⟧、報酬を支払う。\n`,
      "consistency.payer-swapped",
    );
    const short = `${CLIENT_FIRST}前文\n株式会社アルファ（以下「アルファ」という。）と株式会社ベータ（以下「ベータ」という。）は契約する。\n`;
    const [finding] = assertOnly(
      `${short}第1条（支払方法）\n⟦ベータは、アルファが発行する請求書⟧に基づき、アルファ指定口座へ支払う。\n`,
      "consistency.payer-swapped",
    );
    assert.match(
      finding?.message ?? "",
      /「ベータ」（受託者の乙）が「アルファ」（委託者の甲）に報酬を支払う/,
    );
    assertNone(
      `${short}第1条（支払方法）\nアルファは、ベータが発行する請求書に基づき、請求月の末日までにベータ指定口座へ支払う。\n`,
      "consistency.payer-swapped",
    );
  });
});

describe("consistency.role-mismatch", () => {
  it("reports a role in the prose that contradicts the declaration, and fixes it", () => {
    const source = filled((t) => t.replace("甲（委託者）：{甲.会社名}", "甲（⟦受託者⟧）：{甲.会社名}"));
    const [finding] = assertAddedOnly(source, "consistency.role-mismatch");
    assert.match(
      finding?.message ?? "",
      /本文では甲を「受託者」と書いていますが、当事者の宣言では甲は「委託者」です/,
    );
    assert.deepEqual(relatedTexts(source, finding), ["当事者 甲（委託者）"]);
    assert.match(applyFix(source, finding), /\n甲（委託者）：\{甲\.会社名\}\n/);
  });

  it("is quiet for words that are not roles and for parties declared without a role", () => {
    assertNone(
      `${CLIENT_FIRST}前文\n甲（以下同じ）及び乙（株式会社ベータ）は合意する。\n`,
      "consistency.role-mismatch",
    );
    assertNone(
      `${party("甲", null, "株式会社アルファ")}前文\n甲（受託者）は合意する。\n`,
      "consistency.role-mismatch",
    );
  });
});

describe("consistency.copies-parties", () => {
  it("reports 作成通数 against the number of parties, with the parties related, and fixes the count", () => {
    const source = filled((t) => t.replace("作成通数：2通", "作成通数：⟦3通⟧"));
    const [finding] = assertAddedOnly(source, "consistency.copies-parties");
    assert.match(finding?.message ?? "", /作成通数は3通ですが、当事者は2者で各1通を保有するとされています/);
    assert.deepEqual(relatedTexts(source, finding), ["当事者 甲（委託者）", "当事者 乙（受託者）"]);
    assert.match(applyFix(source, finding), /\n {2}作成通数：2通\n/);
  });

  it("reads a count written in the prose when 作成通数 is not a value", () => {
    const source = `${CLIENT_FIRST}後文\n本書⟦1通⟧を作成し、甲乙各1通を保有する。\n`;
    const [finding] = assertOnly(source, "consistency.copies-parties");
    assert.match(applyFix(source, finding), /本書2通を作成し/);
  });

  it("is quiet when the count matches, or the closing does not give each party one", () => {
    assertNone(`${CLIENT_FIRST}後文\n本書2通を作成し、甲乙各1通を保有する。\n`, "consistency.copies-parties");
    assertNone(`${CLIENT_FIRST}後文\n本書1通を作成し、甲が原本を保有する。\n`, "consistency.copies-parties");
  });
});

describe("consistency.role-mismatch for a defined name", () => {
  it("reports a role defined as the name of the party that has the other role", () => {
    const source = filled((t) =>
      t.replace(
        "サーバー管理契約（以下「本契約」という。）は、以下の当事者間において締結される。",
        "{甲.会社名}（以下「⟦受託者⟧」という。）と{乙.会社名}（以下「⟦委託者⟧」という。）は、サーバー管理契約（以下「本契約」という。）を締結する。",
      ),
    );
    const found = assertAddedOnly(source, "consistency.role-mismatch");
    assert.match(
      found[0]?.message ?? "",
      /本文では甲を「受託者」と定義していますが、当事者の宣言では甲は「委託者」です/,
    );
    assertNone(
      filled((t) =>
        t.replace(
          "サーバー管理契約（以下「本契約」という。）は、以下の当事者間において締結される。",
          "{甲.会社名}（以下「委託者」という。）と株式会社ベータ（以下「ベータ」という。）は、サーバー管理契約（以下「本契約」という。）を締結する。",
        ),
      ),
      "consistency.role-mismatch",
    );
  });
});

describe("consistency.court-address-blank", () => {
  it("notes on the template that the court depends on 甲's blank 所在地", () => {
    const template = sample(TEMPLATE_PATH);
    const found = check(template).filter((d) => d.id === "consistency.court-address-blank");
    assert.deepEqual(
      found.map((d) => `${d.severity} ${template.slice(d.span.start, d.span.end)}`),
      ["information 甲の本店所在地"],
    );
    assert.match(found[0]?.message ?? "", /甲（委託者）の所在地が空欄のため、管轄裁判所が決まりません/);
    assert.equal(relatedTexts(template, found[0]).length, 1);
  });

  it("knows the party by the name the contract gives it", () => {
    const source = filled((t) =>
      t
        .replace("所在地：東京都千代田区丸の内1-1-1", "所在地：＿")
        .replace(
          "サーバー管理契約（以下「本契約」という。）は、以下の当事者間において締結される。",
          "{甲.会社名}（以下「アルファ」という。）と{乙.会社名}（以下「ベータ」という。）は、サーバー管理契約（以下「本契約」という。）を締結する。",
        )
        .replace("甲の本店所在地を管轄する", "⟦アルファの本店所在地⟧を管轄する"),
    );
    const { text, ranges } = marked(source);
    const found = check(text).filter((d) => d.id === "consistency.court-address-blank");
    assert.deepEqual(
      found.map((d) => d.span),
      ranges,
    );
  });

  it("reports the party named in the clause, at the exact phrase", () => {
    const source = filled((t) =>
      t
        .replace("所在地：東京都港区芝公園1-1-1", "所在地：＿")
        .replace("甲の本店所在地を管轄する", "⟦乙の本店所在地⟧を管轄する"),
    );
    const { text, ranges } = marked(source);
    const found = check(text).filter((d) => d.id === "consistency.court-address-blank");
    assert.deepEqual(
      found.map((d) => d.span),
      ranges,
    );
  });

  it("reads a {甲.所在地} reference in the clause", () => {
    const source = `${party("甲", "委託者", "株式会社アルファ").replace("東京都千代田区丸の内1-1-1", "＿")}前文\n⟦{甲.所在地}⟧を管轄する地方裁判所とする。\n`;
    const { text, ranges } = marked(source);
    const found = check(text).filter((d) => d.id === "consistency.court-address-blank");
    assert.deepEqual(
      found.map((d) => d.span),
      ranges,
    );
  });

  it("is quiet when that party's 所在地 is filled", () => {
    assertNone(
      filled((t) => t.replace("所在地：東京都港区芝公園1-1-1", "所在地：＿")),
      "consistency.court-address-blank",
    );
  });
});

describe("parties checks on the samples", () => {
  it("report nothing on the filled sample, and only the court note on the template", () => {
    const ids = (text: string) =>
      check(text)
        .map((d) => d.id)
        .filter((id) => PARTY_IDS.has(id));
    assert.deepEqual(ids(sample(FILLED_PATH)), []);
    assert.deepEqual(ids(sample(TEMPLATE_PATH)), ["consistency.court-address-blank"]);
  });
});
