/** Random edits for the incremental paths: what typing, deleting and pasting do to a text. */
import fc from "fast-check";
import assert from "node:assert/strict";
import { analyze, type Analysis } from "../../server/src/language/model/analysis";
import type { BlockReader } from "../../server/src/language/parse/grammar";
import { parseContract, type ParseResult } from "../../server/src/language/parse/parse-contract";
import { fragment, lineBreak } from "./arbitraries";

/** One edit: what it removes and inserts, and where. */
export interface Edit {
  /** Where, as a fraction of the text's length, so that one edit fits any text. */
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
  /** Moved back to the line break before it: where block boundaries are made and broken. */
  readonly atLineBreak: boolean;
}

export function applyEdit(text: string, edit: Edit): string {
  const at = Math.floor(edit.at * (text.length + 1));
  const lineBreak = Math.max(text.lastIndexOf("\n", at), text.lastIndexOf("\r", at));
  const start = edit.atLineBreak && lineBreak >= 0 ? lineBreak : at;
  return text.slice(0, start) + edit.insert + text.slice(Math.min(text.length, start + edit.remove));
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 60 })),
  atLineBreak: fc.boolean(),
  insert: fc.oneof(
    fc.constant(""),
    fc.constantFrom("x", "第", "条", "\n", "\r", "\r\n", "\uFEFF", "（", "）", "{", "}", "　"),
    fc.array(fc.oneof(fragment, lineBreak), { maxLength: 3 }).map((parts) => parts.join("")),
  ),
});

/**
 * A parse as plain data, for comparing an incremental parse with a full one: moved blocks and the
 * document are built on first use (getters), which a deep comparison would not look at.
 */
export function plainParse(parse: ParseResult) {
  return {
    document: parse.document,
    problems: parse.problems,
    blocks: parse.blocks.map((b) => ({ slice: b.slice, block: b.block, problems: b.problems })),
  };
}

/**
 * Types the edits one after another, each version analysed from the one before (as the language
 * server does), and checks the versions `looked` picks, and the last, against reading the text
 * whole. A version nobody looks at keeps its blocks unmoved, so looking at only some versions
 * tests blocks moved several times before being looked at. `reader` may read long blocks in parts.
 */
export function typeAndCompare(
  start: string,
  edits: readonly Edit[],
  looked: (i: number) => boolean = () => true,
  reader?: BlockReader,
): Analysis {
  let previous = analyze(start, undefined, reader);
  edits.forEach((e, i) => {
    const text = applyEdit(previous.text, e);
    const next = analyze(text, previous, reader);
    if (looked(i) || i === edits.length - 1) {
      assert.deepStrictEqual(
        plainParse(next.parse),
        plainParse(parseContract(text)),
        `after edit ${i}: ${JSON.stringify(e)}`,
      );
    }
    previous = next;
  });
  return previous;
}
