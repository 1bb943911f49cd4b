/**
 * The import's promise on any text: the .contract it writes parses without a syntax error, and its
 * rendering has every character of the document, in order (ignoring whitespace and width; an
 * invisible or control character shows as its visible mark, as in every rendering; bookmark markers
 * and a signature line's seal mark are a word processor's, not text).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { createContractService, importContract } from "../../../server/src/language";
import { markInvisible } from "../../../server/src/language/vocabulary/control-characters";

const service = createContractService();

/** Pieces of contracts and of the language's syntax, to make the lines that could go wrong likely. */
const FRAGMENTS = [
  "サーバー管理契約書",
  "第1条（目的）",
  "第二条 支払方法",
  "第3条の2",
  "第7条（報酬",
  "第1章 総則",
  "別紙1（仕様書）",
  "前文",
  "後文",
  "条件",
  "署名欄",
  "当事者 甲（委託者）",
  "契約書「題」",
  "// ",
  "{",
  "}",
  "{月額報酬}",
  "{{",
  "甲（委託者）",
  "乙",
  "会社名：株式会社アルファ",
  "所在地：＿＿＿",
  "代表者：",
  "署名・押印：＿＿＿＿",
  "株式会社アルファ（以下「甲」という。）",
  "以上、本契約締結の証として、本書2通を作成する。",
  "月額金300,000円（消費税別）",
  "請求月の翌月末日までに",
  "直近6か月間",
  "契約締結日：＿＿＿＿年＿＿月＿＿日",
  "1．",
  "(1)",
  "　",
  "\t",
  "\u202E",
  "[bookmark: _x]",
  "\t㊞",
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);
const line = fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join(""));
const document = fc
  .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([lines, newline]) => lines.join(newline));

function comparable(text: string): string[] {
  // A word processor's bookmark markers, and the seal mark after a signature line, are not text.
  const artefactsRemoved = text
    .replace(/^\uFEFF/u, "")
    .replace(/\[bookmark: [^\]\r\n]*\]/gu, "")
    .replace(/^([ \t\u3000]*署名・押印[：:][^\r\n]*?)\t+[㊞印][ \t\u3000]*$/gmu, "$1");
  return [...markInvisible(artefactsRemoved).normalize("NFKC").replace(/\s+/gu, "")];
}

function missingFrom(rendering: string, text: string): string | null {
  const found = comparable(rendering);
  let at = 0;
  for (const char of comparable(text)) {
    while (at < found.length && found[at] !== char) at++;
    if (at === found.length) return char;
    at++;
  }
  return null;
}

describe("import: any text", () => {
  it("becomes a .contract without syntax errors whose rendering keeps every character", () => {
    fc.assert(
      fc.property(document, (text) => {
        const { source } = importContract(text);
        const analysis = service.analyze(source);
        const syntax = service.check(analysis).filter((d) => /^(syntax|internal)\./u.test(d.id));
        assert.deepEqual(syntax, [], source);
        assert.equal(missingFrom(service.render(analysis, "text"), text), null, source);
      }),
      { numRuns: Number(process.env.IMPORT_RUNS ?? 300) },
    );
  });
});
