import assert from "node:assert/strict";
import { assertAddedOnly, assertNone, assertOnly, check, filled } from "../../helpers/check";
import { sample, TEMPLATE_PATH } from "../../helpers/fixtures";

const FINAL = { mode: "final", severities: {} } as const;

describe("blank.party", () => {
  it("reports each blank field at its value, and a missing field at the party header", () => {
    const [first] = assertOnly(
      "当事者 甲（委託者）\n  会社名：⟦＿⟧\n  所在地：東京都\n  代表者：⟦＿＿＿⟧\n",
      "blank.party",
    ).slice(0, 1);
    assert.match(first?.message ?? "", /甲（委託者）の会社名が空欄です/);
    const missing = assertOnly(
      "⟦当事者 乙（受託者）⟧\n  会社名：株式会社ベータ\n  所在地：東京都\n",
      "blank.party",
    );
    assert.match(
      missing[0]?.message ?? "",
      /乙（受託者）の代表者がありません。この下に「代表者：…」を書いてください/,
    );
  });

  it("reports a required party missing from a recognised contract type at the title", () => {
    const text = filled((t) => t.replace(/当事者 乙（受託者）\n(?: {2}.*\n)+/u, ""));
    assert.ok(
      check(text).some((d) => d.id === "blank.party" && /当事者「乙」が書かれていません/.test(d.message)),
    );
  });

  it("asks an individual (氏名, no 会社名) for its 住所 and not for a 代表者", () => {
    const missing = assertOnly("⟦当事者 乙（受託者）⟧\n  氏名：鈴木一郎\n", "blank.party");
    assert.deepEqual(
      missing.map((d) => d.message),
      ["乙（受託者）の住所がありません。この下に「住所：…」を書いてください。"],
    );
    assertOnly("当事者 乙（受託者）\n  住所：⟦＿⟧\n  氏名：鈴木一郎\n", "blank.party");
    assertNone("当事者 乙（受託者）\n  所在地：東京都港区\n  氏名：鈴木一郎\n", "blank.party");
  });

  it("is quiet when every field is filled", () => {
    assertNone(
      "当事者 甲（委託者）\n  会社名：株式会社アルファ\n  所在地：東京都\n  代表者：山田太郎\n",
      "blank.party",
    );
  });
});

describe("blank.fee and blank.date", () => {
  it("reports a blank fee at its value", () => {
    assertAddedOnly(
      filled((t) => t.replace("月額報酬：300,000円（消費税別）", "月額報酬：⟦＿円（消費税別）⟧")),
      "blank.fee",
    );
  });

  it("reports a blank signing date at its value", () => {
    assertAddedOnly(
      filled((t) => t.replace("契約締結日：令和8年12月1日", "契約締結日：⟦＿⟧")),
      "blank.date",
    );
  });

  it("reports a fee left out of a recognised contract at 条件", () => {
    const added = assertAddedOnly(
      filled((t) =>
        t
          .replace("\n条件\n  月額報酬：300,000円（消費税別）\n", "\n⟦条件⟧\n")
          .replace("月額金{月額報酬}を支払う", "月額金300,000円（消費税別）を支払う"),
      ),
      "blank.fee",
    );
    assert.match(
      added[0]?.message ?? "",
      /月額報酬が書かれていません。「条件」に「月額報酬：300,000円（消費税別）」を書いてください/,
    );
  });

  it("does not require a fee of a file whose contract type is not recognised", () => {
    assertNone("条件\n  契約期間：1年\n", "blank.fee");
  });
});

describe("blank.value", () => {
  it("reports any other blank value", () => {
    assertOnly("条件\n  契約期間：⟦＿⟧\n前文\n{契約期間}\n", "blank.value");
  });
});

describe("blank.placeholder", () => {
  it("reports placeholder marks in prose", () => {
    assertOnly(
      "前文\n甲は⟦●●⟧株式会社に⟦〇〇⟧を、⟦＿＿＿⟧までに⟦【要確認】⟧⟦［　］⟧とする。\n",
      "blank.placeholder",
    );
  });

  it("leaves a single ＿ and ordinary brackets alone", () => {
    assertNone("前文\n甲は「本件」［注］（注）に○を付ける。\n", "blank.placeholder");
  });
});

describe("blank.undecided", () => {
  it("says what was left to be decided and what is attached", () => {
    const [decided, attached] = assertOnly(
      "前文\n保存期間は⟦別途定める⟧。詳細は⟦別紙仕様書⟧による。\n",
      "blank.undecided",
    );
    assert.match(decided?.message ?? "", /「保存期間」は「別途定める」とされています/);
    assert.match(attached?.message ?? "", /「別紙仕様書」を参照しています。契約書に添付してください/);
    assert.equal(decided?.severity, "information");
  });
});

describe("draft and final mode on the template", () => {
  const template = sample(TEMPLATE_PATH);

  it("reports exactly the 8 blanks as warnings in draft mode, and nothing else above information", () => {
    const serious = check(template).filter((d) => d.severity === "error" || d.severity === "warning");
    assert.deepEqual(
      serious.map((d) => `${d.severity} ${d.id} ${template.slice(d.span.start, d.span.end)}`),
      [
        "warning blank.party ＿",
        "warning blank.party ＿",
        "warning blank.party ＿",
        "warning blank.party ＿",
        "warning blank.party ＿",
        "warning blank.party ＿",
        "warning blank.fee ＿円（消費税別）",
        "warning blank.date ＿年＿月＿日",
      ],
    );
  });

  it("reports the same 8 blanks as errors in final mode", () => {
    const serious = check(template, FINAL).filter((d) => d.severity === "error" || d.severity === "warning");
    assert.equal(serious.length, 8);
    assert.ok(serious.every((d) => d.severity === "error" && d.id.startsWith("blank.")));
  });

  it("lets the user turn an id off or change its severity", () => {
    const off = check(template, { mode: "final", severities: { "blank.party": "off", "blank.fee": "hint" } });
    assert.equal(off.filter((d) => d.id === "blank.party").length, 0);
    assert.equal(off.find((d) => d.id === "blank.fee")?.severity, "hint");
  });

  it("reports no warning or error for the filled sample", () => {
    const serious = check(filled((t) => `${t}\n`)).filter(
      (d) => d.severity === "error" || d.severity === "warning",
    );
    assert.deepEqual(serious, []);
  });
});
