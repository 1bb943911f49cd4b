/**
 * Asking the client to ask again. A large document's requests are answered empty while it is first
 * read (contract-documents.ts `view`); once it is read, the client is asked to refresh what the
 * protocol lets a server refresh, as language servers do after indexing. The outline has no such
 * request, so it waits for the read instead.
 */
import type { ClientCapabilities, Connection } from "vscode-languageserver";

export function askClientToRefresh(connection: Connection, capabilities: ClientCapabilities): void {
  const workspace = capabilities.workspace;
  const report = (what: string) => (error: unknown) =>
    connection.console.error(`keiyaku: ${what} refresh failed: ${String(error)}`);
  if (workspace?.semanticTokens?.refreshSupport === true) {
    connection.languages.semanticTokens.refresh().catch(report("semantic tokens"));
  }
  if (workspace?.foldingRange?.refreshSupport === true) {
    connection.languages.foldingRange.refresh().catch(report("folding range"));
  }
  if (workspace?.inlayHint?.refreshSupport === true) {
    connection.languages.inlayHint.refresh().catch(report("inlay hint"));
  }
}
