import assert from "node:assert/strict";
import fc from "fast-check";
import {
  headerKindAt,
  nextLineStart,
  splitRange,
  type BlockKind,
  type BlockSlice,
} from "../../../server/src/language/parse/split-blocks";

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

describe("split-blocks: blocks at every kind of line break", () => {
  // The plainest splitter: every line start by nextLineStart, each asked whether it is a header.
  function reference(text: string, from: number, to: number): BlockSlice[] {
    const slices: BlockSlice[] = [];
    let current: { kind: BlockKind; start: number } = { kind: "leading", start: from };
    for (let line = from; line < to; line = nextLineStart(text, line)) {
      const kind = headerKindAt(text, line);
      if (kind === null) continue;
      if (line > current.start) slices.push({ ...current, end: line });
      current = { kind, start: line };
    }
    if (to > current.start) slices.push({ ...current, end: to });
    return slices;
  }

  it("finds the blocks the plainest splitter finds, with LF, CRLF and lone CR mixed", () => {
    const pieces = [
      "第1条",
      "（目的）",
      "前文",
      "条件",
      "別紙1",
      "本文",
      "。",
      " ",
      "\n",
      "\r",
      "\r\n",
      "\n\r",
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(splitRange(t, 0, t.length), reference(t, 0, t.length));
      }),
      { numRuns: 3000 },
    );
  });
});
