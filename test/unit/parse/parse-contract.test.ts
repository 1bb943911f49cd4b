import assert from "node:assert/strict";
import type { Article, Definition, PartyBlock, ProseBlock } from "../../../server/src/language/ast";
import { parseContract } from "../../../server/src/language/parse/parse-contract";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { blocksOf } from "../../helpers/blocks";
import { marked } from "../../helpers/marked-source";

function articles(text: string): Article[] {
  return blocksOf(parseContract(text).document, "article");
}

function definitions(block: { entries: readonly { kind: string }[] }): Definition[] {
  return block.entries.filter((e): e is Definition => e.kind === "definition");
}

describe("parseContract: the samples", () => {
  for (const path of [TEMPLATE_PATH, FILLED_PATH]) {
    it(`${path} parses without problems into the reference structure`, () => {
      const { document, problems } = parseContract(sample(path));
      assert.deepEqual(problems, []);
      const numbers = blocksOf(document, "article").map((a) => a.heading.number.value);
      assert.deepEqual(
        numbers,
        Array.from({ length: 25 }, (_, i) => i + 1),
      );
      assert.deepEqual(
        blocksOf(document, "party").map((p) => [p.symbol, p.role]),
        [
          ["甲", "委託者"],
          ["乙", "受託者"],
        ],
      );
      assert.equal(blocksOf(document, "title")[0]?.title, "サーバー管理契約書");
      assert.equal(blocksOf(document, "preamble").length, 1);
      assert.equal(blocksOf(document, "closing").length, 1);
      assert.equal(blocksOf(document, "signatures").length, 1);
    });
  }

  it("types the values of 条件 by their standard names", () => {
    const terms = blocksOf(parseContract(sample(TEMPLATE_PATH)).document, "terms")[0];
    assert.ok(terms);
    const types = Object.fromEntries(definitions(terms).map((d) => [d.name, d.value.type]));
    assert.deepEqual(types, {
      月額報酬: "blank",
      支払期日: "paymentDue",
      契約締結日: "blank",
      契約期間: "duration",
      更新期間: "duration",
      更新拒絶通知期限: "duration",
      賠償上限期間: "duration",
      作成通数: "count",
    });
  });

  it("reads the filled sample's fee and 和暦 date", () => {
    const terms = blocksOf(parseContract(sample(FILLED_PATH)).document, "terms")[0];
    assert.ok(terms);
    const byName = new Map(definitions(terms).map((d) => [d.name, d.value]));
    assert.deepEqual(byName.get("月額報酬"), {
      type: "money",
      yen: 300000,
      tax: { mode: "exclusive", label: "消費税別" },
    });
    const date = byName.get("契約締結日");
    assert.equal(date?.type, "date");
    assert.deepEqual(date?.type === "date" ? date.date : null, { year: 2026, month: 12, day: 1 });
  });
});

