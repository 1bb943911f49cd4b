/** The preview's and the export's requests to the language server (server/src/protocol.ts). */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import {
  ExportDocumentRequest,
  ExportHtmlRequest,
  RenderRequest,
  type ExportDocumentParams,
  type ExportDocumentResult,
  type ExportHtmlResult,
  type RenderResult,
} from "../../../server/src/protocol";
import type { ContractRenderer } from "../preview/contract-renderer";

export interface ServerRenderer extends ContractRenderer {
  /** The contract as a standalone HTML file; null if the server does not know it. */
  exportHtml(resource: vscode.Uri): Promise<ExportHtmlResult | null>;
  /** The contract as a DOCX or PDF file; null if the server does not know it. */
  exportDocument(
    resource: vscode.Uri,
    format: ExportDocumentParams["format"],
    browser: string | null,
  ): Promise<ExportDocumentResult | null>;
}

export function createServerRenderer(client: LanguageClient): ServerRenderer {
  // Opening the document (a no-op if it is open) makes the client send it to the server first;
  // a restored preview or a file chosen in the explorer may not be open yet.
  const textDocument = async (resource: vscode.Uri): Promise<{ uri: string }> => {
    const document = await vscode.workspace.openTextDocument(resource);
    return { uri: client.code2ProtocolConverter.asUri(document.uri) };
  };
  return {
    async render(resource): Promise<RenderResult | null> {
      const params = { textDocument: await textDocument(resource) };
      const result = await client.sendRequest(RenderRequest, params);
      return result !== null && result.uri === params.textDocument.uri ? result : null;
    },
    async exportHtml(resource) {
      return client.sendRequest(ExportHtmlRequest, { textDocument: await textDocument(resource) });
    },
    async exportDocument(resource, format, browser) {
      const params = { textDocument: await textDocument(resource), format, browser };
      return client.sendRequest(ExportDocumentRequest, params);
    },
  };
}
