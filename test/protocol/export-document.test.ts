/**
 * keiyaku/exportDocument over JSON-RPC, against the built server: the server loads its export bundle
 * (server/dist/export.js) on the first request and answers with the file's bytes, or with a Japanese
 * message when no file can be made.
 */
import assert from "node:assert/strict";
import { contractWithArticles } from "../../bench/bench-inputs";
import type { ExportDocumentResult } from "../../server/src/protocol";
import { FILLED_PATH, sample } from "../helpers/fixtures";
import { startSession, type Session } from "./lsp-session";

const URI = "file:///work/filled.contract";
const FILLED = sample(FILLED_PATH);

describe("language server: keiyaku/exportDocument", function () {
  this.timeout(120_000);
  let session: Session;

  before(async () => {
    session = await startSession();
    await session.open(URI, FILLED);
  });

  after(async () => {
    await session.stop();
  });

  it("answers a DOCX of the open document, from the lazily loaded export bundle", async () => {
    const result = await session.request<ExportDocumentResult>("keiyaku/exportDocument", {
      textDocument: { uri: URI },
      format: "docx",
      browser: null,
    });
    assert.ok(result.ok, result.ok ? "" : result.message);
    const bytes = Buffer.from(result.data, "base64");
    assert.equal(bytes.subarray(0, 4).toString("latin1"), "PK\u0003\u0004");
    assert.ok(bytes.includes("word/document.xml"));
  });

  it("answers other requests while a large contract is written, in a process of its own", async () => {
    // A thousand articles take seconds to write as Word: the server goes on answering meanwhile.
    const uri = "file:///work/thousand.contract";
    await session.open(uri, contractWithArticles(FILLED, 1_000));
    const order: string[] = [];
    const exported = session
      .request<ExportDocumentResult>("keiyaku/exportDocument", {
        textDocument: { uri },
        format: "docx",
        browser: null,
      })
      .then((result) => {
        order.push("export");
        return result;
      });
    await session.request("textDocument/foldingRange", { textDocument: { uri: URI } });
    order.push("folding");
    const result = await exported;
    assert.deepEqual(order, ["folding", "export"]);
    assert.ok(result.ok && Buffer.from(result.data, "base64").includes("word/document.xml"));
  });

  it("says in Japanese that the given browser does not run, rather than failing", async () => {
    const result = await session.request<ExportDocumentResult>("keiyaku/exportDocument", {
      textDocument: { uri: URI },
      format: "pdf",
      browser: "/no/such/browser",
    });
    assert.equal(result.ok, false);
    assert.match(result.ok ? "" : result.message, /ブラウザ「\/no\/such\/browser」を実行できません。/);
  });

  it("answers null for a format it does not make", async () => {
    const result = await session.request<ExportDocumentResult | null>("keiyaku/exportDocument", {
      textDocument: { uri: URI },
      format: "exe",
      browser: null,
    });
    assert.equal(result, null);
  });

  it("answers null for a document it does not know", async () => {
    const result = await session.request<ExportDocumentResult | null>("keiyaku/exportDocument", {
      textDocument: { uri: "file:///nope.contract" },
      format: "docx",
      browser: null,
    });
    assert.equal(result, null);
  });
});
