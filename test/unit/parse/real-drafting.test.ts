/**
 * The constructs real contracts use beyond the reference contract: branch articles (第15条の2),
 * chapters and sections (第1章・第1節), annexes (別紙), headings only alone on their line, and
 * the recovery from a mistyped party header or text where no block can hold it.
 */
import assert from "node:assert/strict";
import type { AnnexBlock, Article, ChapterBlock } from "../../../server/src/language/ast";
import { parse } from "../../../server/src/language/parse";
import { blocksOf } from "../../helpers/blocks";
import { marked } from "../../helpers/marked-source";

const label = (a: Article) =>
  `${a.heading.number.value ?? "?"}${a.heading.branch === null ? "" : `-${a.heading.branch.value ?? "?"}`}`;

describe("parse: branch articles 第N条の2", () => {
  it("reads 第15条の2 and 第十五条の三 as articles of their own, after 第15条", () => {
    const { document, problems } = parse(
      "第15条（個人情報）\n守る。\n第15条の2（監査）\n1．甲は監査できる。\n第十五条の三（報告）\n報告する。\n第16条（協議）\n協議する。\n",
    );
    assert.deepEqual(problems, []);
    const articles = blocksOf(document, "article");
    assert.deepEqual(articles.map(label), ["15", "15-2", "15-3", "16"]);
    assert.equal(articles[1]?.heading.title, "監査");
    assert.equal(articles[2]?.heading.branch?.text, "三");
    assert.equal(articles[0]?.body.length, 1, "never merged into 第15条");
  });

  it("gives the branch number its own span, for renumbering", () => {
    const m = marked("第⟦15⟧条の⟦2⟧（監査）\n");
    const [article] = blocksOf(parse(m.text).document, "article");
    assert.deepEqual([article?.heading.number.span, article?.heading.branch?.span], m.ranges);
  });
});

describe("parse: chapters and sections", () => {
  it("reads 第1章（総則）, 第2章　業務 and 第1節（…） as chapter blocks between the articles", () => {
    const { document, problems } = parse(
      "第1章（総則）\n第1条（目的）\n目的。\n第2章　業務\n第1節（運用）\n第2条（運用）\n運用。\n",
    );
    assert.deepEqual(problems, []);
    const chapters = blocksOf(document, "chapter");
    assert.deepEqual(
      chapters.map((c: ChapterBlock) => [c.level, c.number.value, c.title, c.heading]),
      [
        ["chapter", 1, "総則", "第1章（総則）"],
        ["chapter", 2, "業務", "第2章　業務"],
        ["section", 1, "運用", "第1節（運用）"],
      ],
    );
    assert.deepEqual(blocksOf(document, "article").map(label), ["1", "2"]);
  });

  it("keeps a line under a chapter heading and reports it once", () => {
    const { document, problems } = parse(
      "第1章（総則）\n本章は総則を定める。\n二行目。\n第1条（目的）\n目的。\n",
    );
    assert.deepEqual(
      problems.map((p) => p.id),
      ["syntax.stray-line"],
    );
    assert.deepEqual(
      blocksOf(document, "chapter")[0]?.entries.map((e) => e.kind),
      ["stray", "stray"],
    );
  });
});

describe("parse: annexes 別紙", () => {
  it("reads 別紙1（仕様書）, 別紙（料金表） and 別紙 2 after 署名欄, with prose bodies", () => {
    const { document, problems } = parse(
      "第1条（目的）\n目的。\n署名欄\n  甲\n別紙1（仕様書）\n対象サーバー：3台\n\n監視：24時間\n別紙（料金表）\n月額30万円\n別紙 2\n",
    );
    assert.deepEqual(problems, []);
    const annexes = blocksOf(document, "annex");
    assert.deepEqual(
      annexes.map((a: AnnexBlock) => [
        a.number?.value ?? null,
        a.title,
        a.lines.filter((l) => l.kind === "prose").length,
      ]),
      [
        [1, "仕様書", 2],
        [null, "料金表", 1],
        [null, "2", 0],
      ],
    );
  });

  it("does not read prose that starts with 別紙 as an annex", () => {
    const { document } = parse("第1条（目的）\n別紙1に定める業務を委託する。\n別紙のとおりとする。\n");
    assert.equal(blocksOf(document, "annex").length, 0);
    assert.equal(blocksOf(document, "article")[0]?.body.length, 2);
  });
});

describe("parse: a heading is a heading only alone on its line", () => {
  const cases: readonly [string, string | null][] = [
    ["第14条（秘密保持）", "article"],
    ["第14条", "article"],
    ["　第14条（秘密保持）　", "article"],
    ["第5条（再委託（下請を含む））", "article"],
    ["第7条（報酬", "article"],
    ["第8条 支払方法", "article"],
    ["第十五条の二（監査）", "article"],
    ["第14条（秘密保持）及び第15条（個人情報保護）の規定は、本契約終了後も効力を有する。", null],
    ["第14条（秘密保持）の規定は存続する。", null],
    ["第14条の規定に従う。", null],
    ["第8条 の規定により、甲は通知する。", null],
    ["第15条【個人情報】", null],
    ["第1章（総則）", "chapter"],
    ["第一章　総則", "chapter"],
    ["第1章の規定は、", null],
    ["別紙1（仕様書）", "annex"],
    ["別紙", "annex"],
    ["別紙1に定める。", null],
    ["別紙一式", null],
  ];
  for (const [line, kind] of cases) {
    it(`${line} → ${kind ?? "prose"}`, () => {
      const { document } = parse(`前文\n前の行\n${line}\n`);
      const block = document.blocks[1];
      assert.equal(block?.kind ?? null, kind);
    });
  }
});

describe("parse: recovery without a chain of findings", () => {
  it("reads a party header without its 「）」 as one error and keeps its fields", () => {
    const { document, problems } = parse("当事者 甲（委託者\n  会社名：株式会社アルファ\n  所在地：東京都\n");
    assert.deepEqual(
      problems.map((p) => p.id),
      ["syntax.party-heading"],
    );
    const [party] = blocksOf(document, "party");
    assert.deepEqual([party?.symbol, party?.role, party?.entries.length], ["甲", "委託者", 2]);
  });

  it("reports lines after 署名欄 and before the first header once each, and keeps them", () => {
    const { document, problems } = parse(
      "（案）\n社外秘\n契約書「業務委託契約書」\n署名欄\n  甲\n令和8年4月1日\n以上\n",
    );
    assert.deepEqual(
      problems.map((p) => p.id),
      ["syntax.stray-line", "syntax.stray-line"],
    );
    assert.match(problems[0]?.message ?? "", /この2行とも/);
    assert.deepEqual(
      blocksOf(document, "signatures")[0]?.entries.map((e) => e.kind),
      ["signatory", "stray", "stray"],
    );
  });
});
