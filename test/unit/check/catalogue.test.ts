import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { CATALOGUE } from "../../../server/src/language/check/registry";
import { DOC_PATH, renderDiagnosticsDoc, samplePath } from "../../../scripts/diagnostics-doc";
import { check } from "../../helpers/check";
import { ROOT } from "../../helpers/fixtures";

const publicKinds = CATALOGUE.filter((k) => !k.id.startsWith("internal."));

describe("the diagnostics catalogue", () => {
  it("has unique, namespaced ids with Japanese titles, fixes and examples", () => {
    const ids = CATALOGUE.map((k) => k.id);
    assert.equal(new Set(ids).size, ids.length, "duplicate id");
    for (const kind of CATALOGUE) {
      assert.match(kind.id, /^[a-z]+\.[a-z0-9-]+$/, kind.id);
      assert.match(kind.title, /[ぁ-んァ-ヶ一-龠]/, `${kind.id} title is Japanese`);
      assert.match(kind.fix, /[ぁ-んァ-ヶ一-龠]/, `${kind.id} fix is Japanese`);
      assert.ok(kind.example.bad.length > 0 && kind.example.good.length > 0, `${kind.id} example`);
    }
  });

  it("docs/diagnostics.md is generated from the catalogue (run npm run docs)", async () => {
    const config = await prettier.resolveConfig(DOC_PATH);
    const expected = await prettier.format(renderDiagnosticsDoc(), { ...config, parser: "markdown" });
    assert.equal(readFileSync(DOC_PATH, "utf8"), expected);
  });

  for (const kind of publicKinds) {
    it(`${samplePath(kind.id)} shows ${kind.id}`, () => {
      const path = join(ROOT, samplePath(kind.id));
      assert.ok(existsSync(path), `missing ${samplePath(kind.id)}`);
      const ids = check(readFileSync(path, "utf8")).map((d) => d.id);
      assert.ok(ids.includes(kind.id), `${kind.id} not reported; got ${ids.join(", ")}`);
    });
  }

  it("has no sample file for an id that does not exist", () => {
    const ids = new Set(CATALOGUE.map((k) => k.id));
    const files = readdirSync(join(ROOT, "samples/diagnostics")).filter((f) => f.endsWith(".contract"));
    assert.deepEqual(
      files.filter((f) => !ids.has(f.replace(/\.contract$/, ""))),
      [],
    );
  });
});
