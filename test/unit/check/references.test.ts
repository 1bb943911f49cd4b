import assert from "node:assert/strict";
import type { ContractDiagnostic } from "../../../server/src/language/diagnostic";
import { assertAddedOnly, assertNone, assertOnly, check, filled, applyFix } from "../../helpers/check";
import { sample, TEMPLATE_PATH, FILLED_PATH } from "../../helpers/fixtures";
import { marked } from "../../helpers/marked-source";
import { createContractService } from "../../../server/src/language";

const fixTitles = (d: ContractDiagnostic | undefined) => (d?.data?.fixes ?? []).map((f) => f.title);

// Two articles: 第1条 has one paragraph, 第2条 two numbered paragraphs, the first with two items.
const ARTICLES =
  "第1条（報酬）\n甲は乙に報酬を支払う。\n\n第2条（業務）\n1．乙は次の業務を行う。\n（1）監視\n（2）保守\n2．乙は報告する。\n";

describe("ref.unknown-article", () => {
  const id = "ref.unknown-article";

  const cases: [string, string][] = [
    ["an article beyond the last", "前文\n甲は⟦第26条⟧に従う。\n"],
    ["kanji and full-width numbers", "前文\n甲は⟦第二十六条⟧及び⟦第２６条⟧に従う。\n"],
    ["both ends of a range", "前文\n⟦第3条⟧ないし⟦第5条⟧、第1条から⟦第9条⟧まで\n"],
    ["a branch article, which no heading can be", "前文\n⟦第2条の2⟧に従う。\n"],
  ];
  for (const [name, body] of cases) {
    it(`reports ${name}`, () => {
      assertOnly(`${body}\n${ARTICLES}`, id);
    });
  }

  it("says which articles exist", () => {
    const [found] = assertOnly(`前文\n甲は⟦第26条⟧に従う。\n\n${ARTICLES}`, id);
    assert.match(
      found?.message ?? "",
      /第26条はこの契約書にありません（この契約書の条は第1条から第2条までです）/,
    );
  });

  it("leaves citations of statutes alone", () => {
    assertNone(
      "前文\n民法第415条、個人情報保護法第23条、会社法施行規則第3条及び同法第2条、" +
        "民法第415条ないし第420条、民法（明治29年法律第89号）第709条、" +
        "個人情報の保護に関する法律第27条第1項第2号、同令第5条に従う。\n\n" +
        ARTICLES,
      id,
    );
  });

  it("reports nothing on the template and the filled sample", () => {
    assertNone(sample(TEMPLATE_PATH), id);
    assertNone(sample(FILLED_PATH), id);
  });
});

describe("ref.unknown-paragraph", () => {
  const id = "ref.unknown-paragraph";

  it("reports 第N条第M項 beyond the article's paragraphs, with the article as related", () => {
    const [found] = assertOnly(`前文\n第1条⟦第2項⟧及び第2条第2項\n\n${ARTICLES}`, id);
    assert.match(
      found?.message ?? "",
      /第1条に第2項はありません（第1条は項に分かれていないので第1項しかありません）/,
    );
    assert.equal(found?.related?.[0]?.message, "第1条はここです。");
  });

  it("reads 第M項 alone as the current article, and 第3条第1項及び第3項 as two paragraphs of 第3条", () => {
    assertOnly(`${ARTICLES}3．⟦第4項⟧に定める場合を除く。\n`, id);
    assertOnly(`前文\n第2条第1項及び⟦第3項⟧\n\n${ARTICLES}`, id);
  });

  it("counts each line of an unnumbered article as a possible paragraph", () => {
    assertNone(
      "第1条（緊急対応）\n乙は応急措置を講じる。\nこの場合の費用は甲の負担とする。\n\n第2条（x）\n第1条第2項に従う。\n",
      id,
    );
  });
});

