import assert from "node:assert/strict";
import { createContractService, importContract } from "../../../server/src/language";
import { GOLDEN_PATH, readRepoFile, sample, TEMPLATE_PATH } from "../../helpers/fixtures";

const service = createContractService();
const RAW_PATH = "test/fixtures/reference-raw.txt";

function rendered(source: string): string {
  return service.render(service.analyze(source), "text");
}

function findings(source: string): string[] {
  return service.check(service.analyze(source)).map((d) => `${d.severity} ${d.id}: ${d.message}`);
}

function syntaxErrors(source: string): string[] {
  return service
    .check(service.analyze(source))
    .filter((d) => d.id.startsWith("syntax.") || d.id.startsWith("internal."))
    .map((d) => d.message);
}

/** The template without its leading comment lines, which an import does not know. */
function withoutComments(source: string): string {
  return source.replace(/^(?:\/\/.*\n)+\n?/u, "");
}

describe("import: the reference contract", () => {
  const imported = importContract(readRepoFile(RAW_PATH));

  it("renders exactly as the golden file", () => {
    assert.equal(imported.reading, "contract");
    assert.equal(rendered(imported.source), readRepoFile(GOLDEN_PATH));
  });

  it("checks with the template's findings (its eight blank warnings)", () => {
    const expected = findings(sample(TEMPLATE_PATH));
    assert.deepEqual(findings(imported.source), expected);
    assert.equal(expected.filter((f) => f.startsWith("warning blank.")).length, 8);
  });

  it("is the template: parties, standard values, prose referring to them, 署名欄", () => {
    assert.equal(withoutComments(imported.source), withoutComments(sample(TEMPLATE_PATH)));
  });

  it("reads the same with a byte-order mark and CRLF line endings", () => {
    const windows = `\uFEFF${readRepoFile(RAW_PATH).replace(/\n/gu, "\r\n")}`;
    assert.equal(importContract(windows).source, imported.source);
  });
});

describe("import: a filled contract", () => {
  const filled = [
    "システム保守契約書",
    "",
    "株式会社アルファ（以下「甲」という。）と株式会社ベータ（以下「乙」という。）は、次のとおり契約を締結する。",
    "",
    "第一条（報酬）",
    "甲は乙に対し、月額金300,000円（消費税別）を支払う。",
    "第二条　支払方法",
    "甲は、請求月の翌月末日までに支払う。",
    "第2条の2（追加報酬）",
    "1.追加作業の報酬は金三十万円とする。",
    "(1)作業報告書を提出すること",
    "第3条（契約期間）",
    "本契約の有効期間は、契約締結日から2年間とする。",
    "以上、本契約締結の証として、本書2通を作成する。",
    "契約締結日：令和8年4月1日",
  ].join("\n");
  const imported = importContract(filled);

  it("lifts the parties named in the 前文 and the standard values", () => {
    assert.equal(imported.reading, "contract");
    for (const line of [
      "当事者 甲\n  会社名：株式会社アルファ",
      "当事者 乙\n  会社名：株式会社ベータ",
      "  月額報酬：300,000円（消費税別）",
      "  支払期日：翌月末日",
      "  契約締結日：令和8年4月1日",
      "  契約期間：2年",
      "  作成通数：2通",
      "{甲.会社名}（以下「甲」という。）と{乙.会社名}（以下「乙」という。）",
      "甲は乙に対し、月額金{月額報酬}を支払う。",
      "契約締結日：{契約締結日}",
    ]) {
      assert.ok(imported.source.includes(line), `${line}\n---\n${imported.source}`);
    }
  });

  it("reads kanji article numbers, branch articles and a heading without parentheses", () => {
    assert.match(imported.source, /^第一条（報酬）$/mu);
    assert.match(imported.source, /^第二条（支払方法）$/mu);
    assert.match(imported.source, /^第2条の2（追加報酬）$/mu);
    assert.match(imported.source, /^後文$/mu);
  });

  it("keeps an amount that would not render as written (金三十万円) as prose", () => {
    assert.match(imported.source, /報酬は金三十万円とする。/u);
    assert.deepEqual(syntaxErrors(imported.source), []);
  });
});

describe("import: text that would be the language's syntax", () => {
  const tricky = [
    "覚書",
    "本覚書の金額は{月額報酬}と書く。}",
    "前文",
    "// コメントではない",
    "第1条（目的）",
    "第7条（報酬",
    "条件",
    "当事者甲は次のとおり合意する。",
    "契約書「別の題」",
  ].join("\n");
  const imported = importContract(tricky);

  it("keeps every line as prose, escaped, without a syntax error", () => {
    assert.deepEqual(syntaxErrors(imported.source), []);
    const text = rendered(imported.source);
    for (const line of tricky.split("\n").slice(1)) assert.ok(text.includes(line), `${line}\n---\n${text}`);
    assert.match(imported.source, /\{\{月額報酬\}\}/u);
  });
});

