/**
 * Reads LSP messages from a stream, as vscode-jsonrpc's StreamMessageReader does, with two guards
 * it lacks:
 *
 * - framing. A header without a valid Content-Length, a header longer than MAX_HEADER_BYTES or a
 *   Content-Length over MAX_MESSAGE_BYTES cannot be recovered from (where the next message starts
 *   is unknown), and StreamMessageReader wedged for good on one, or buffered without limit for
 *   `Content-Length: 99999999999999`. The reader reports it and the server exits, so that the
 *   client restarts it. A well-framed body that is not JSON is skipped, as before.
 * - shutdown. After `shutdown`, every request but `exit` is answered InvalidRequest, as the protocol
 *   says, and other notifications are dropped.
 */
import {
  AbstractMessageReader,
  Disposable,
  ErrorCodes,
  type DataCallback,
  type Message,
  type MessageWriter,
} from "vscode-languageserver/node";

/** The largest message body read: a 4 MB contract (see MAX_CONTRACT_LENGTH) as JSON fits well. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from("\r\n\r\n", "ascii");

interface Request {
  readonly id?: unknown;
  readonly method?: unknown;
}

function contentLength(header: string): number | null {
  const line = header.split("\r\n").find((l) => /^content-length\s*:/iu.test(l));
  const value = line?.slice(line.indexOf(":") + 1).trim() ?? "";
  return /^\d+$/u.test(value) ? Number(value) : null;
}

export class FramedMessageReader extends AbstractMessageReader {
  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly writer: MessageWriter,
    private readonly fail: (reason: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    let chunks: Buffer[] = [];
    let buffered = 0;
    let expected: number | null = null;
    let shutDown = false;
    const deliver = (body: Buffer) => {
      let message: Request;
      try {
        message = JSON.parse(body.toString("utf8")) as Request;
      } catch {
        process.stderr.write("[keiyaku] a message that is not JSON was skipped\n");
        return;
      }
      const isRequest = message !== null && typeof message === "object" && message.id !== undefined;
      const method = message !== null && typeof message === "object" ? message.method : undefined;
      if (shutDown && typeof method === "string" && method !== "exit") {
        if (isRequest) void this.refuse(message);
        return;
      }
      if (method === "shutdown" && isRequest) shutDown = true;
      try {
        callback(message as Message);
      } catch (error) {
        // As StreamMessageReader does: a message the connection cannot take is an error reported
        // to it (and logged), not the end of the stream.
        this.fireError(error);
      }
    };
    const onData = (data: Buffer | string) => {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      chunks.push(bytes);
      buffered += bytes.length;
      for (;;) {
        if (expected === null) {
          const all = Buffer.concat(chunks);
          const end = all.indexOf(HEADER_END);
          if (end < 0) {
            if (all.length > MAX_HEADER_BYTES) return this.fail("a message header is too long");
            chunks = [all];
            return;
          }
          const length = contentLength(all.subarray(0, end).toString("ascii"));
          if (length === null) return this.fail("a message header has no valid Content-Length");
          if (length > MAX_MESSAGE_BYTES)
            return this.fail(`a message of ${length} bytes is over the limit of ${MAX_MESSAGE_BYTES}`);
          expected = length;
          chunks = [all.subarray(end + HEADER_END.length)];
          buffered = chunks[0]?.length ?? 0;
        }
        if (buffered < expected) return;
        const all = Buffer.concat(chunks);
        const body = all.subarray(0, expected);
        chunks = [all.subarray(expected)];
        buffered = chunks[0]?.length ?? 0;
        expected = null;
        deliver(body);
      }
    };
    this.input.on("data", onData);
    this.input.on("error", (error) => this.fireError(error));
    this.input.on("close", () => this.fireClose());
    return Disposable.create(() => this.input.off("data", onData));
  }

  private async refuse(request: Request): Promise<void> {
    const id = typeof request.id === "number" || typeof request.id === "string" ? request.id : null;
    await this.writer.write({
      jsonrpc: "2.0",
      id,
      error: { code: ErrorCodes.InvalidRequest, message: "The server has been shut down." },
    } as Message);
  }
}
