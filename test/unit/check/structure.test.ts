import assert from "node:assert/strict";
import { createContractService } from "../../../server/src/language";
import { assertAddedOnly, assertNone, assertOnly, check, filled, applyFix } from "../../helpers/check";
import { marked } from "../../helpers/marked-source";

const TITLE = "契約書「業務委託契約書」\n\n";

describe("structure.article-numbering", () => {
  const id = "structure.article-numbering";

  it("reports a gap at the heading's number, with a fix that renumbers articles and references", () => {
    const source =
      TITLE +
      "前文\n甲は第4条、第四条、第４条第2項及び第2条ないし第4条を確認し、民法第4条、第5条に従う。\n\n" +
      "第1条（目的）\n甲は乙に業務を委託する。\n\n第2条（報酬）\n甲は乙に報酬を支払う。\n\n" +
      "第⟦4⟧条（業務）\n1．乙は業務を行う。\n2．乙は報告する。\n";
    const [gap] = assertOnly(source, id);
    assert.match(gap?.message ?? "", /第2条の次が第4条になっています（第3条が抜けています）/);
    const fixed = applyFix(marked(source).text, gap);
    assert.match(
      fixed,
      /甲は第3条、第三条、第３条第2項及び第2条ないし第3条を確認し、民法第4条、第5条に従う。/,
    );
    assert.match(fixed, /\n第3条（業務）\n/);
    assert.deepEqual(
      check(fixed).filter((d) => d.severity !== "hint" && d.id !== "structure.unknown-contract-type"),
      [],
    );
  });

  it("reports a duplicate with the first one as related, and an article out of order", () => {
    const [duplicate] = assertOnly(
      `${TITLE}第1条（目的）\nあ\n\n第2条（報酬）\nい\n\n第⟦2⟧条（支払）\nう\n\n第3条（期間）\nえ\n`,
      id,
    );
    assert.match(duplicate?.message ?? "", /第2条が二つあります/);
    assert.equal(duplicate?.related?.[0]?.message, "最初の第2条はここです。");
    const [order] = assertOnly(`${TITLE}第1条（目的）\nあ\n\n第3条（報酬）\nい\n\n第⟦2⟧条（支払）\nう\n`, id);
    assert.match(order?.message ?? "", /第2条が第3条の後にあります/);
    const fixed = applyFix(
      marked(`${TITLE}第1条（目的）\nあ\n\n第3条（報酬）\nい\n\n第2条（支払）\nう\n`).text,
      order,
    );
    assert.match(fixed, /第2条（報酬）[^]*第3条（支払）/u);
  });

  it("offers a second fix that writes the references by heading, so they cannot go stale again", () => {
    const source =
      TITLE +
      "前文\n甲は第4条（業務）、第4条第2項及び民法第4条に従う。\n\n" +
      "第1条（目的）\n甲は乙に業務を委託する。\n\n第2条（報酬）\n甲は乙に報酬を支払う。\n\n" +
      "第⟦4⟧条（業務）\n1．乙は業務を行う。\n2．乙は報告する。\n";
    const [gap] = assertOnly(source, id);
    assert.match(gap?.data?.fixes[1]?.title ?? "", /見出しによる参照「\{第条:見出し\}」に変える/);
    const fixed = applyFix(marked(source).text, gap, 1);
    assert.match(fixed, /甲は\{第条:業務\}（業務）、\{第条:業務\}第2項及び民法第4条に従う。/);
    assert.match(fixed, /\n第3条（業務）\n/);
    assert.deepEqual(
      check(fixed).filter((d) => d.severity !== "hint" && d.id !== "structure.unknown-contract-type"),
      [],
    );
    const rendered = createContractService().render(createContractService().analyze(fixed), "text");
    assert.match(rendered, /甲は第3条（業務）、第3条第2項及び民法第4条に従う。/);
  });

  it("gives every offending heading the same renumber-all fix", () => {
    const found = assertOnly(
      `${TITLE}第⟦2⟧条（目的）\nあ\n\n第⟦2⟧条（報酬）\nい\n\n第⟦5⟧条（期間）\nう\n`,
      id,
    );
    assert.match(found[0]?.message ?? "", /最初の条が第2条になっています（第1条がありません）/);
    assert.deepEqual(found[1]?.data, found[0]?.data);
    assert.deepEqual(found[2]?.data, found[0]?.data);
  });

  it("lets an excerpt without a title start anywhere, and is quiet on 1, 2, 3", () => {
    assertNone("第7条（報酬）\n甲は乙に報酬を支払う。\n\n第8条（支払方法）\n翌月末日に支払う。\n", id);
    assertNone(`${TITLE}第1条（目的）\nあ\n\n第二条（報酬）\nい\n\n第３条（期間）\nう\n`, id);
  });
});

