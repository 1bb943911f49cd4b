import assert from "node:assert/strict";
import { analyze } from "../../../server/src/language/model/analysis";
import { documentSymbols, type ContractSymbol } from "../../../server/src/language/features/document-symbols";

interface Outline {
  readonly name: string;
  readonly children?: readonly Outline[];
}

function outline(symbols: readonly ContractSymbol[]): Outline[] {
  return symbols.map((s) =>
    s.children.length === 0 || s.kind === "article" || s.kind === "party"
      ? { name: s.name }
      : { name: s.name, children: outline(s.children) },
  );
}

describe("document symbols: chapters, sections, branch articles and annexes", () => {
  it("nests articles under their chapter and section, and closes the chapter at the next block", () => {
    const text = [
      "前文",
      "本文",
      "第1章（総則）",
      "第1条（目的）",
      "目的。",
      "第1条の2（定義）",
      "定義。",
      "第2章　業務",
      "第1節（運用）",
      "第2条（運用）",
      "運用。",
      "第2節（保守）",
      "第3条（保守）",
      "保守。",
      "後文",
      "以上",
      "別紙1（仕様書）",
      "対象：3台",
    ].join("\n");
    const symbols = documentSymbols(analyze(text));
    assert.deepEqual(outline(symbols), [
      { name: "前文" },
      { name: "第1章", children: [{ name: "第1条" }, { name: "第1条の2" }] },
      {
        name: "第2章",
        children: [
          { name: "第1節", children: [{ name: "第2条" }] },
          { name: "第2節", children: [{ name: "第3条" }] },
        ],
      },
      { name: "後文" },
      { name: "別紙1（仕様書）" },
    ]);
    const chapter = symbols[1];
    assert.equal(chapter?.detail, "総則");
    assert.equal(text.slice(chapter?.span.start, chapter?.span.end).split("\n").at(-1), "定義。");
  });
});
