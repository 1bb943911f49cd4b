import assert from "node:assert/strict";
import fc from "fast-check";
import { analyze, type Analysis } from "../../../server/src/language/model/analysis";
import { BlockReader } from "../../../server/src/language/parse/grammar";
import { PartedBlock } from "../../../server/src/language/parse/parted-block";
import { partCuts } from "../../../server/src/language/parse/part-cuts";
import type { BlockKind } from "../../../server/src/language/parse/split-blocks";
import { parseContract, parseContractInSteps } from "../../../server/src/language/parse/parse-contract";
import { hostileContract } from "../../helpers/arbitraries";
import { edit, plainParse, typeAndCompare } from "../../helpers/edits";
import { FILLED_PATH, sample } from "../../helpers/fixtures";

const SEED = 20261203;
const FILLED = sample(FILLED_PATH);

/** Parts of a few characters: nearly every block of a small contract is read in parts. */
const tinyParts = fc.integer({ min: 1, max: 60 }).map((partLength) => new BlockReader({ partLength }));

const LINE = "甲は乙に{月額報酬}を支払う。\n";

/** What a long prose line is cut around: braces in every role, layout, and what starts a line. */
const BRACE_PIECES = [
  "{x}",
  "{ a．b }",
  "{{",
  "}}",
  "}",
  "{",
  "{a b}",
  "本文",
  "　",
  " ",
  "//",
  "1．",
  "（1）",
  "\r\n",
  "\n",
];
const braceLine = fc.array(fc.constantFrom(...BRACE_PIECES), { maxLength: 30 }).map((p) => p.join(""));
/** A block with prose lines full of braces, then another block (a header may be typed or broken). */
const braceContract = fc
  .tuple(
    fc.constantFrom("第1条（目的）", "前文", "別紙1（仕様）", "後文", "条件", "第1章（総則）"),
    fc.array(braceLine, { maxLength: 6 }),
  )
  .map(([header, lines]) => `${header}\n${lines.join("\n")}\n第2条（次）\n{x}{y}\n`);
const braceEdit = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  remove: fc.nat({ max: 6 }),
  atLineBreak: fc.boolean(),
  insert: fc.constantFrom(...BRACE_PIECES, "", "第3条（新）\n", "x"),
});
const longArticle = (lines: number) =>
  `契約書「テスト」\n\n第1条（目的）\n${LINE.repeat(lines)}第2条（次）\n本文\n`;

function partedAt(analysis: Analysis, index: number): PartedBlock {
  const block = analysis.parse.blocks[index];
  assert.ok(block instanceof PartedBlock, `block ${index} is read in parts`);
  return block;
}

