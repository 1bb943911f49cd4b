/**
 * Inputs for the long fuzz run that the unit generators do not cover: real contracts (the samples
 * and every per-diagnostic example) with hostile edits at random places, so that checks with
 * quick fixes fire far more often than on random text.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { FILLED_PATH, ROOT, sample, TEMPLATE_PATH } from "../helpers/fixtures";

const DIAGNOSTIC_SAMPLES = readdirSync(join(ROOT, "samples", "diagnostics"))
  .filter((name) => name.endsWith(".contract"))
  .sort()
  .map((name) => `samples/diagnostics/${name}`);

/** Every sample contract's text, the two full contracts first. */
export const SAMPLE_TEXTS: readonly string[] = [TEMPLATE_PATH, FILLED_PATH, ...DIAGNOSTIC_SAMPLES].map(
  sample,
);

// What a drafter's typo or a hostile counterparty adds: brackets, numbering, blanks, values of
// the wrong shape, surrogate halves, bidi controls and line breaks of every kind.
const EDIT_FRAGMENTS = [
  "{",
  "}",
  "{{",
  "{月額報酬}",
  "{甲.会社名}",
  "{未定義}",
  "（",
  "）",
  "「",
  "」",
  "第",
  "第3条",
  "第99条第2項",
  "前条",
  "1．",
  "（1）",
  "＿",
  "●●",
  "300,000円",
  "令和8年2月30日",
  "1年",
  "6か月",
  "（以下「本件」という。）",
  "本件",
  "甲",
  "乙",
  "：",
  "\n",
  "\r\n",
  "\r",
  "\n第5条（追加）\n",
  "\n  備考：＿\n",
  "𠮷",
  "\uD800",
  "\u202E",
  "\u0000",
  "\uFEFF",
  "\u3000",
];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 12 }) }),
  insert: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...EDIT_FRAGMENTS) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  ),
});

/** A sample contract with up to six random edits (each a deletion and an insertion at one place). */
export const editedSample = fc
  .tuple(fc.constantFrom(...SAMPLE_TEXTS), fc.array(edit, { maxLength: 6 }))
  .map(([text, edits]) =>
    edits.reduce((t, e) => {
      const at = t.length === 0 ? 0 : e.at % (t.length + 1);
      return t.slice(0, at) + e.insert + t.slice(at + e.remove);
    }, text),
  );
