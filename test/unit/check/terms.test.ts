import assert from "node:assert/strict";
import { assertNone, assertOnly, check, applyFix } from "../../helpers/check";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { marked } from "../../helpers/marked-source";

const DEFINED = "前文\nサーバー管理契約（以下「本契約」という。）を締結する。\n";

describe("term.undefined", () => {
  it("reports the first use of an undefined 本-term and counts its uses", () => {
    const [finding] = assertOnly(
      "前文\n甲は乙に⟦本件業務⟧を委託し、乙は本件業務を行う。\n第1条（目的）\n本件業務の範囲は次のとおり。\n",
      "term.undefined",
    );
    assert.match(finding?.message ?? "", /「本件業務」は定義されていません（本文で3か所使われています/);
    assert.match(finding?.message ?? "", /（以下「本件業務」という。）/);
    assert.equal(finding?.data, undefined, "no fix: the definition is for the drafter");
  });

  const undefinedTerms = ["本契約", "本業務", "本サービス", "本システム", "本件契約", "本規約", "本件"];
  for (const term of undefinedTerms) {
    it(`reports ${term} when it is not defined`, () => {
      assertOnly(`前文\n乙は⟦${term}⟧に従う。\n`, "term.undefined");
    });
  }

  it("is quiet for ordinary 本-words and for 本 inside a longer word", () => {
    assertNone(
      "前文\n本書2通を作成し、本店所在地の本社で本人が署名する。基本契約及び資本業務提携に基づく本件取引とする。本契約書は有効とする。\n",
      "term.undefined",
    );
  });

  it("is quiet once the term is defined, in any of the definition forms", () => {
    const forms = [
      "（以下「本件業務」という。）",
      "(以下「本件業務」という。)",
      "（以下単に「本件業務」という。）",
      "（以下「本件業務」と総称する。）",
    ];
    for (const form of forms) {
      assertNone(`前文\nサーバーの管理業務${form}を委託する。\n本件業務は乙が行う。\n`, "term.undefined");
      assertNone(`前文\nサーバーの管理業務${form}を委託する。\n本件業務は乙が行う。\n`, "term.unused");
    }
  });

  it("does not read a word inside a {reference}", () => {
    assertNone("条件\n  本件：1件\n前文\n{本件}を委託する。\n", "term.undefined");
  });
});

describe("term.unused", () => {
  it("reports a definition never used after it, tagged unnecessary, with a fix that removes it", () => {
    const source = "前文\nサーバー管理契約（以下「⟦本契約⟧」という。）を締結する。\n";
    const [finding] = assertOnly(source, "term.unused");
    assert.deepEqual(finding?.tags, ["unnecessary"]);
    assert.match(finding?.message ?? "", /「本契約」は定義されていますが、この後で一度も使われていません/);
    assert.equal(applyFix(source, finding), "前文\nサーバー管理契約を締結する。\n");
  });

  it("says to move a definition that comes after every use, and offers no removal", () => {
    const [finding] = assertOnly(
      "前文\n本契約は甲乙間で締結される。\nサーバー管理契約（以下「⟦本契約⟧」という。）を締結する。\n",
      "term.unused",
    );
    assert.match(
      finding?.message ?? "",
      /定義より前でしか使われていません。定義を最初に使う箇所へ移してください/,
    );
    assert.equal(finding?.data, undefined);
  });

  it("offers no removal that would turn its line into a heading", () => {
    // 「第1条（（以下「本件」という。）」 is prose; without the definition it would be 「第1条（」, a heading.
    const found = check("前文\nx\n\n第1条（（以下「本件」という。）\n乙は業務を行う。\n").filter(
      (d) => d.id === "term.unused",
    );
    assert.equal(found.length, 1);
    assert.equal(found[0]?.data, undefined);
  });

  it("is quiet when the term is used after its definition", () => {
    assertNone(`${DEFINED}第1条（目的）\n本契約の目的は次のとおり。\n`, "term.unused");
  });
});

describe("term.variant", () => {
  it("reports each variant with the definition as related, and fixes it to the defined term", () => {
    const source = `${DEFINED}第1条（目的）\n⟦本件契約⟧の目的は、本契約に定める。\n⟦本件契約⟧は有効とする。\n`;
    const findings = assertOnly(source, "term.variant");
    const first = findings[0];
    assert.match(first?.message ?? "", /「本件契約」は定義された用語「本契約」と書き方が違います/);
    const { text } = marked(source);
    const related = first?.related?.[0];
    assert.equal(related === undefined ? "" : text.slice(related.span.start, related.span.end), "本契約");
    assert.equal(
      applyFix(source, first),
      `${DEFINED}第1条（目的）\n本契約の目的は、本契約に定める。\n本件契約は有効とする。\n`,
    );
  });

  it("reports 本業務 against a defined 本件業務, and 本件サービス against 本サービス", () => {
    assertOnly(
      "前文\n管理業務（以下「本件業務」という。）を委託する。\n⟦本業務⟧及び本件業務を行う。\n",
      "term.variant",
    );
    assertOnly(
      "前文\nサービス（以下「本サービス」という。）を提供する。\n⟦本件サービス⟧及び本サービスとする。\n",
      "term.variant",
    );
  });

  it("derives variants from the definition's shape: a qualifier slipped in or left out", () => {
    assertOnly(
      "前文\n管理業務（以下「本件業務」という。）を委託する。\n⟦本件委託業務⟧、⟦本委託業務⟧及び本件業務を行う。\n",
      "term.variant",
    );
    assertOnly(
      "前文\n管理業務（以下「本件委託業務」という。）を委託する。\n⟦本件業務⟧及び本件委託業務を行う。\n",
      "term.variant",
    );
    assertOnly(
      "前文\nサービス（以下「本サービス」という。）を提供する。\n⟦本件対象サービス⟧及び本サービスとする。\n",
      "term.variant",
    );
  });

  it("does not take another word for a variant", () => {
    assertOnly(
      "前文\n管理業務（以下「本件業務」という。）を委託する。\n本件業務は資本業務提携と関係しない。\n",
      "term.variant",
    );
  });

  it("reports ・ and spacing variants", () => {
    const source =
      "前文\n次の業務（以下「保守・運用業務」という。）を委託する。\n⟦保守運用業務⟧、⟦保守 運用業務⟧及び保守・運用業務とする。\n";
    const findings = assertOnly(source, "term.variant");
    assert.match(applyFix(source, findings[1]), /、保守・運用業務及び保守・運用業務とする/);
  });

  it("is quiet for a longer word that merely contains the term, and for two defined terms", () => {
    assertNone(`${DEFINED}本契約は基本契約に優先する。\n`, "term.variant");
    assertNone(
      "前文\n基本契約（以下「本契約」という。）及び個別契約（以下「本件契約」という。）とする。\n本契約と本件契約。\n",
      "term.variant",
    );
  });
});

describe("terms on the samples", () => {
  it("reports nothing on the template or the filled sample (本契約 is defined in 前文)", () => {
    for (const path of [TEMPLATE_PATH, FILLED_PATH]) {
      const found = check(sample(path)).filter((d) => d.id.startsWith("term."));
      assert.deepEqual(found, [], path);
    }
  });
});
