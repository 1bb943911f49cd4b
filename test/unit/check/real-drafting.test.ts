/**
 * The checks on the constructs real contracts use: branch articles are referable and counted,
 * chapters do not restart the count, kanji headings and arabic references agree, annexes are
 * referable and satisfy blank.undecided, and a missing annex is ref.unknown-annex.
 */
import assert from "node:assert/strict";
import { applyFix, assertOnly, check } from "../../helpers/check";
import { sample } from "../../helpers/fixtures";
import { marked } from "../../helpers/marked-source";

const TITLE = "契約書「業務委託契約書」\n\n";
const ids = (text: string) => check(text).map((d) => d.id);

/** What these constructs could set off: syntax, references, numbering, blank.undecided. */
const WATCHED = /^(?:syntax\.|ref\.|structure\.article-numbering|blank\.undecided)/u;

function assertNone(text: string): void {
  const found = check(text).filter((d) => WATCHED.test(d.id));
  assert.deepEqual(
    found.map((d) => `${d.id} ${text.slice(d.span.start, d.span.end)}`),
    [],
  );
}

describe("branch articles in references and numbering", () => {
  const source =
    TITLE +
    "第1条（目的）\n第1条の2、第1条の2第2項、第一条の二及び第2条を参照する。\n\n" +
    "第1条の2（定義）\n1．定義する。\n2．解釈する。\n\n第2条（報酬）\n支払う。\n";

  it("resolves 第1条の2 and 第1条の2第2項 to the branch article, and counts 第1条, 第1条の2, 第2条 as in order", () => {
    assertNone(source);
  });

  it("reports a reference to a branch article that does not exist, and a paragraph it does not have", () => {
    const text = `${TITLE}第1条（目的）\n⟦第1条の3⟧及び第1条の2⟦第5項⟧を参照する。\n\n第1条の2（定義）\n定義する。\n\n第2条（報酬）\n支払う。\n`;
    const { text: plain, ranges } = marked(text);
    const found = check(plain).filter((d) => d.id.startsWith("ref."));
    assert.deepEqual(
      found.map((d) => [d.id, d.span]),
      [
        ["ref.unknown-article", ranges[0]],
        ["ref.unknown-paragraph", ranges[1]],
      ],
    );
  });

  it("reports 第1条の3 without 第1条の2 as a gap, and a branch away from its article", () => {
    const [gap] = assertOnly(
      `${TITLE}第1条（目的）\nあ\n\n第⟦1条の3⟧（定義）\nい\n\n第2条（報酬）\nう\n`,
      "structure.article-numbering",
    );
    assert.match(gap?.message ?? "", /第1条の3の前に第1条の2がありません/);
    const [misplaced] = assertOnly(
      `${TITLE}第1条（目的）\nあ\n\n第2条（報酬）\nう\n\n第⟦1条の2⟧（定義）\nい\n`,
      "structure.article-numbering",
    );
    assert.match(misplaced?.message ?? "", /第1条の2が第2条の後にあります/);
  });

  it("renumbers branch articles with their article, and the references to them", () => {
    const text = `${TITLE}第1条（目的）\n第3条の2及び第3条を参照する。\n\n第3条（報酬）\nう\n\n第3条の2（支払）\nえ\n`;
    const [gap] = check(text).filter((d) => d.id === "structure.article-numbering");
    const fixed = applyFix(text, gap);
    assert.match(fixed, /第2条の2及び第2条を参照する。/);
    assert.match(fixed, /\n第2条（報酬）\n/);
    assert.match(fixed, /\n第2条の2（支払）\n/);
    assert.deepEqual(
      ids(fixed).filter(
        (id) =>
          (id.startsWith("structure.") || id.startsWith("ref.")) && id !== "structure.unknown-contract-type",
      ),
      [],
    );
  });
});

describe("chapters and kanji headings", () => {
  it("counts article numbers through chapters and sections", () => {
    assertNone(
      `${TITLE}第1章（総則）\n第1条（目的）\nあ\n\n第2章\u3000業務\n第1節（運用）\n第2条（運用）\n第1条を参照する。\n`,
    );
  });

  it("reports a chapter that restarts the count once, not each article after it", () => {
    assertOnly(
      `${TITLE}第1章（総則）\n第1条（目的）\nあ\n\n第2条（定義）\nい\n\n第3条（範囲）\nう\n\n` +
        `第2章（業務）\n第⟦1⟧条（運用）\nえ\n\n第2条（保守）\nお\n\n第3条（報告）\nか\n`,
      "structure.article-numbering",
    );
  });

  it("resolves arabic references to kanji headings and kanji references to arabic headings", () => {
    assertNone(`${TITLE}第一条（目的）\n第2条第1項を参照する。\n\n第二条（報酬）\n第1条を参照する。\n`);
    assertNone(`${TITLE}第1条（目的）\n第二条を参照する。\n\n第2条（報酬）\n第一条を参照する。\n`);
  });
});

describe("annexes in references", () => {
  const annexes = "\n署名欄\n\n別紙1（仕様書）\n対象サーバー：3台\n\n別紙2（料金表）\n月額30万円\n";

  it("resolves 別紙1, 別紙「仕様書」 and 別紙仕様書 to attached annexes: nothing left undecided", () => {
    assertNone(`${TITLE}第1条（目的）\n別紙1、別紙「仕様書」、別紙料金表及び別紙２に定める。\n${annexes}`);
  });

  it("reports blank.undecided for 別紙 when no annex is attached", () => {
    assert.ok(ids(`${TITLE}第1条（目的）\n別紙仕様書に定める。\n`).includes("blank.undecided"));
  });

  it("reports ref.unknown-annex for an annex by number or title that is not attached", () => {
    assertOnly(
      `${TITLE}第1条（目的）\n⟦別紙3⟧、⟦別紙「保守規程」⟧、⟦別紙体制図⟧及び別紙記載のとおりとする。\n${annexes}`,
      "ref.unknown-annex",
    );
  });

  it("lets a contract with one unnumbered annex call it 別紙 or 別紙1", () => {
    assertNone(
      `${TITLE}第1条（目的）\n別紙のとおり、別紙1に定める。\n\n署名欄\n\n別紙（仕様書）\n対象：3台\n`,
    );
  });
});

describe("samples/chapters-and-annexes.contract", () => {
  it("uses chapters, a branch article, a kanji heading and an annex, and has no warning or error", () => {
    const text = sample("samples/chapters-and-annexes.contract");
    for (const construct of [
      "第1章（総則）",
      "第15条の2（監査）",
      "第十四条（秘密保持）",
      "\n別紙1（仕様書）\n",
    ]) {
      assert.ok(text.includes(construct), construct);
    }
    assert.deepEqual(
      check(text)
        .filter((d) => d.severity === "error" || d.severity === "warning")
        .map((d) => `${d.id}: ${d.message}`),
      [],
    );
  });
});
