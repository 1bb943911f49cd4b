/**
 * VS Code's own record of an extension's activation, as its "Developer: Startup Performance" view
 * shows it (the perf:Startup Performance document, whose "Extension Activation Stats" table lists
 * every activated extension). That view is VS Code's, not an API, so its shape belongs to the
 * code-server version the harness pins; reading it is still the only way to see the time VS Code
 * spent loading the extension's module, which the extension cannot time itself.
 */
import * as vscode from "vscode";
import { until } from "./wait";

export interface ActivationRecord {
  /** Activated at startup ("*" or onStartupFinished) rather than by an event. */
  readonly eager: boolean;
  readonly event: string;
  /** require() of the extension's main module. */
  readonly loadCodeMs: number;
  /** The activate() call, until it returned. */
  readonly callActivateMs: number;
  /** From activate()'s return until the promise it returned resolved (0 when it returns none). */
  readonly finishActivateMs: number;
}

const STATS_URI = vscode.Uri.from({ scheme: "perf", path: "Startup Performance" });
const HEADING = "Extension Activation Stats";

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

/** The row for `extensionId` in the view's text, or undefined while it has none. */
function parseActivationRecord(text: string, extensionId: string): ActivationRecord | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.includes(HEADING));
  if (start === -1) return undefined;
  const headerIndex = lines.findIndex((l, i) => i > start && l.includes("|"));
  const header = cellsOf(lines[headerIndex] ?? "");
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`the ${HEADING} table has no "${name}" column: ${header.join(" | ")}`);
    return index;
  };
  const row = lines
    .slice(headerIndex + 1)
    .map(cellsOf)
    .find((cells) => cells[column("Extension")]?.toLowerCase() === extensionId.toLowerCase());
  if (row === undefined) return undefined;
  const number = (name: string): number => {
    const value = Number(row[column(name)]);
    if (!Number.isFinite(value)) throw new Error(`"${name}" is not a number in ${row.join(" | ")}`);
    return value;
  };
  return {
    eager: row[column("Eager")] === "true",
    event: row[column("Event")] ?? "",
    loadCodeMs: number("Load Code"),
    callActivateMs: number("Call Activate"),
    finishActivateMs: number("Finish Activate"),
  };
}

/**
 * VS Code's record of `extensionId`'s activation, once it has one. Showing the view opens a
 * Markdown document, which activates VS Code's Markdown extensions: call this only after the
 * activation being measured, so that their work does not run inside it.
 */
export async function activationRecordOf(extensionId: string): Promise<ActivationRecord> {
  // The view's content provider exists only once the view has been shown.
  await vscode.commands.executeCommand("perfview.show");
  const document = await vscode.workspace.openTextDocument(STATS_URI);
  // The view fills in asynchronously ("Loading..." first) and follows every activation.
  return until(
    vscode.workspace.onDidChangeTextDocument,
    () => parseActivationRecord(document.getText(), extensionId),
    `VS Code's activation record of ${extensionId}`,
  );
}
