/**
 * 「新旧対照表を表示」: the contract compared with its last commit (through the git extension) or a
 * file the user picks, beside the editor. Tests pass the old version's file as a second argument.
 * The view's code is loaded on first use, not at activation.
 */
import * as vscode from "vscode";
import type { ComparisonView } from "../comparison/comparison-view";
import type { OldVersion } from "../comparison/old-version";
import type { Clock } from "../common/clock";
import { localize } from "../l10n/vscode-localize";
import type { ServerRequests } from "../server/server-requests";
import { commandTarget } from "./command-target";

export interface ShowComparisonContext {
  readonly extensionUri: vscode.Uri;
  /** The server's requests once the language client's group has loaded (extension.ts). */
  readonly requests: Promise<ServerRequests>;
  readonly clock: Clock;
  readonly log: vscode.LogOutputChannel;
}

async function chooseOldVersion(resource: vscode.Uri, file: unknown): Promise<OldVersion | null> {
  const versions = await import("../comparison/old-version");
  if (file instanceof vscode.Uri) return versions.fromFile(file);
  const committed = await versions.lastCommitted(resource);
  const pickTitle = localize("Choose the old version of the contract");
  if (committed === null) return versions.pickFile(resource, pickTitle);
  const lastCommit = localize("Last commit ({0})", committed.name);
  const aFile = localize("A file…");
  const choice = await vscode.window.showQuickPick([lastCommit, aFile], {
    title: localize("Compare with"),
  });
  if (choice === undefined) return null;
  return choice === lastCommit ? committed : versions.pickFile(resource, pickTitle);
}

async function show(
  context: ShowComparisonContext,
  argument: unknown,
  file: unknown,
): Promise<ComparisonView | undefined> {
  const resource = commandTarget(argument, undefined);
  if (resource === undefined) {
    void vscode.window.showInformationMessage(localize("Open a contract (.contract) to compare it."));
    return undefined;
  }
  const old = await chooseOldVersion(resource, file);
  if (old === null) return undefined;
  const document = await vscode.workspace.openTextDocument(resource);
  const { openComparisonView } = await import("../comparison/comparison-view");
  return openComparisonView({ ...context, requests: await context.requests, document, old });
}

export function registerShowComparison(context: ShowComparisonContext): vscode.Disposable {
  return vscode.commands.registerCommand(
    "keiyaku.showComparison",
    async (argument: unknown, file: unknown) => {
      try {
        return await show(context, argument, file);
      } catch (error) {
        context.log.error(`showComparison: ${String(error)}`);
        void vscode.window.showErrorMessage(localize("Could not compare the contract: {0}", String(error)));
        return undefined;
      }
    },
  );
}
