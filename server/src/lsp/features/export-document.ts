/**
 * keiyaku/exportDocument: the contract as DOCX or PDF for the VS Code commands. The export bundle
 * (server/dist/export.js, with the docx library) is loaded on the first export, never at startup.
 */
import { loadExport } from "../../export/load-export";
import { documentLayout } from "../../language";
import { ExportDocumentRequest } from "../../protocol";
import type { Feature } from "./feature";

export const exportDocumentFeature: Feature = {
  capabilities: {},
  register({ connection, service, documents, guard }) {
    connection.onRequest(
      ExportDocumentRequest,
      guard("exportDocument", null, async (params) => {
        const document = documents.get(params.textDocument.uri);
        if (document === undefined || (params.format !== "docx" && params.format !== "pdf")) return null;
        // The browser comes from the machine-scoped setting: a workspace cannot choose what runs.
        const browser = typeof params.browser === "string" && params.browser !== "" ? params.browser : null;
        const analysis = documents.analysisOf(document);
        const { exportContract } = await loadExport();
        const result = await exportContract(
          params.format,
          { layout: () => documentLayout(analysis), html: () => service.render(analysis, "html") },
          { browser },
        );
        return result.ok
          ? { ok: true, data: Buffer.from(result.bytes).toString("base64") }
          : { ok: false, message: result.message };
      }),
    );
  },
};
