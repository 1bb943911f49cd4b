import assert from "node:assert/strict";
import { SYNTAX_KINDS } from "../../../server/src/language/check/rules/syntax/syntax-errors";
import { isSyntaxId, SYNTAX_IDS } from "../../../server/src/language/parse/parse-problem";
import { readRepoFile } from "../../helpers/fixtures";

describe("syntax problem ids", () => {
  it("lists every id the peggy grammar reports, so none can fall through to a wrong entry", () => {
    const grammar = readRepoFile("grammar/contract.peggy");
    const ids = [...grammar.matchAll(/report\(\s*"([^"]+)"/gu)].map((m) => m[1] ?? "");
    assert.ok(ids.length >= 4, `found only ${ids.length} report calls`);
    assert.deepEqual(
      ids.filter((id) => !isSyntaxId(id)),
      [],
    );
  });

  it("has a catalogue entry for each id and no entry without an id", () => {
    assert.deepEqual(Object.keys(SYNTAX_KINDS).sort(), [...SYNTAX_IDS].sort());
  });
});
