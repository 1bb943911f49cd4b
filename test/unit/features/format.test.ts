import { proseContent } from "../../helpers/contract-content";
import assert from "node:assert/strict";
import fc from "fast-check";
import { analyze } from "../../../server/src/language/model/analysis";
import { formatEdits, formatText } from "../../../server/src/language/features/format";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";

const layoutNoise = fc.constantFrom("", " ", "  ", "\u3000", "\t");
const lineBreak = fc.constantFrom("\n", "\r\n", "\n\n", "\n\n\n");

/** The filled sample with random indentation, trailing spaces, blank lines and ASCII punctuation. */
const messySample = fc
  .tuple(
    fc.array(fc.tuple(layoutNoise, layoutNoise, lineBreak, fc.boolean()), { minLength: 200, maxLength: 200 }),
  )
  .map(([noise]) =>
    sample(FILLED_PATH)
      .split("\n")
      .map((line, i) => {
        const [lead, trail, , ascii] = noise[i % noise.length] ?? ["", "", "\n", false];
        const punctuated = ascii
          ? line
              .replace(/：/u, ":")
              .replace(/^(\d+)．/u, "$1.")
              .replace(/^（(\d+)）/u, "($1)")
          : line;
        return `${lead}${punctuated}${trail}`;
      })
      .reduce((text, line, i) => `${text}${line}${noise[i % noise.length]?.[2] ?? "\n"}`, ""),
  );

describe("formatting", () => {
  it("leaves the samples unchanged", () => {
    for (const path of [TEMPLATE_PATH, FILLED_PATH]) {
      assert.deepEqual(formatEdits(analyze(sample(path))), [], path);
    }
  });

  it("normalises indentation, punctuation and blank lines", () => {
    const messy =
      "// c\n\n\n契約書「X」\n当事者  甲(委託者)\n会社名 :  A  \n条件\n    月額報酬:300000円\n前文\n\n\n  本文{月額報酬}  \n\n\n第1条(目的)\n1.甲は\n(1)項目\n";
    assert.equal(
      formatText(analyze(messy)),
      "// c\n\n契約書「X」\n\n当事者 甲（委託者）\n  会社名：A\n\n条件\n  月額報酬：300000円\n\n前文\n本文{月額報酬}\n\n第1条（目的）\n1．甲は\n（1）項目\n",
    );
  });

  it("keeps a comment's text and drops its trailing layout, as any line's", () => {
    const text = "第1条（目的）\n// コメント　\n本文 \n";
    assert.equal(formatText(analyze(text)), "第1条（目的）\n// コメント\n本文\n");
    const formatted = formatText(analyze(text));
    assert.deepEqual(
      proseContent(analyze(formatted).document, formatted),
      proseContent(analyze(text).document, text),
    );
  });

  it("keeps CRLF line ends and a BOM", () => {
    assert.equal(formatText(analyze("\uFEFF前文\r\n  本文\r\n")), "\uFEFF前文\r\n本文\r\n");
  });

  it("never turns a U+FEFF that is text into a byte-order mark", () => {
    const once = formatText(analyze("\n\uFEFF\n"));
    assert.ok(!once.startsWith("\uFEFF"));
    assert.equal(formatText(analyze(once)), once);
  });

  it("keeps a no-break space at the end of a block it copies verbatim", () => {
    assert.equal(formatText(analyze("第1条（目的\n本文\u00a0\n")), "第1条（目的\n本文\u00a0\n");
  });

  it("keeps a space between a paragraph number and prose that starts with a digit", () => {
    // 「1．1. 番号」 would no longer read as paragraph 1 (found by the fuzz run, seed 596390392).
    const once = formatText(analyze("第1条（目的）\n1．　1. 番号\n2．  ２０２６年に\n"));
    assert.equal(once, "第1条（目的）\n1．\u30001. 番号\n2．\u3000２０２６年に\n");
    assert.equal(formatText(analyze(once)), once);
  });

  it("copies a block it cannot read verbatim", () => {
    const text = "第7条（報酬\n  月額金{月額報酬}を支払う。\n";
    assert.equal(formatText(analyze(text)), text);
  });

  it("never changes prose, values or comments, and is stable (property)", () => {
    fc.assert(
      fc.property(messySample, (text) => {
        const before = analyze(text);
        const formatted = formatText(before);
        const after = analyze(formatted);
        assert.deepEqual(proseContent(after.document, formatted), proseContent(before.document, text));
        assert.equal(formatText(after), formatted, "formatting twice changes nothing more");
      }),
      { seed: 20261124, numRuns: 200 },
    );
  });

  it("returns an edit that turns the text into the formatted text", () => {
    const text = "前文\n  𠮷の本文  \r\n\r\n\r\n第1条(目的)\r\n";
    const [edit] = formatEdits(analyze(text));
    assert.ok(edit);
    const applied = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    assert.equal(applied, formatText(analyze(text)));
  });
});
