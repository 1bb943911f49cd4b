/** 「プレビューを開く」, 「プレビューを横に開く」 and the locked variant. */
import * as vscode from "vscode";
import { localize } from "../l10n/vscode-localize";
import type { PreviewManager, ShowPreviewOptions } from "../preview/preview-manager";
import { commandTarget } from "./command-target";

const PREVIEW_COMMANDS: Readonly<Record<string, ShowPreviewOptions>> = {
  "keiyaku.showPreview": { sideBySide: false, locked: false },
  "keiyaku.showPreviewToSide": { sideBySide: true, locked: false },
  "keiyaku.showLockedPreviewToSide": { sideBySide: true, locked: true },
};

/**
 * `previews` loads the preview group on first use (extension.ts); `focusedPreview` answers without
 * loading it (no preview can have the focus before it is loaded).
 */
export function registerPreviewCommands(
  previews: () => PreviewManager,
  focusedPreview: () => vscode.Uri | undefined,
): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(PREVIEW_COMMANDS).map(([command, options]) =>
      vscode.commands.registerCommand(command, (argument: unknown) => {
        const resource = commandTarget(argument, focusedPreview());
        if (resource === undefined) {
          void vscode.window.showInformationMessage(localize("Open a contract (.contract) to preview it."));
          return;
        }
        previews().show(resource, options);
      }),
    ),
  );
}
