/**
 * Asking the client to ask again. A large document's requests are answered early: empty while it
 * is first read, and from the last prepared version moved through the edits after a keystroke
 * (contract-documents.ts `view`), which can be out of date in the edited range. Once the current
 * version is prepared, the client is asked to refresh what the protocol lets a server refresh
 * (semantic tokens, folding, inlay hints), as language servers do after indexing. The outline has
 * no such request: it waits for the first read, and is asked for again after every edit.
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