describe("parseContract: constructs", () => {
  it("parses a title", () => {
    const m = marked("契約書「⟦業務委託契約書⟧」\n");
    const [title] = blocksOf(parseContract(m.text).document, "title");
    assert.equal(title?.title, "業務委託契約書");
    assert.deepEqual(title?.titleSpan, m.ranges[0]);
  });

  it("parses a party with role and fields, spans on each part", () => {
    const m = marked("当事者 ⟦乙⟧（⟦受託者⟧）\n  ⟦会社名⟧：⟦株式会社ベータ⟧\n  所在地：＿\n");
    const [party] = blocksOf(parseContract(m.text).document, "party") as PartyBlock[];
    assert.ok(party);
    assert.equal(party.symbol, "乙");
    assert.deepEqual(party.symbolSpan, m.ranges[0]);
    assert.equal(party.role, "受託者");
    assert.deepEqual(party.roleSpan, m.ranges[1]);
    const [name, address] = definitions(party);
    assert.deepEqual(name?.nameSpan, m.ranges[2]);
    assert.deepEqual(name?.valueSpan, m.ranges[3]);
    assert.deepEqual(name?.value, { type: "text", text: "株式会社ベータ" });
    assert.deepEqual(address?.value, { type: "blank", of: "text", tax: null });
  });

  it("accepts a party header without a space after 当事者", () => {
    const { document, problems } = parseContract("当事者甲（委託者）\n  会社名：株式会社アルファ\n");
    assert.deepEqual(problems, []);
    assert.equal(blocksOf(document, "party")[0]?.symbol, "甲");
  });

  it("accepts half-width colons and parentheses", () => {
    const { document, problems } = parseContract("当事者 甲(委託者)\n会社名:株式会社アルファ\n");
    assert.deepEqual(problems, []);
    const [party] = blocksOf(document, "party");
    assert.equal(party?.role, "委託者");
    assert.equal(definitions(party as PartyBlock)[0]?.valueText, "株式会社アルファ");
  });

  it("parses an article heading, numbered paragraphs and items", () => {
    const m = marked(
      "第⟦18⟧条（⟦損害賠償⟧）\n⟦1⟧．甲は賠償する。\n2．次のとおり。\n（⟦1⟧）逸失利益\n(2)間接損害\n",
    );
    const [article] = articles(m.text);
    assert.ok(article);
    assert.equal(article.heading.number.value, 18);
    assert.deepEqual(article.heading.number.span, m.ranges[0]);
    assert.equal(article.heading.title, "損害賠償");
    assert.deepEqual(article.heading.titleSpan, m.ranges[1]);
    const shape = article.body.map((e) =>
      e.kind === "comment" ? "comment" : `${e.kind}:${e.number?.value ?? "-"}`,
    );
    assert.deepEqual(shape, ["paragraph:1", "paragraph:2", "item:1", "item:2"]);
    const first = article.body[0];
    assert.ok(first?.kind === "paragraph");
    assert.deepEqual(first.number?.span, m.ranges[2]);
    assert.equal(
      first.content?.inlines[0]?.kind === "text" && first.content.inlines[0].text,
      "甲は賠償する。",
    );
    const item = article.body[2];
    assert.deepEqual(item?.kind === "item" ? item.number.span : null, m.ranges[3]);
  });

  it("reads full-width and kanji article numbers", () => {
    assert.deepEqual(
      articles("第１８条（損害賠償）\n本文\n第十九条（不可抗力）\n本文\n").map((a) => a.heading.number.value),
      [18, 19],
    );
  });

  it("keeps nested parentheses inside a heading", () => {
    const [article] = articles("第5条（再委託（下請を含む））\n本文\n");
    assert.equal(article?.heading.title, "再委託（下請を含む）");
  });

  it("parses unnumbered paragraphs and lines after items", () => {
    const [article] = articles("第2条（管理対象）\n次のとおりとする。\n（1）VPS\n詳細は別紙に定める。\n");
    assert.deepEqual(
      article?.body.map((e) => e.kind),
      ["paragraph", "item", "paragraph"],
    );
  });

  it("does not read 1.5 as a paragraph number", () => {
    const [article] = articles("第1条（目的）\n1.5倍とする。\n");
    const first = article?.body[0];
    assert.equal(first?.kind === "paragraph" ? first.number : "x", null);
  });

  it("parses value references with and without a field", () => {
    const m = marked("前文\n月額⟦{⟦月額報酬⟧}⟧、⟦{甲.⟦会社名⟧}⟧\n");
    const [preamble] = blocksOf(parseContract(m.text).document, "preamble") as ProseBlock[];
    const line = preamble?.lines[0];
    assert.ok(line?.kind === "prose");
    const refs = line.inlines.filter((i) => i.kind === "ref");
    assert.deepEqual(
      refs.map((r) => (r.kind === "ref" ? r.path : [])),
      [["月額報酬"], ["甲", "会社名"]],
    );
    assert.deepEqual(refs[0]?.span, m.ranges[0]);
    assert.deepEqual(refs[0]?.kind === "ref" && refs[0].pathSpan, m.ranges[1]);
    assert.deepEqual(refs[1]?.span, m.ranges[2]);
    assert.deepEqual(refs[1]?.kind === "ref" && refs[1].segments[1]?.span, m.ranges[3]);
  });

  it("reads {{ and }} as literal braces", () => {
    const [preamble] = blocksOf(
      parseContract("前文\n括弧{{注}}とする。\n").document,
      "preamble",
    ) as ProseBlock[];
    const line = preamble?.lines[0];
    assert.ok(line?.kind === "prose");
    assert.equal(line.inlines.map((i) => (i.kind === "text" ? i.text : "?")).join(""), "括弧{注}とする。");
  });

  it("keeps comments and blank lines where the formatter needs them", () => {
    const { document, problems } = parseContract("// 冒頭のコメント\n前文\n一行目\n\n// 注記\n二行目\n");
    assert.deepEqual(problems, []);
    const [leading] = blocksOf(document, "leading");
    assert.equal(leading?.entries[0]?.kind === "comment" && leading.entries[0].text, " 冒頭のコメント");
    const [preamble] = blocksOf(document, "preamble") as ProseBlock[];
    assert.deepEqual(
      preamble?.lines.map((l) => l.kind),
      ["prose", "blankLine", "comment", "prose"],
    );
  });

  it("parses a signature block listing parties", () => {
    const [signatures] = blocksOf(parseContract("署名欄\n  甲\n  乙\n").document, "signatures");
    assert.deepEqual(
      signatures?.entries.map((e) => (e.kind === "signatory" ? e.symbol : e.kind)),
      ["甲", "乙"],
    );
  });

  it("strips indentation and trailing spaces from prose, not inner spaces", () => {
    const [article] = articles("第1条（目的）\n　　甲は 乙に　委託する。　 \n");
    const first = article?.body[0];
    assert.ok(first?.kind === "paragraph");
    const only = first.content?.inlines[0];
    assert.equal(only?.kind === "text" && only.text, "甲は 乙に　委託する。");
  });
});