describe("ref.unknown-item", () => {
  const id = "ref.unknown-item";

  it("reports 第N条第K項第M号, 第N条第M号 and 第M号 of the current paragraph", () => {
    const [first] = assertOnly(`前文\n第2条第1項⟦第3号⟧\n\n${ARTICLES}`, id);
    assert.match(first?.message ?? "", /第2条第1項に第3号はありません。この項の号は第1号から第2号までです/);
    assertOnly(`前文\n第2条⟦第5号⟧\n\n${ARTICLES}`, id);
    assertOnly("第1条（業務）\n乙は次の業務を行う。\n（1）監視\n（2）⟦第3号⟧に付随する作業\n", id);
    assertOnly(`前文\n第2条第2項⟦第1号⟧\n\n${ARTICLES}`, id);
  });

  it("accepts items that exist, also 第M号 in a line after the items", () => {
    assertNone(`前文\n第2条第1項第2号、第2条第1号\n\n${ARTICLES}`, id);
    assertNone(
      "第1条（業務）\n乙は次の業務を行う。\n（1）監視\n（2）保守\nただし、第2号は甲の承諾を要する。\n",
      id,
    );
  });
});

describe("ref.relative", () => {
  const id = "ref.relative";

  const cases: [string, string][] = [
    ["前条 in the first article", "第1条（目的）\n⟦前条⟧の定めに従う。\n\n第2条（x）\nあ\n"],
    ["次条 in the last article", "第1条（目的）\nあ\n\n第2条（x）\n⟦次条⟧の定めに従う。\n"],
    ["前項 in the first paragraph", "第1条（目的）\n1．⟦前項⟧の場合\n2．⟦次項⟧でなく前項の場合\n"],
    [
      "前号 in the first item, 次号 in the last",
      "第1条（業務）\n次の業務\n（1）⟦前号⟧に付随する作業\n（2）⟦次号⟧の作業\n",
    ],
    ["前各号 with no items before it", "第1条（業務）\n1．⟦前各号⟧に付随する作業\n"],
    ["次の各号 with no items after it", "第1条（業務）\n1．⟦次の各号⟧のいずれかに該当した場合\n2．あ\n"],
    ["各号 in a paragraph without items", "第1条（業務）\n⟦各号⟧の業務を行う。\n"],
    ["前二項 with one paragraph before", "第1条（業務）\n1．あ\n2．⟦前二項⟧の場合\n"],
    ["前条 in 前文", "前文\n⟦前条⟧の定めに従う。\n\n第1条（目的）\nあ\n"],
  ];
  for (const [name, source] of cases) {
    it(`reports ${name}`, () => {
      assertOnly(source, id);
    });
  }

  it("says why and what to do", () => {
    const [found] = assertOnly("第1条（目的）\n⟦前条⟧の定めに従う。\n", id);
    assert.match(
      found?.message ?? "",
      /第1条は最初の条なので「前条」が指すものがありません。参照先を「第3条」のように番号で書く/,
    );
  });

  it("accepts 前各号 in an item after items, 次の各号 before items, and the reference contract", () => {
    assertNone("第1条（対象）\n次のとおりとする。\n（1）a\n（2）前各号に付随する設備\n", id);
    assertNone(
      "第1条（解除）\n相手方が次の各号のいずれかに該当した場合\n（1）a\n（2）前号に準ずる場合\n",
      id,
    );
    assertNone("第1条（対象）\n次のとおり。\n（1）a\n前各号に定めるほか、別途協議する。\n", id);
    assertNone("第1条（a）\nあ\n\n第2条（b）\n前条の場合\n1．い\n2．前項の場合、前二項\n", id);
    assertNone(sample(TEMPLATE_PATH), id);
    assertNone(sample(FILLED_PATH), id);
  });
});

