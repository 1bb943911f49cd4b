/**
 * Keiyaku's own requests other than the preview's (server-renderer.ts): the contract types, the
 * import and the comparison. They live in the language-server group because a request type must
 * come from the same copy of vscode-jsonrpc as the client that sends it (the library compares its
 * parameter-structure constants by identity), and because importing server/src/protocol.ts here
 * keeps vscode-languageserver-protocol out of the activation bundle.
 */
import type * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import {
  CompareRequest,
  ContractTypesRequest,
  ImportDocumentRequest,
  type CompareResult,
  type ContractTypesResult,
  type ImportDocumentParams,
  type ImportDocumentResult,
} from "../../../server/src/protocol";

export interface ServerRequests {
  /** The contract types for the document or folder `scope` (its .keiyaku/types count). */
  contractTypes(scope: vscode.Uri | undefined): Promise<ContractTypesResult>;
  importDocument(params: ImportDocumentParams): Promise<ImportDocumentResult>;
  /** The open `document` compared with an old text; null if the server does not know it. */
  compare(document: vscode.Uri, oldText: string, oldName: string): Promise<CompareResult | null>;
  /** The URI as the server names it, to match results with their document. */
  protocolUri(resource: vscode.Uri): string;
}

export function createServerRequests(client: LanguageClient): ServerRequests {
  const protocolUri = (resource: vscode.Uri) => client.code2ProtocolConverter.asUri(resource);
  return {
    contractTypes: (scope) =>
      client.sendRequest(ContractTypesRequest, { uri: scope === undefined ? null : protocolUri(scope) }),
    importDocument: (params) => client.sendRequest(ImportDocumentRequest, params),
    compare: (document, oldText, oldName) =>
      client.sendRequest(CompareRequest, { textDocument: { uri: protocolUri(document) }, oldText, oldName }),
    protocolUri,
  };
}
