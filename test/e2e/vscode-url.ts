/** URLs that open code-server's workbench with a folder and a payload (files, test runner). */
import type { CodeServer } from "./code-server";

export type Payload = readonly (readonly [string, string])[];

/** A path on this machine as code-server's remote authority sees it. */
export function remoteUri(server: CodeServer, path: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}

export function workbenchUrl(server: CodeServer, payload: Payload = []): string {
  const query = new URLSearchParams({ folder: server.workspace });
  if (payload.length > 0) query.set("payload", JSON.stringify(payload));
  return `${server.origin}/?${query.toString()}`;
}
