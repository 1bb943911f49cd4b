/** keiyaku/compare over JSON-RPC: the 新旧対照表 of an open contract against an older text. */
import assert from "node:assert/strict";
import type { CompareResult } from "../../server/src/protocol";
import { FILLED_PATH, sample } from "../helpers/fixtures";
import { startSession, type Session } from "./lsp-session";

const URI = "file:///work/%E5%A5%91%E7%B4%84%E6%9B%B8.contract";

describe("language server: keiyaku/compare", function () {
  this.timeout(30000);
  let session: Session;
  const text = sample(FILLED_PATH);
  beforeEach(async () => {
    session = await startSession();
    await session.open(URI, text.replace("月額報酬：300,000円", "月額報酬：330,000円"));
  });
  afterEach(() => session.stop());

  it("compares the open document with the old text, rows pointing into the open document", async () => {
    const result = await session.request<CompareResult>("keiyaku/compare", {
      textDocument: { uri: URI },
      oldText: text,
      oldName: "HEAD:契約書.contract",
    });
    assert.equal(result.empty, false);
    assert.equal(result.version, 1);
    assert.match(result.html, /新：契約書\.contract\u3000旧：HEAD:契約書\.contract/);
    const start = /data-source-start="(\d+)"/.exec(result.html)?.[1];
    assert.equal(Number(start), text.indexOf("第7条（報酬）"));
  });

  it("says when the versions read the same, and answers null for an unknown document", async () => {
    const same = await session.request<CompareResult>("keiyaku/compare", {
      textDocument: { uri: URI },
      oldText: text.replace("月額報酬：300,000円", "月額報酬：330,000円").replace(/\n/g, "\r\n"),
      oldName: "old",
    });
    assert.equal(same.empty, true);
    const unknown = await session.request<CompareResult | null>("keiyaku/compare", {
      textDocument: { uri: "file:///nope.contract" },
      oldText: text,
      oldName: "old",
    });
    assert.equal(unknown, null);
  });
});
