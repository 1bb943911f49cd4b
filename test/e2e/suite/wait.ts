/** Waiting on VS Code's own events, never on time alone (each wait has a deadline for failure). */
import * as vscode from "vscode";

export async function until<T>(
  event: vscode.Event<unknown>,
  check: () => T | undefined,
  what: string,
  timeoutMs = 30000,
): Promise<T> {
  const now = check();
  if (now !== undefined) return now;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

export function diagnosticsFor(
  uri: vscode.Uri,
  accept: (d: readonly vscode.Diagnostic[]) => boolean,
  what: string,
) {
  return until(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const current = vscode.languages.getDiagnostics(uri);
      return accept(current) ? current : undefined;
    },
    what,
  );
}

/** Resolves when `event` has stayed silent for `quietMs` (a bounded negative check). */
export function staysQuiet(event: vscode.Event<unknown>, quietMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(true);
    }, quietMs);
    const subscription = event(() => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(false);
    });
  });
}
