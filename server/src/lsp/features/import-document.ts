/**
 * keiyaku/importDocument (protocol.ts): the editor's 「Word・テキストから取り込む」. The client
 * sends the file's bytes; the server imports them as the CLI does (server/src/import/), in a child
 * process, and answers the .contract text, or the Japanese message saying why not.
 */
import { ImportDocumentRequest, type ImportDocumentResult } from "../../protocol";
import { runInChildProcess } from "../child-jobs";
import type { Feature } from "./feature";

const FAILED: ImportDocumentResult = {
  ok: false,
  message:
    "取り込みに失敗しました（Keiyaku の不具合です）。出力パネルの Keiyaku のログを添えて報告してください。",
};

export const importDocumentFeature: Feature = {
  capabilities: {},
  register({ connection, guard }) {
    connection.onRequest(
      ImportDocumentRequest,
      // In a process of its own (child-jobs.ts): reading a large .docx takes seconds.
      guard("importDocument", FAILED, (params) => runInChildProcess({ kind: "import", params }, FAILED)),
    );
  },
};