describe("ref.undefined-value", () => {
  const id = "ref.undefined-value";

  it("suggests the closest name, and fixes by replacing it or by adding it to 条件", () => {
    const source = filled((t) => t.replace("振込手数料は", "振込手数料は{⟦月額報酬額⟧}に含まれず、"));
    const [found] = assertAddedOnly(source, id);
    assert.match(
      found?.message ?? "",
      /「月額報酬額」は「条件」の値にも当事者にもありません。「月額報酬」の書き間違いではありませんか/,
    );
    const text = marked(source).text;
    assert.match(applyFix(text, found, 0), /振込手数料は\{月額報酬\}に含まれず、/);
    assert.match(applyFix(text, found, 1), /\n {2}作成通数：2通\n {2}月額報酬額：＿\n\n前文/);
    assert.deepEqual(fixTitles(found), ["「月額報酬」に直す", "「条件」に「月額報酬額：＿」を追加する"]);
  });

  it("creates a 条件 block when there is none", () => {
    const source = "当事者 甲（委託者）\n  会社名：A\n  所在地：B\n  代表者：C\n\n前文\n{⟦保存期間⟧}\n";
    const [found] = assertOnly(source, id);
    assert.equal(fixTitles(found).length, 1);
    assert.equal(
      applyFix(marked(source).text, found),
      "当事者 甲（委託者）\n  会社名：A\n  所在地：B\n  代表者：C\n\n条件\n  保存期間：＿\n\n前文\n{保存期間}\n",
    );
  });

  it("accepts values, parties and party fields", () => {
    assertNone(sample(FILLED_PATH), id);
    assertNone(
      "条件\n  期間：1年\n\n当事者 甲\n  会社名：A\n  所在地：B\n  代表者：C\n\n前文\n{期間}{甲}\n",
      id,
    );
  });
});

describe("ref.unknown-field", () => {
  const id = "ref.unknown-field";
  const PARTY =
    "当事者 甲（委託者）\n  会社名：A\n  所在地：B\n  代表者：C\n\n当事者 乙\n  会社名：D\n  所在地：E\n  代表者：F\n\n";
  const TERMS = "条件\n  月額報酬：300,000円（消費税別）\n  期間：1年\n\n";

  const cases: [string, string][] = [
    ["a field the party does not have", "{甲.⟦電話⟧}"],
    ["a party that is not declared", "{⟦丙⟧.会社名}"],
    ["役割 of a party without a role", "{乙.⟦役割⟧}"],
    ["an accessor other than 金額 on money", "{月額報酬.⟦税込⟧}"],
    ["any accessor on another value", "{期間.⟦月数⟧}"],
    ["a path too deep", "{甲.会社名.⟦読み⟧}"],
  ];
  for (const [name, reference] of cases) {
    it(`reports ${name}`, () => {
      assertOnly(`${PARTY}${TERMS}前文\n{月額報酬}{期間}${reference}\n`, id);
    });
  }

  it("suggests a field and offers to add it to the party", () => {
    const source = `${PARTY}${TERMS}前文\n{月額報酬}{期間}{甲.⟦会社明⟧}\n`;
    const [found] = assertOnly(source, id);
    assert.match(
      found?.message ?? "",
      /甲（委託者）には「会社明」がありません（使える項目：会社名・所在地・代表者・役割）。「会社名」の書き間違い/,
    );
    const text = marked(source).text;
    assert.match(applyFix(text, found, 0), /\{甲\.会社名\}/);
    assert.match(applyFix(text, found, 1), /代表者：C\n {2}会社明：＿\n\n当事者 乙/);
  });

  it("accepts standard fields left out, written fields, 役割, 金額 and a blank fee's 金額", () => {
    assertNone(
      "当事者 甲（委託者）\n  会社名：A\n  電話：03\n\n条件\n  月額報酬：＿円\n\n前文\n{甲.代表者}{甲.電話}{甲.役割}{月額報酬.金額}\n",
      id,
    );
  });
});

