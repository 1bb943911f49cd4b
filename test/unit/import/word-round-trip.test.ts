/**
 * Word round trip: the filled sample exported as DOCX (keiyaku render --format docx) and imported
 * again gives back its values and its rendered text.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importDocument } from "../../../server/src/import/import-document";
import { createContractService } from "../../../server/src/language";
import { runCli } from "../../helpers/cli-run";
import { FILLED_PATH, GOLDEN_PATH, readRepoFile, ROOT, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

const service = createContractService();

function rendered(source: string): string {
  return service.render(service.analyze(source), "text");
}

/** The 当事者 and 条件 blocks: the contract's values. */
function values(source: string): string {
  return source
    .split(/\n\s*\n/u)
    .filter((block) => /^(?:当事者 |条件$)/u.test(block.split("\n")[0] ?? ""))
    .join("\n\n");
}

async function exportedAndImported(path: string): Promise<string> {
  const docx = join(tempFolder("round-trip"), "contract.docx");
  const exported = await runCli("render", join(ROOT, path), "--format", "docx", "-o", docx);
  assert.equal(exported.code, 0, exported.stderr);
  const imported = await importDocument("contract.docx", readFileSync(docx));
  assert.ok(imported.ok, imported.ok ? "" : imported.message);
  assert.equal(imported.reading, "contract");
  return imported.source;
}

describe("import: Keiyaku's own DOCX export, imported again", function () {
  this.timeout(60_000);

  it("gives back the filled sample's values and its rendered text", async () => {
    const source = await exportedAndImported(FILLED_PATH);
    assert.equal(rendered(source), rendered(sample(FILLED_PATH)));
    assert.equal(values(source), values(sample(FILLED_PATH)));
    assert.deepEqual(
      service
        .check(service.analyze(source))
        .filter((d) => d.severity === "error" || d.severity === "warning"),
      [],
    );
  });

  it("gives back the template, blanks included, which renders to the golden file", async () => {
    const source = await exportedAndImported(TEMPLATE_PATH);
    assert.equal(rendered(source), readRepoFile(GOLDEN_PATH));
    assert.equal(values(source), values(sample(TEMPLATE_PATH)));
  });
});