describe("a long block read in parts", function () {
  this.timeout(120000);

  const cutsOf = (text: string, kind: BlockKind, length: number) =>
    partCuts(text, kind, 0, { start: 0, end: text.length, inLine: false }, length).map((c) =>
      c.inLine ? `~${c.start}` : c.start,
    );

  it("cuts at line starts, each part at least its length or one line", () => {
    const text = "ab\ncdef\ng\n\nhij";
    assert.deepStrictEqual(cutsOf(text, "leading", 1), [0, 3, 8, 10, 11]);
    assert.deepStrictEqual(cutsOf(text, "leading", 4), [0, 8]);
    assert.deepStrictEqual(cutsOf(text, "leading", 14), [0]);
    assert.deepStrictEqual(cutsOf("a\r\nb\rc", "leading", 1), [0, 3, 5]);
  });

  it("cuts a long prose line after the } of an inline, never where reading it whole would not", () => {
    const line = (body: string, kind: BlockKind = "preamble") => cutsOf(`前文\n${body}\n`, kind, 2);
    // After a reference (the line starts at 3), two characters on at least; not at the line's end.
    assert.deepStrictEqual(line("{x}{x}{x}{x}"), [0, 3, "~6", "~9", "~12"]);
    assert.deepStrictEqual(line("ab{x}cd{x}ef"), [0, 3, "~8", "~13"]);
    // Not inside }} (a brace), nor after a } that another } follows.
    assert.deepStrictEqual(line("{x}}}{x}}}{x}"), [0, 3, "~8", "~13"]);
    // A { that is not closed before the next { takes the rest of the line: no cut after it.
    assert.deepStrictEqual(line("{x}{a{x}{x}{x}{x}"), [0, 3, "~6"]);
    // {{ is a brace, not a reference.
    assert.deepStrictEqual(line("{{x}{x}{x}{x}"), [0, 3, "~7", "~10", "~13"]);
    // Not a comment, not the header line, not a block without prose.
    assert.deepStrictEqual(line("//{x}{x}{x}{x}"), [0, 3]);
    assert.deepStrictEqual(line("{x}{x}{x}{x}", "terms"), [0, 3]);
    assert.deepStrictEqual(cutsOf("前文{x}{x}{x}{x}\n", "preamble", 2), [0]);
  });

  it("reads every contract to the parse reading its blocks whole gives", () => {
    fc.assert(
      fc.property(fc.oneof(hostileContract, fc.constant(FILLED)), tinyParts, (text, reader) => {
        assert.deepStrictEqual(plainParse(parseContract(text, reader)), plainParse(parseContract(text)));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("re-reads what typing touched to the parse reading the whole text gives", () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileContract, fc.constant(FILLED)),
        tinyParts,
        fc.array(edit, { minLength: 1, maxLength: 10 }),
        fc.func(fc.boolean()),
        (start, reader, edits, looked) => void typeAndCompare(start, edits, looked, reader),
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("cuts lines full of braces where reading them whole puts a boundary, and keeps them cut after edits", () => {
    fc.assert(
      fc.property(
        braceContract,
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.oneof(braceEdit, edit), { minLength: 1, maxLength: 8 }),
        (start, partLength, edits) => {
          const reader = new BlockReader({ partLength });
          assert.deepStrictEqual(plainParse(parseContract(start, reader)), plainParse(parseContract(start)));
          typeAndCompare(start, edits, () => true, reader);
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it("opens a long article a part per step", () => {
    const text = longArticle(20_000);
    const reader = new BlockReader({ partLength: 4096 });
    let steps = 0;
    const parsing = parseContractInSteps(text, reader);
    for (let step = parsing.next(); step.done !== true; step = parsing.next()) steps++;
    const parts = Math.ceil((20_000 * LINE.length) / 4096);
    assert.ok(steps >= parts, `${steps} steps for ${parts} parts`);
  });

  it("reads again only the parts an edit inside the block touched", () => {
    const reader = new BlockReader({ partLength: 4096 });
    const before = analyze(longArticle(5_000), undefined, reader);
    const article = partedAt(before, 1);
    const middle = article.parts[Math.floor(article.parts.length / 2)];
    assert.ok(middle !== undefined);
    const at = middle.start + LINE.length * 3;
    const text = `${before.text.slice(0, at)}乙は${before.text.slice(at)}`;
    const after = analyze(text, before, reader);
    const edited = partedAt(after, 1);
    assert.equal(edited.head, article.head, "the head is kept");
    const index = article.parts.indexOf(middle);
    for (let i = 0; i < index; i++) assert.equal(edited.parts[i], article.parts[i], `part ${i} is kept`);
    assert.notEqual(edited.parts[index], middle, "the edited part is read again");
    assert.equal(edited.parts.length, article.parts.length);
    assert.equal(
      edited.parts[index + 1]?.start,
      (article.parts[index + 1]?.start ?? 0) + 2,
      "the rest moved",
    );
    assert.deepStrictEqual(plainParse(after.parse), plainParse(parseContract(text)));
  });

  it("reads only the first part again when its heading is edited and stays a heading", () => {
    const reader = new BlockReader({ partLength: 4096 });
    const before = analyze(longArticle(5_000), undefined, reader);
    const article = partedAt(before, 1);
    const at = before.text.indexOf("（目的）") + 1;
    const text = `${before.text.slice(0, at)}主な${before.text.slice(at)}`;
    const after = analyze(text, before, reader);
    assert.equal(after.parse.blocks[0], before.parse.blocks[0], "the block before is kept");
    const edited = partedAt(after, 1);
    assert.notEqual(edited.head, article.head, "the head is read again");
    assert.equal(edited.parts.length, article.parts.length);
    assert.equal(edited.parts[0]?.start, (article.parts[0]?.start ?? 0) + 2, "the parts after it are moved");
    assert.deepStrictEqual(plainParse(after.parse), plainParse(parseContract(text)));
    // A heading edited into prose joins the block before: read again with it.
    const broken = `${before.text.slice(0, at - 2)}x${before.text.slice(at - 2)}`;
    const merged = analyze(broken, before, reader);
    assert.equal(merged.parse.blocks.length, before.parse.blocks.length - 1);
    assert.deepStrictEqual(plainParse(merged.parse), plainParse(parseContract(broken)));
  });

  it("lets go of the earlier version's parts once the moved ones have been read", () => {
    const reader = new BlockReader({ partLength: 4096 });
    const before = analyze(longArticle(3_000), undefined, reader);
    const at = before.text.indexOf(LINE) + 1;
    const after = analyze(`${before.text.slice(0, at)}乙${before.text.slice(at)}`, before, reader);
    const moved = partedAt(after, 1).parts.at(-1) as { readonly pending?: unknown };
    assert.notEqual(moved.pending, undefined, "a part after the edit is moved lazily");
    assert.notEqual(moved.pending, null, "and holds its origin until read");
    void after.parse.document;
    void after.parse.problems;
    assert.equal(moved.pending, null);
  });

  it("splits the block when a heading is typed into it, and joins it back when deleted", () => {
    const reader = new BlockReader({ partLength: 4096 });
    const before = analyze(longArticle(3_000), undefined, reader);
    const at = before.text.indexOf(LINE, 2_000 * LINE.length);
    const split = `${before.text.slice(0, at)}第1条の2（追加）\n${before.text.slice(at)}`;
    const after = analyze(split, before, reader);
    assert.equal(after.parse.blocks.length, before.parse.blocks.length + 1);
    assert.deepStrictEqual(plainParse(after.parse), plainParse(parseContract(split)));
    const joined = analyze(before.text, after, reader);
    assert.deepStrictEqual(plainParse(joined.parse), plainParse(parseContract(before.text)));
  });

  it("reports a long run of stray lines once, counting the lines of every part", () => {
    const text = `第1章（総則）\n${"章の下の本文。\n".repeat(3_000)}第1条（目的）\n本文\n`;
    const parse = parseContract(text, new BlockReader({ partLength: 1024 }));
    assert.ok(parse.blocks[0] instanceof PartedBlock);
    const strays = parse.problems.filter((p) => p.id === "syntax.stray-line");
    assert.equal(strays.length, 1);
    assert.match(strays[0]?.message ?? "", /この3000行とも/u);
    assert.deepStrictEqual(strays[0]?.span, {
      start: "第1章（総則）\n".length,
      end: text.indexOf("\n第1条"),
    });
  });

  it("reads a block whole when a part cannot be read, for the message reading it whole gives", () => {
    const text = `当事者\n${"  会社名：株式会社アルファ\n".repeat(100)}`;
    for (const partLength of [1, 10, 100]) {
      const parse = parseContract(text, new BlockReader({ partLength }));
      assert.equal(parse.document.blocks[0]?.kind, "error");
      assert.equal(parse.problems[0]?.id, "syntax.invalid");
      assert.deepStrictEqual(plainParse(parse), plainParse(parseContract(text)));
    }
  });
});