describe("import: signature blocks and annexes", () => {
  const document = [
    "業務委託契約書",
    "第1条（委託）",
    "甲は乙に業務を委託する。",
    "以上",
    "甲（委託者）",
    "会社名：株式会社アルファ",
    "所在地：東京都千代田区丸の内1-1-1",
    "代表者：代表取締役 山田太郎",
    "署名・押印：＿＿＿＿＿＿＿＿＿＿",
    "乙（受託者）",
    "会社名：株式会社ベータ",
    "所在地：＿＿＿＿",
    "代表者：＿＿＿＿",
    "担当：情報システム部",
    "署名・押印：",
    "",
    "別紙1（仕様書）",
    "対象：本番環境3台",
  ].join("\n");
  const imported = importContract(document);

  it("writes the parties and 署名欄, and the annex after them", () => {
    assert.equal(imported.reading, "contract");
    assert.match(
      imported.source,
      /当事者 乙（受託者）\n {2}会社名：株式会社ベータ\n {2}所在地：＿\n {2}代表者：＿\n {2}担当：情報システム部/u,
    );
    assert.match(imported.source, /署名欄\n {2}甲\n {2}乙\n\n別紙1（仕様書）\n対象：本番環境3台/u);
    assert.deepEqual(syntaxErrors(imported.source), []);
  });
});

describe("import: an individual party", () => {
  const document = (size: string) =>
    [
      "業務委託契約書",
      "甲（委託者）：株式会社アルファ",
      "乙（受託者）：鈴木一郎",
      "第1条（委託）",
      "甲は乙に業務を委託する。",
      "甲（委託者）",
      "会社名：株式会社アルファ",
      "所在地：東京都千代田区丸の内1-1-1",
      "代表者：代表取締役 山田太郎",
      "署名・押印：＿＿＿＿＿＿＿＿＿＿",
      "乙（受託者）",
      "住所：東京都港区芝公園1-1-1",
      "氏名：鈴木一郎",
      ...(size === "" ? [] : [size]),
      "署名・押印：＿＿＿＿＿＿＿＿＿＿",
    ].join("\n");

  it("declares a signature block of 住所 and 氏名 as an individual, named by its 氏名 in the 前文", () => {
    const imported = importContract(document(""));
    assert.match(
      imported.source,
      /当事者 乙（受託者）\n {2}住所：東京都港区芝公園1-1-1\n {2}氏名：鈴木一郎\n/u,
    );
    assert.match(imported.source, /^乙（受託者）：\{乙\.会社名\}$/mu);
    const text = rendered(imported.source);
    for (const line of ["乙（受託者）：鈴木一郎", "住所：東京都港区芝公園1-1-1", "氏名：鈴木一郎"])
      assert.ok(text.includes(line), `${line}\n---\n${text}`);
    assert.deepEqual(syntaxErrors(imported.source), []);
  });

  it("keeps a block that states a size as prose: the signature block does not print sizes", () => {
    const imported = importContract(document("従業員数：0人"));
    assert.doesNotMatch(imported.source, /^ {2}従業員数/mu);
    assert.ok(rendered(imported.source).includes("従業員数：0人"));
  });
});

describe("import: chapters", () => {
  it("reads a chapter heading followed by an article, and keeps one followed by prose as prose", () => {
    const document = [
      "業務委託契約書",
      "第1章　総則",
      "第1条（目的）",
      "甲は乙に業務を委託する。",
      "第2章　業務",
      "この章は業務を定める。",
      "第2条（業務）",
      "乙は業務を行う。",
    ].join("\n");
    const imported = importContract(document);
    assert.equal(imported.reading, "contract");
    assert.match(imported.source, /^第1章\u3000総則\n\n第1条（目的）$/mu);
    assert.match(imported.source, /^\{原文1\}\nこの章は業務を定める。$/mu);
    assert.deepEqual(syntaxErrors(imported.source), []);
    assert.equal(rendered(imported.source).replace(/\n+/gu, "\n"), `${document}\n`);
  });
});

describe("import: a document that follows no contract layout", () => {
  it("keeps it all as prose", () => {
    const memo = "お知らせ\n\n来週の打合せは{会議室}で行います。\n第3会議室　午後2時";
    const imported = importContract(memo);
    assert.deepEqual(syntaxErrors(imported.source), []);
    assert.equal(
      rendered(imported.source),
      "お知らせ\n\n来週の打合せは{会議室}で行います。\n第3会議室　午後2時\n",
    );
  });
});

describe("import: control characters at a line's ends", () => {
  // String#trim drops U+000B, U+000C and U+FEFF as whitespace: the import trims layout alone, so
  // that each shows as its mark in the rendering like anywhere else (found by import-property).
  for (const [what, text] of [
    ["a comment-like line", "// \u000b"],
    ["a title", "業務委託契約書\u000c"],
    ["an article heading's title", "第1条 目的\u000b\n甲は乙に委託する。"],
    ["a chapter heading", "第1章 総則\ufeff\n第1条（目的）\n甲は乙に委託する。"],
  ] as const) {
    it(`keeps one after ${what}`, () => {
      const { source } = importContract(text);
      assert.deepEqual(syntaxErrors(source), [], source);
      const marks = rendered(source).match(/⟨U\+(?:000B|000C|FEFF)⟩/gu) ?? [];
      assert.equal(marks.length, 1, `${source}\n---\n${rendered(source)}`);
    });
  }
});
