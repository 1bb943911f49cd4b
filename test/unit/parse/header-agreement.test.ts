/**
 * The header syntax lives in three places: the splitter (parse/split-blocks.ts) that cuts a file
 * into blocks, the peggy grammar that reads each block, and the TextMate grammar that colours the
 * editor. Every line of every sample goes through all three, and they must agree on whether the
 * line is a header and of which kind.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseGenerated } from "../../../server/src/language/generated/contract-parser";
import { grammarOptions } from "../../../server/src/language/parse/grammar";
import { headerKindAt, type BlockKind } from "../../../server/src/language/parse/split-blocks";
import { readRepoFile, ROOT } from "../../helpers/fixtures";
import { tokenize } from "../../helpers/textmate";

type HeaderKind = Exclude<BlockKind, "leading">;

/** The block scope the TextMate grammar opens for each kind of header. */
const SCOPES: Readonly<Record<HeaderKind, string>> = {
  title: "meta.block.title.contract",
  party: "meta.block.party.contract",
  terms: "meta.block.terms.contract",
  preamble: "meta.block.preamble.contract",
  closing: "meta.block.closing.contract",
  signatures: "meta.block.signatures.contract",
  article: "meta.block.article.contract",
  chapter: "meta.block.chapter.contract",
  annex: "meta.block.annex.contract",
};

const HEADER_KINDS = Object.keys(SCOPES) as HeaderKind[];

function samplePaths(dir = join(ROOT, "samples")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return samplePaths(path);
    return entry.name.endsWith(".contract") ? [relative(ROOT, path)] : [];
  });
}

/**
 * The kinds whose start rule reads `line` alone: the peggy grammar's idea of the line. A header
 * too malformed to read (当事者 without its symbol) is rejected by its own rule as well: the block
 * is then kept whole and reported as syntax.invalid.
 */
function grammarKinds(line: string): HeaderKind[] {
  return HEADER_KINDS.filter((kind) => {
    try {
      parseGenerated(
        line,
        grammarOptions(kind, 0, () => undefined),
      );
      return true;
    } catch {
      return false;
    }
  });
}

/** The header kind the TextMate grammar gives the line: a heading scope inside a block scope. */
function textMateKind(tokens: readonly { readonly scopes: readonly string[] }[]): HeaderKind | null {
  const first = tokens.find((token) => token.scopes.some((scope) => scope.startsWith("markup.heading.")));
  if (first === undefined) return null;
  return HEADER_KINDS.find((kind) => first.scopes.includes(SCOPES[kind])) ?? null;
}

describe("header lines: the splitter, the peggy grammar and the TextMate grammar agree", () => {
  const paths = samplePaths();

  it("finds the samples", () => {
    assert.ok(paths.length > 40, `only ${paths.length} samples`);
  });

  for (const path of paths) {
    it(path, async () => {
      const text = readRepoFile(path);
      const lines = text.split(/\r\n|\r|\n/);
      const tokenized = await tokenize(text);
      let offset = 0;
      let headers = 0;
      let read = 0;
      const disagreements: string[] = [];
      lines.forEach((line, i) => {
        const splitter = headerKindAt(lines.join("\n"), offset);
        offset += line.length + 1;
        const kind = splitter === "leading" ? null : splitter;
        const peggy = grammarKinds(line);
        const textMate = textMateKind(tokenized[i]?.tokens ?? []);
        if (kind !== null) headers++;
        if (kind !== null && peggy.length > 0) read++;
        const agree = textMate === kind && peggy.every((k) => k === kind);
        if (!agree) {
          disagreements.push(
            `${i + 1}: 「${line}」 splitter ${kind ?? "-"}, peggy ${peggy.join("/") || "-"}, TextMate ${textMate ?? "-"}`,
          );
        }
      });
      assert.deepEqual(disagreements, []);
      assert.ok(headers > 0, "a sample without a single header line");
      // Only a sample about a malformed header may have one its grammar rule cannot read.
      assert.ok(read >= headers - 1, `${headers - read} header lines the grammar cannot read`);
    });
  }
});
