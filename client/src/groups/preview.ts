/**
 * The preview group: the preview panels and their manager, loaded when the first preview opens or
 * VS Code restores one after a reload.
 */
import { createSystemClock } from "../common/clock";
import type { ContractRenderer } from "../preview/contract-renderer";
import { PreviewManager } from "../preview/preview-manager";
import type * as vscode from "vscode";

export function createPreviews(
  extensionUri: vscode.Uri,
  renderer: ContractRenderer,
  log: vscode.LogOutputChannel,
): PreviewManager {
  return new PreviewManager({ extensionUri, renderer, log, clock: createSystemClock() });
}
