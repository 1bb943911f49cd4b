/**
 * A prose line read without its {references} (model/masked-prose.ts): every code unit of a
 * reference becomes the mask, everything else and every offset stays, however many references.
 */
import assert from "node:assert/strict";
import { analyze } from "../../../server/src/language/model/analysis";
import { MASK, withoutReferences } from "../../../server/src/language/model/masked-prose";

/** The prose lines of a contract whose 前文 is `line`. */
function proseLines(line: string) {
  return analyze(`前文\n${line}\n`).index.proseLines;
}

/** What masking means, written plainly: each character of each {…} replaced, one at a time. */
function plainlyMasked(line: string): string {
  return line.replace(/\{[^{}]*\}/gu, (ref) => MASK.repeat(ref.length));
}

describe("model: prose without its references", () => {
  for (const [name, line] of [
    ["no reference", "甲は乙に対し、本契約に基づき支払う。"],
    ["one reference", "甲は{月額報酬}を毎月末日までに支払う。"],
    ["references side by side", "{甲}は{乙}に{月額報酬}と{消費税}を支払う。"],
    ["a surrogate pair beside one", "😀{x}😀"],
    ["more references than are masked piece by piece", `前置き${"{x}、".repeat(300)}後書き`],
  ] as const) {
    it(`masks ${name} and keeps every offset`, () => {
      const [prose] = proseLines(line);
      assert.ok(prose !== undefined);
      const masked = withoutReferences(prose);
      assert.equal(masked.length, prose.text.length);
      assert.equal(masked, plainlyMasked(prose.text));
    });
  }

  it("gives a line without references back as it is, the same string", () => {
    const [prose] = proseLines("甲は乙に対し支払う。");
    assert.ok(prose !== undefined);
    assert.equal(withoutReferences(prose), prose.text);
  });
});