describe("structure.paragraph-numbering", () => {
  const id = "structure.paragraph-numbering";

  it("reports a gap, and renumbers the paragraphs and the references that named them", () => {
    const source =
      "第1条（障害対応）\n1．乙は対応する。\n⟦3⟧．乙は復旧を保証しない。\n4．第3項の場合も同様とする。\n\n" +
      "第2条（免責）\n第1条第4項により、民法第1条第3項は適用しない。\n";
    const [gap] = assertOnly(source, id);
    assert.match(
      gap?.message ?? "",
      /第1条の項番号：「1．」の次が「3．」になっています（「2．」が抜けています）/,
    );
    const fixed = applyFix(marked(source).text, gap);
    assert.match(fixed, /1．乙は対応する。\n2．乙は復旧を保証しない。\n3．第2項の場合も同様とする。/);
    assert.match(fixed, /第1条第3項により、民法第1条第3項は適用しない。/);
  });

  it("reports a duplicate with related, and leaves references to an ambiguous number alone", () => {
    const source = "第1条（障害対応）\n1．あ\n2．い\n⟦2⟧．う\n\n第2条（免責）\n第1条第2項は適用しない。\n";
    const [duplicate] = assertOnly(source, id);
    assert.equal(duplicate?.related?.[0]?.message, "最初の「2．」はここです。");
    const fixed = applyFix(marked(source).text, duplicate);
    assert.match(fixed, /1．あ\n2．い\n3．う/);
    assert.match(fixed, /第1条第2項は適用しない。/);
  });

  it("accepts the statute style (an unnumbered first paragraph, then 2．) and plain 1．2．", () => {
    assertNone("第1条（協力）\n甲は協力する。\n2．乙は報告する。\n3．丙は確認する。\n", id);
    assertNone("第1条（協力）\n1．甲は協力する。\nただし書。\n2．乙は報告する。\n", id);
  });
});

describe("structure.item-numbering", () => {
  const id = "structure.item-numbering";

  it("reports a gap in the items of a paragraph and renumbers them in the written style", () => {
    const source = "第1条（業務）\n乙は次の業務を行う。\n（一）監視\n（二）保守\n（⟦四⟧）報告\n";
    const [gap] = assertOnly(source, id);
    assert.match(gap?.message ?? "", /（2）の次が（4）になっています（（3）が抜けています）/);
    assert.match(applyFix(marked(source).text, gap), /（一）監視\n（二）保守\n（三）報告/);
  });

  it("reports a duplicate item with related", () => {
    const [duplicate] = assertOnly("第1条（業務）\n乙は次を行う。\n（1）あ\n（2）い\n（⟦2⟧）う\n", id);
    assert.equal(duplicate?.related?.[0]?.message, "最初の（2）はここです。");
  });

  it("starts again under each numbered paragraph, and keeps a list going over a note line", () => {
    assertNone("第1条（業務）\n1．次を行う。\n（1）あ\n（2）い\n2．次を行わない。\n（1）う\n", id);
    assertNone("第1条（業務）\n次を行う。\n（1）あ\n注記の行\n（2）い\n", id);
  });
});

