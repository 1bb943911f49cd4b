/**
 * keiyaku/exportDocument: the contract as DOCX or PDF for the VS Code commands, made in a process
 * of its own (child-jobs.ts), which loads the export bundle (server/dist/export.js, with the
 * docx library): the server never loads it, and never blocks while a large contract is written.
 */
import { ExportDocumentRequest, type ExportDocumentResult } from "../../protocol";
import { runInChildProcess } from "../child-jobs";
import type { Feature } from "./feature";

const EXPORT_FAILED: ExportDocumentResult = {
  ok: false,
  message:
    "書き出しの処理が途中で終了しました（Keiyaku の不具合です）。もう一度お試しください。続く場合は `keiyaku render` で書き出し、出力パネルの Keiyaku のログを添えて報告してください。",
};

export const exportDocumentFeature: Feature = {
  capabilities: {},
  register({ connection, documents, guard }) {
    connection.onRequest(
      ExportDocumentRequest,
      guard("exportDocument", null, async (params) => {
        const document = documents.get(params.textDocument.uri);
        if (document === undefined || (params.format !== "docx" && params.format !== "pdf")) return null;
        // The browser comes from the machine-scoped setting: a workspace cannot choose what runs.
        const browser = typeof params.browser === "string" && params.browser !== "" ? params.browser : null;
        return runInChildProcess(
          { kind: "export", format: params.format, text: document.getText(), browser },
          EXPORT_FAILED,
        );
      }),
    );
  },
};
