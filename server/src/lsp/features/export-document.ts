/**
 * keiyaku/exportDocument: the contract as DOCX or PDF for the VS Code commands, made in a process
 * of its own (export-process.ts), which loads the export bundle (server/dist/export.js, with the
 * docx library): the server never loads it, and never blocks while a large contract is written.
 */
import { ExportDocumentRequest } from "../../protocol";
import { exportInChildProcess } from "../export-process";
import type { Feature } from "./feature";

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
        return exportInChildProcess({ format: params.format, text: document.getText(), browser });
      }),
    );
  },
};
