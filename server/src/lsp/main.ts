/**
 * `keiyaku-language-server`: the Keiyaku language server for any LSP editor. The transport comes
 * from the command line as vscode-languageserver reads it: --stdio, --node-ipc or --socket=N.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startLanguageServer } from "./server";

const TRANSPORTS = ["--stdio", "--node-ipc", "--socket", "--pipe", "--clientProcessId"];

if (!process.argv.some((arg) => TRANSPORTS.some((t) => arg.startsWith(t)))) {
  process.stderr.write(
    "使い方 / Usage: keiyaku-language-server --stdio | --node-ipc | --socket=PORT\n" +
      "エディタの LSP クライアントから起動してください。/ Start it from your editor's LSP client.\n",
  );
  process.exit(2);
}

startLanguageServer(createConnection(ProposedFeatures.all));
