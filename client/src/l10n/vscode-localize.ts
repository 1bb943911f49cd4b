/** The extension's `Localize`: VS Code's own l10n, reading client/dist/l10n/bundle.l10n.<locale>.json. */
import * as vscode from "vscode";
import type { Localize } from "./localize";

export const localize: Localize = (message, ...args) => vscode.l10n.t(message, ...args);