describe("structure.missing-article and structure.missing-essential-article", () => {
  it("notes a standard article missing, at the title, with a fix that appends its skeleton", () => {
    const source = filled((t) =>
      t
        .replace("契約書「サーバー管理契約書」", "契約書「⟦サーバー管理契約書⟧」")
        .replace("第16条（知的財産権）", "第16条（成果物）"),
    );
    const [missing] = assertAddedOnly(source, "structure.missing-article");
    assert.equal(missing?.severity, "information");
    assert.match(missing?.message ?? "", /「知的財産権」の条がありません。.*第15条（個人情報保護）の次/);
    const fixed = applyFix(marked(source).text, missing);
    assert.match(
      fixed,
      /専属的合意管轄裁判所とする。\n\n第26条（知的財産権）\n本契約の履行に関連して乙が作成した成果物の知的財産権は、別段の定めがない限り乙に帰属する。\n\n後文\n/,
    );
  });

  it("warns when an essential article is missing", () => {
    const source = filled((t) =>
      t
        .replace("契約書「サーバー管理契約書」", "契約書「⟦サーバー管理契約書⟧」")
        .replace(
          "第22条（反社会的勢力の排除）\n甲及び乙は、自ら及び役員等が反社会的勢力に該当しないことを表明保証する。",
          "第22条（表明保証）\n甲及び乙は、自らが適法に設立された法人であることを表明保証する。",
        ),
    );
    const [missing] = assertAddedOnly(source, "structure.missing-essential-article");
    assert.equal(missing?.severity, "warning");
    assert.match(missing?.message ?? "", /「反社会的勢力の排除」の条がありません。この条がないと/);
    assert.match(applyFix(marked(source).text, missing), /\n\n第26条（反社会的勢力の排除）\n甲及び乙は/);
  });

  it("recognises an essential article by its topic, whatever the heading", () => {
    const renamed = filled((t) =>
      t
        .replace("第14条（秘密保持）", "第14条（機密保持義務）")
        .replace("第18条（損害賠償）", "第18条（損害賠償責任）")
        .replace("第20条（契約期間）", "第20条（契約期間及び更新）")
        .replace("第22条（反社会的勢力の排除）", "第22条（反社会的勢力の排除条項）")
        .replace("第25条（合意管轄）", "第25条（管轄裁判所）"),
    );
    assertNone(renamed, "structure.missing-essential-article");
    assertNone(renamed, "structure.missing-article");
  });

  it("holds any contract between companies to the business essentials, whatever its title", () => {
    const retitled = (t: string) =>
      t.replace("契約書「サーバー管理契約書」", "契約書「⟦ITインフラ運用保守業務委託契約書⟧」");
    assertNone(filled(retitled), "structure.missing-essential-article");
    assertNone(filled(retitled), "structure.missing-article");
    const source = filled((t) =>
      retitled(t).replace(
        "第22条（反社会的勢力の排除）\n甲及び乙は、自ら及び役員等が反社会的勢力に該当しないことを表明保証する。",
        "第22条（表明保証）\n甲及び乙は、自らが適法に設立された法人であることを表明保証する。",
      ),
    );
    const [missing] = assertAddedOnly(source, "structure.missing-essential-article");
    assert.match(
      missing?.message ?? "",
      /「反社会的勢力の排除」の条がありません。.*事業者間の契約書には通常置かれる条です。/,
    );
    // Articles specific to a service contract stay with it: no 報酬 or 契約期間 demanded here.
    const noFee = filled((t) => retitled(t).replace("第7条（報酬）", "第7条（対象）"));
    assertNone(noFee, "structure.missing-essential-article");
  });

  it("accepts an alias heading, and checks nothing when the contract type is not recognised", () => {
    assertNone(
      filled((t) => t.replace("第14条（秘密保持）", "第14条（秘密情報）")),
      "structure.missing-essential-article",
    );
    assertNone(`${TITLE}第1条（目的）\n甲は乙に業務を委託する。\n`, "structure.missing-essential-article");
    assertNone(`${TITLE}第1条（目的）\n甲は乙に業務を委託する。\n`, "structure.missing-article");
  });
});
