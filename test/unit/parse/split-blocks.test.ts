import assert from "node:assert/strict";
import { headerKindAt } from "../../../server/src/language/parse/split-blocks";

describe("split-blocks: lines passed over by their first character", () => {
  // Every way a header line can begin: each keyword, bare and after each kind of indentation.
  const headers: Record<string, string> = {
    "第1条（目的）": "article",
    "第十二条の2（報酬）": "article",
    "第2章 総則": "chapter",
    "第1節（通則）": "chapter",
    "別紙1（仕様書）": "annex",
    "別紙 仕様書": "annex",
    "契約書「業務委託契約書」": "title",
    "当事者 甲（委託者）": "party",
    条件: "terms",
    前文: "preamble",
    後文: "closing",
    署名欄: "signatures",
  };
  for (const [line, kind] of Object.entries(headers)) {
    for (const indent of ["", " ", "\t", "\u3000"]) {
      it(`reads ${JSON.stringify(indent + line)} as ${kind}`, () => {
        assert.equal(headerKindAt(`x\n${indent}${line}\n本文`, 2), kind);
      });
    }
  }

  it("reads a prose line as no header", () => {
    assert.equal(headerKindAt("甲は乙に対し、本件業務を委託する。", 0), null);
  });
});