describe("parseContract: errors, ranges and recovery", () => {
  function problemsOf(text: string) {
    return parseContract(text).problems;
  }

  it("reports an unclosed heading parenthesis in Japanese, on the heading", () => {
    const m = marked("第7条⟦（報酬⟧\n本文\n");
    const [problem] = problemsOf(m.text);
    assert.equal(problem?.id, "syntax.article-heading");
    assert.match(problem?.message ?? "", /第7条の見出しに閉じ括弧「）」がありません/);
    assert.deepEqual(problem?.span, m.ranges[0]);
  });

  it("reports a heading written without parentheses", () => {
    const m = marked("第7条 ⟦報酬⟧\n本文\n");
    const [problem] = problemsOf(m.text);
    assert.match(problem?.message ?? "", /括弧で囲んでください/);
    assert.deepEqual(problem?.span, m.ranges[0]);
  });

  it("reads a line that starts like a heading but goes on as prose: a heading stands alone on its line", () => {
    const prose = "第14条（秘密保持）及び第15条（個人情報保護）の規定は、本契約終了後も効力を有する。";
    const { document, problems } = parseContract(
      `第13条（存続条項）\n${prose}\n第9条（追加作業）甲乙協議する。\n`,
    );
    assert.deepEqual(problems, []);
    const [article, ...others] = blocksOf(document, "article");
    assert.equal(others.length, 0);
    const lines = article?.body.map((e) =>
      e.kind === "comment" ? "" : e.content?.inlines.map((i) => (i.kind === "text" ? i.text : "")).join(""),
    );
    assert.deepEqual(lines, [prose, "第9条（追加作業）甲乙協議する。"]);
  });

  it("reports an unclosed reference and keeps its text", () => {
    const m = marked("第7条（報酬）\n月額金⟦{月額報酬を支払う。⟧\n");
    const { document, problems } = parseContract(m.text);
    assert.equal(problems[0]?.id, "syntax.reference");
    assert.match(problems[0]?.message ?? "", /「\{」が閉じていません/);
    assert.deepEqual(problems[0]?.span, m.ranges[0]);
    const paragraph = blocksOf(document, "article")[0]?.body[0];
    assert.ok(paragraph?.kind === "paragraph");
    assert.deepEqual(
      paragraph.content?.inlines.map((i) => i.kind),
      ["text", "brokenRef"],
    );
  });

  it("reports an empty reference and a reference with a space", () => {
    const m = marked("前文\n⟦{}⟧と⟦{月額 報酬}⟧\n");
    const problems = problemsOf(m.text);
    assert.deepEqual(
      problems.map((p) => p.span),
      m.ranges,
    );
    assert.match(problems[0]?.message ?? "", /値の名前がありません/);
    assert.match(problems[1]?.message ?? "", /値の参照として読めません/);
  });

  it("reports a line in 条件 that is not 名前：値", () => {
    const m = marked("条件\n  月額報酬：300,000円\n  ⟦報酬は別途⟧\n");
    const [problem] = problemsOf(m.text);
    assert.equal(problem?.id, "syntax.stray-line");
    assert.match(problem?.message ?? "", /「名前：値」の形で書いてください/);
    assert.deepEqual(problem?.span, m.ranges[0]);
  });

  it("reports text before the first header", () => {
    const m = marked("⟦はじめに⟧\n前文\n本文\n");
    const [problem] = problemsOf(m.text);
    assert.match(problem?.message ?? "", /どの見出しにも属していません/);
    assert.deepEqual(problem?.span, m.ranges[0]);
  });

  it("explains a party header without a symbol, with a visible range", () => {
    const m = marked("当事⟦者⟧\n  会社名：株式会社アルファ\n");
    const [problem] = problemsOf(m.text);
    assert.equal(problem?.id, "syntax.invalid");
    assert.match(problem?.message ?? "", /当事者の記号（甲・乙・丙・丁）が必要ですが/);
    assert.match(problem?.message ?? "", /「当事者 甲（委託者）」の形で/);
    assert.deepEqual(problem?.span, m.ranges[0]);
    const { document } = parseContract(m.text);
    assert.equal(document.blocks[0]?.kind, "error");
  });

  it("names a line break in words, not as a raw newline", () => {
    const [problem] = problemsOf("当事者\n");
    assert.equal(problem?.id, "syntax.invalid");
    assert.doesNotMatch(problem?.message ?? "", /\n/);
    assert.match(problem?.message ?? "", /改行があります/);
  });

  it("reads a party header whose role is not closed, reports it once and keeps its fields", () => {
    const m = marked("当事者 甲（⟦委託者⟧\n  会社名：株式会社アルファ\n  代表者：山田太郎\n");
    const { document, problems } = parseContract(m.text);
    assert.deepEqual(
      problems.map((p) => [p.id, p.span]),
      [["syntax.party-heading", m.ranges[0]]],
    );
    const [party] = blocksOf(document, "party");
    assert.equal(party?.role, "委託者");
    assert.deepEqual(
      definitions(party ?? { entries: [] }).map((d) => d.valueText),
      ["株式会社アルファ", "山田太郎"],
    );
  });

  it("reads a party header with text after its role, reporting the text", () => {
    const m = marked("当事者 甲（委託者） ⟦株式会社アルファ⟧\n  会社名：株式会社アルファ\n");
    const { document, problems } = parseContract(m.text);
    assert.deepEqual(
      problems.map((p) => [p.id, p.span]),
      [["syntax.party-heading", m.ranges[0]]],
    );
    assert.equal(blocksOf(document, "party")[0]?.symbol, "甲");
  });

  it("reports a title without its closing bracket", () => {
    const [problem] = problemsOf("契約書「サーバー管理契約書\n");
    assert.equal(problem?.id, "syntax.title");
  });

  describe("an error in article 5 of the template", () => {
    function breakArticle5(text: string): { text: string; offset: number } {
      const offset = text.indexOf("乙は、業務遂行上必要な場合");
      return { text: `${text.slice(0, offset)}{壊れた参照${text.slice(offset)}`, offset };
    }

    for (const variant of ["LF", "CRLF", "𠮷 before", "BOM"] as const) {
      it(`leaves articles 1–4 and 6–25 parsed and points at the text (${variant})`, () => {
        let base = sample(TEMPLATE_PATH);
        if (variant === "CRLF") base = base.replace(/\n/g, "\r\n");
        if (variant === "𠮷 before") base = base.replace("第5条（再委託）", "第5条（再委託𠮷）");
        if (variant === "BOM") base = `\uFEFF${base}`;
        const { text, offset } = breakArticle5(base);
        const { document, problems } = parseContract(text);
        assert.equal(problems.length, 1);
        assert.equal(problems[0]?.span.start, offset);
        assert.ok(text.slice(offset, problems[0]?.span.end).startsWith("{壊れた参照乙は"));
        const parsed = blocksOf(document, "article");
        assert.deepEqual(
          parsed.map((a) => a.heading.number.value),
          Array.from({ length: 25 }, (_, i) => i + 1),
        );
        const clean = blocksOf(parseContract(base).document, "article");
        for (const n of [1, 2, 3, 4, 6, 25]) {
          assert.deepEqual(parsed[n - 1]?.heading.title, clean[n - 1]?.heading.title);
          assert.equal(parsed[n - 1]?.body.length, clean[n - 1]?.body.length);
        }
      });
    }
  });

  it("recovers at the next article after a block the grammar cannot read", () => {
    const text = "当事者\n第1条（目的）\n本文\n第2条（管理対象）\n本文\n";
    const { document, problems } = parseContract(text);
    assert.equal(problems.length, 1);
    assert.deepEqual(
      document.blocks.map((b) => b.kind),
      ["error", "article", "article"],
    );
  });

  it("handles lone CR line ends", () => {
    const { document, problems } = parseContract("第1条（目的）\r本文一\r第2条（対象）\r本文二\r");
    assert.deepEqual(problems, []);
    assert.deepEqual(
      blocksOf(document, "article").map((a) => a.body.length),
      [1, 1],
    );
  });

  it("never throws on odd input", () => {
    for (const text of [
      "",
      "\uFEFF",
      "第",
      "{",
      "}",
      "\r\n\r",
      "条件\n：\n",
      "当事者 甲（",
      "\u0000\uD800",
      "第1条（",
    ]) {
      assert.doesNotThrow(() => parseContract(text), text);
    }
  });
});