describe("value.unused", () => {
  const id = "value.unused";

  it("hints at a value no reference uses, tagged unnecessary, with a fix that deletes its line", () => {
    const source = "条件\n  月額報酬：300,000円\n  ⟦予備費⟧：50,000円\n\n前文\n{月額報酬}\n";
    const [found] = assertOnly(source, id);
    assert.equal(found?.severity, "hint");
    assert.deepEqual(found?.tags, ["unnecessary"]);
    assert.match(found?.message ?? "", /「予備費」はどこからも参照されていない/);
    assert.equal(applyFix(marked(source).text, found), "条件\n  月額報酬：300,000円\n\n前文\n{月額報酬}\n");
  });

  it("deletes the last line of a file without a final line break cleanly", () => {
    const source = "前文\nあ\n\n条件\n  ⟦予備費⟧：50,000円";
    const [found] = assertOnly(source, id);
    assert.equal(applyFix(marked(source).text, found), "前文\nあ\n\n条件");
  });

  it("keeps CRLF line breaks whole when deleting and adding lines", () => {
    const source = "条件\r\n  ⟦予備費⟧：50,000円\r\n  期間：1年\r\n\r\n前文\r\n{期間}{⟦期限⟧}\r\n";
    const found = check(marked(source).text);
    const text = marked(source).text;
    const unused = found.find((d) => d.id === id);
    assert.equal(applyFix(text, unused), "条件\r\n  期間：1年\r\n\r\n前文\r\n{期間}{期限}\r\n");
    const undefinedValue = found.find((d) => d.id === "ref.undefined-value");
    assert.match(applyFix(text, undefinedValue, 1), /\r\n {2}期間：1年\r\n {2}期限：＿\r\n\r\n前文/);
  });

  it("counts {名前.金額} as a use, and the template uses every value", () => {
    assertNone("条件\n  月額報酬：300,000円\n\n前文\n{月額報酬.金額}\n", id);
    assertNone(sample(TEMPLATE_PATH), id);
  });
});

describe("value.duplicate", () => {
  const id = "value.duplicate";

  it("reports a value of 条件 defined twice, the later one, with the first as related", () => {
    const source = "条件\n  月額報酬：300,000円\n  ⟦月額報酬⟧：350,000円\n\n前文\n{月額報酬}\n";
    const [found] = assertOnly(source, id);
    assert.match(
      found?.message ?? "",
      /「条件」に「月額報酬」が二度書かれています（最初の「300,000円」が使われます）/,
    );
    assert.equal(found?.related?.[0]?.message, "最初の「月額報酬」はここです。");
    assert.equal(applyFix(marked(source).text, found), "条件\n  月額報酬：300,000円\n\n前文\n{月額報酬}\n");
  });

  it("reports a party field written twice", () => {
    const source = "当事者 甲\n  会社名：A\n  所在地：B\n  代表者：C\n  ⟦会社名⟧：A\n";
    const [found] = assertOnly(source, id);
    assert.match(found?.message ?? "", /当事者 甲に「会社名」が二度書かれています（値も同じです）/);
    assert.equal(applyFix(marked(source).text, found), "当事者 甲\n  会社名：A\n  所在地：B\n  代表者：C\n");
  });

  it("reports a party declared twice, with a fix that deletes the second block", () => {
    const party = "  会社名：A\n  所在地：B\n  代表者：C\n\n";
    const source = `当事者 甲\n${party}当事者 ⟦甲⟧\n${party}前文\nあ\n`;
    const [found] = assertOnly(source, id);
    assert.match(found?.message ?? "", /当事者「甲」が二度書かれています/);
    assert.equal(applyFix(marked(source).text, found), `当事者 甲\n${party}前文\nあ\n`);
  });

  it("is quiet on distinct names, and the same field in two parties", () => {
    assertNone("当事者 甲\n  会社名：A\n\n当事者 乙\n  会社名：B\n\n条件\n  a：1\n  b：2\n", id);
  });
});

describe("the reference checks on the samples", () => {
  it("report nothing above a hint on the template and the filled sample", () => {
    for (const text of [sample(TEMPLATE_PATH), sample(FILLED_PATH)]) {
      const mine = check(text).filter((d) => /^(ref|value\.(unused|duplicate)|structure)\./.test(d.id));
      assert.deepEqual(mine, []);
    }
  });
});

