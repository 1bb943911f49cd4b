/** What the preview needs from the language server: the contract rendered as an HTML fragment. */
import type * as vscode from "vscode";
import type { RenderResult } from "../../../server/src/protocol";

export interface ContractRenderer {
  /** The contract at `resource` as the server last saw it; null if the server does not know it. */
  render(resource: vscode.Uri): Promise<RenderResult | null>;
}
