/**
 * The language server reads the workspace's .keiyaku/ folder: a contract whose title matches a
 * workspace type is checked as that type, the playbook's rules apply, a bad type file gets its
 * problem as a diagnostic on that file at its place, and keiyaku/contractTypes lists the types.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ContractTypesResult } from "../../server/src/protocol";
import { startSession } from "./lsp-session";

const LEASE_TYPE = {
  id: "office-lease",
  name: "事務所賃貸借契約書",
  titlePatterns: ["賃貸借"],
  articles: [{ topic: "敷金", essential: true, skeleton: ["乙は甲に敷金を預け入れる。"] }],
};

const PLAYBOOK = {
  rules: [
    {
      id: "no-waiver",
      kind: "forbiddenPhrase",
      phrases: ["一切の責任を負わない"],
      message: "全面免責は受け入れません。",
    },
  ],
};

describe("language server: the workspace's .keiyaku/ folder", function () {
  this.timeout(30000);
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "keiyaku-ws-"));
    mkdirSync(join(root, ".keiyaku", "types"), { recursive: true });
    writeFileSync(join(root, ".keiyaku", "types", "lease.json"), JSON.stringify(LEASE_TYPE, null, 2));
    writeFileSync(join(root, ".keiyaku", "types", "broken.json"), '{\n  "id": "broken",\n  "nmae": "x"\n}\n');
    writeFileSync(join(root, ".keiyaku", "playbook.json"), JSON.stringify(PLAYBOOK));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("checks a contract as the workspace type, applies the playbook and reports a bad type file", async () => {
    const session = await startSession();
    try {
      const uri = pathToFileURL(join(root, "lease.contract")).href;
      const brokenUri = pathToFileURL(join(root, ".keiyaku", "types", "broken.json")).href;
      const broken = session.nextDiagnostics(brokenUri);
      const checked = session.nextDiagnostics(uri);
      await session.open(uri, "契約書「事務所賃貸借契約書」\n\n第1条（目的）\n甲は一切の責任を負わない。\n");
      const ids = (await checked).diagnostics.map((d) => d.code);
      assert.ok(ids.includes("structure.missing-essential-article"), ids.join(", "));
      assert.ok(ids.includes("playbook.no-waiver"), ids.join(", "));
      assert.ok(!ids.includes("structure.unknown-contract-type"), ids.join(", "));
      const problems = (await broken).diagnostics.map((d) => ({ ...d, message: String(d.message) }));
      const unknownKey = problems.find((d) => d.message.includes("nmae"));
      assert.ok(unknownKey !== undefined, problems.map((d) => d.message).join("\n"));
      assert.deepEqual(unknownKey.range.start, { line: 2, character: 2 });

      const listed = await session.request<ContractTypesResult>("keiyaku/contractTypes", { uri });
      const lease = listed.types.find((t) => t.id === "office-lease");
      assert.equal(lease?.source, "workspace");
      assert.match(lease?.template ?? "", /契約書「事務所賃貸借契約書」/u);
      assert.ok(listed.types.some((t) => t.id === "nda-mutual" && t.template.includes("秘密保持契約書")));
    } finally {
      await session.stop();
    }
  });
});
