/**
 * `keiyaku-language-server`: the Keiyaku language server for any LSP editor. The transport comes
 * from the command line as vscode-languageserver reads it: --stdio, --node-ipc or --socket=N.
 */
import {
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
} from "vscode-languageserver/node";
import { CHILD_JOB_FLAG, serveChildJob } from "./child-jobs";
import { FramedMessageReader } from "./framed-reader";
import { messageBytes } from "./serialized-json";
import { limitHeapGrowth } from "./heap-growth";
import { startLanguageServer } from "./server";

const TRANSPORTS = ["--stdio", "--node-ipc", "--socket", "--pipe", "--clientProcessId"];

/** Over stdio, messages are read by FramedMessageReader (size cap, framing errors, shutdown). */
function connection(): Connection {
  if (!process.argv.includes("--stdio")) return createConnection(ProposedFeatures.all);
  // Answers written as JSON by a feature in steps are spliced in here (serialized-json.ts).
  const writer = new StreamMessageWriter(process.stdout, {
    contentTypeEncoder: {
      name: "application/vscode-jsonrpc",
      encode: (message) => Promise.resolve(messageBytes(message)),
    },
  });
  const reader = new FramedMessageReader(process.stdin, writer, (reason) => {
    process.stderr.write(`[keiyaku] ${reason}: exiting, so that the client starts the server again\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, writer);
}

function startServer(): void {
  if (!process.argv.some((arg) => TRANSPORTS.some((t) => arg.startsWith(t)))) {
    process.stderr.write(
      "使い方 / Usage: keiyaku-language-server --stdio | --node-ipc | --socket=PORT\n" +
        "エディタの LSP クライアントから起動してください。/ Start it from your editor's LSP client.\n",
    );
    process.exit(2);
  }
  limitHeapGrowth();
  // Over stdio the answers' backlog is stdout's: slices wait while the client reads a large answer.
  const overStdio = process.argv.includes("--stdio");
  startLanguageServer(connection(), {
    outputPending: overStdio ? () => process.stdout.writableLength > 0 : undefined,
    serializedAnswers: overStdio,
  });
}

// The same bundle runs exports and imports in a child process (child-jobs.ts).
if (process.argv.includes(CHILD_JOB_FLAG)) serveChildJob();
else startServer();
