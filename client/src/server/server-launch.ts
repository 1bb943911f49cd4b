/**
 * The Node options VS Code starts the language server with: those the server is meant to run with
 * (server/src/protocol.ts: V8 reads them only at start), and the inspector when debugging it.
 */
import { SERVER_NODE_OPTIONS } from "../../../server/src/protocol";

export function serverExecArgv(debug: boolean): string[] {
  return debug ? [...SERVER_NODE_OPTIONS, "--nolazy", "--inspect=6009"] : [...SERVER_NODE_OPTIONS];
}