describe("ref.heading-mismatch", () => {
  const id = "ref.heading-mismatch";
  const articles =
    "第1条（契約解除）\n甲は、乙が第X条に違反したときは解除できる。\n\n第2条（反社会的勢力の排除）\n乙は反社会的勢力でない。\n\n第3条（合意管轄）\n東京地方裁判所とする。\n";
  const source = (reference: string) => articles.replace("第X条", reference);

  it("reports a number whose quoted heading is another article's, with a fix to that number", () => {
    const bad = source("⟦第1条（反社会的勢力の排除）⟧");
    const [found] = assertOnly(bad, id);
    assert.match(found?.message ?? "", /第1条（契約解除）です。「反社会的勢力の排除」は第2条です/);
    assert.deepEqual(
      found?.related?.map((r) => r.message),
      ["第1条（契約解除）はここです。", "第2条（反社会的勢力の排除）はここです。"],
    );
    assert.match(applyFix(bad, found), /乙が第2条（反社会的勢力の排除）に違反/);
  });

  it("compares headings regardless of width and spacing, and reads kanji numbers", () => {
    assertNone(source("第2条(反社会的勢力の排除)"), id);
    assertOnly(source("⟦第三条（反社会的勢力の排除）⟧"), id);
  });

  it("leaves notes in brackets, statutes and missing articles to other checks", () => {
    assertNone(source("第2条（第2項を除く。）"), id);
    assertNone(source("民法第1条（反社会的勢力の排除）"), id);
    assertNone(source("第2条（反社会的勢力の排除）"), id);
  });

  it("reports each stale reference of an enumeration", () => {
    assertOnly(source("⟦第3条（反社会的勢力の排除）⟧及び⟦第2条（合意管轄）⟧"), id);
  });
});

describe("references by heading: {第条:見出し}", () => {
  const service = createContractService();
  const articles = (body: string) => `第1条（秘密保持）\n乙は秘密を守る。\n\n第2条（契約解除）\n${body}\n`;

  it("renders as the article's current number, also after an insertion, in text and HTML", () => {
    const source = articles("乙が{第条:秘密保持}又は{第条：秘密保持}に違反したときは解除できる。");
    const text = service.render(service.analyze(source), "text");
    assert.match(text, /乙が第1条又は第1条に違反したときは解除できる。/);
    const inserted = `第1条（目的）\n委託する。\n\n${source.replace("第1条（秘密保持）", "第2条（秘密保持）").replace("第2条（契約解除）", "第3条（契約解除）")}`;
    assert.match(service.render(service.analyze(inserted), "text"), /乙が第2条又は第2条に違反/);
    assert.match(service.render(service.analyze(inserted), "html"), /乙が<[^>]+>第2条</);
    assertNone(source, "ref.undefined-value");
    assertNone(source, "ref.unknown-article-label");
  });

  it("shows the article on hover and goes to its heading", () => {
    const source = articles("乙が{第条:秘密保持}に違反したときは解除できる。");
    const analysis = service.analyze(source);
    const offset = source.indexOf("{第条") + 2;
    assert.match(service.hover(analysis, offset)?.contents ?? "", /第1条（秘密保持）\n乙は秘密を守る。/);
    assert.equal(service.definition(analysis, offset)?.start, 0);
  });

  it("reports an unknown heading with the nearest one as a fix, and a heading two articles share", () => {
    const bad = articles("乙が{⟦第条:機密保持⟧}に違反したときは解除できる。");
    const [found] = assertOnly(bad, "ref.unknown-article-label");
    assert.match(found?.message ?? "", /見出しが「機密保持」の条はありません。「秘密保持」のことなら/);
    assert.match(applyFix(bad, found), /乙が\{第条:秘密保持\}に違反/);
    const twice = `${articles("{⟦第条:秘密保持⟧}による。")}\n第3条（秘密保持）\n重ねて守る。\n`;
    const [ambiguous] = assertOnly(twice, "ref.unknown-article-label");
    assert.match(ambiguous?.message ?? "", /見出しが「秘密保持」の条が2つあり/);
    assert.equal(ambiguous?.related?.length, 2);
  });
});
