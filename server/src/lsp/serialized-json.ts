/**
 * An answer written as JSON by the feature itself, in steps, for the server's own message writer
 * to splice into the response. vscode-jsonrpc serialises a whole response in one go: for the
 * outline of 10,000 articles (3.2 million characters) that was, with the UTF-8 conversion, the
 * server's longest synchronous step (40–70 ms). Only a host whose writer splices (main.ts over
 * stdio) gets such answers: any other transport would send the wrapper object itself.
 */
import type { Message } from "vscode-languageserver/node";
import type { Steps } from "../language";

/** How many items one step writes as JSON: a few milliseconds' worth of outline symbols. */
const ITEMS_PER_STEP = 500;

/**
 * JSON text in pieces, in order, some already UTF-8: the writer copies them into one buffer without
 * joining them first (a joined copy of a 3.6-million-character answer is 7 MB more at the memory
 * peak).
 */
export class SerializedJson {
  constructor(readonly pieces: readonly (string | Uint8Array)[]) {}
}

/**
 * Items written as JSON once and kept as UTF-8, with where each starts: an answer made mostly of
 * the same items (the outline after typing within a line) is then sent by reference to these bytes
 * instead of writing and encoding millions of characters again.
 */
export interface WrittenItems<T> {
  readonly items: readonly T[];
  /** The items' JSON, `item,item,…`, ITEMS_PER_STEP items a chunk (one buffer would be a copy). */
  readonly chunks: readonly Uint8Array[];
  /** The byte offset of each item's JSON in its chunk. */
  readonly starts: Uint32Array;
}

/** `items` written as JSON and encoded, ITEMS_PER_STEP per step. */
export function* writtenInSteps<T>(items: readonly T[]): Steps<WrittenItems<T>> {
  const chunks: Uint8Array[] = [];
  const starts = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i += ITEMS_PER_STEP) {
    const json = items.slice(i, i + ITEMS_PER_STEP).map((item) => JSON.stringify(item));
    let offset = 0;
    json.forEach((text, j) => {
      starts[i + j] = offset;
      offset += Buffer.byteLength(text, "utf8") + 1;
    });
    chunks.push(Buffer.from(json.join(","), "utf8"));
    yield;
  }
  return { items, chunks, starts };
}

/** The kept bytes of written items [first, end), a piece per chunk they lie in. */
function keptBytes<T>(written: WrittenItems<T>, first: number, end: number): Uint8Array[] {
  const { chunks, starts } = written;
  const pieces: Uint8Array[] = [];
  for (let c = Math.floor(first / ITEMS_PER_STEP); c * ITEMS_PER_STEP < end; c++) {
    const chunk = chunks[c];
    if (chunk === undefined) break;
    const from = Math.max(first, c * ITEMS_PER_STEP);
    const next = Math.min(end, (c + 1) * ITEMS_PER_STEP);
    // The chunk's end, or the comma before the first item not taken.
    const to =
      next % ITEMS_PER_STEP === 0 || next === written.items.length ? chunk.length : (starts[next] ?? 1) - 1;
    pieces.push(chunk.subarray(starts[from] ?? 0, to));
  }
  return pieces;
}

/**
 * `items` as a JSON array, in steps: each run of items that are the written ones themselves (the
 * same objects, at the same index) by reference to their bytes, any other written anew.
 */
export function* arrayInSteps<T>(items: readonly T[], written: WrittenItems<T>): Steps<SerializedJson> {
  const pieces: (string | Uint8Array)[] = ["["];
  const put = (piece: string | Uint8Array) => {
    if (pieces.length > 1) pieces.push(",");
    pieces.push(piece);
  };
  /** The first item of the run of written items under way, or -1. */
  let run = -1;
  const endRun = (end: number) => {
    if (run >= 0) for (const piece of keptBytes(written, run, end)) put(piece);
    run = -1;
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (item === written.items[i]) run = run < 0 ? i : run;
    else {
      endRun(i);
      put(JSON.stringify(item));
    }
    if ((i + 1) % ITEMS_PER_STEP === 0) yield;
  }
  endRun(items.length);
  pieces.push("]");
  return new SerializedJson(pieces);
}

/** An object's JSON (`{"a":1}`) reopened for one more field: `{"a":1,"key":`. */
function withFieldToCome(objectJson: string, key: string): string {
  return `${objectJson.slice(0, -1)}${objectJson.length > 2 ? "," : ""}${JSON.stringify(key)}:`;
}

/** How many characters of a long string one step writes as JSON (escaping them). */
const CHARS_PER_STEP = 200_000;

/** `text` as a JSON string in pieces, CHARS_PER_STEP characters a step, never splitting a surrogate pair. */
function* jsonStringInSteps(text: string): Steps<string[]> {
  const parts: string[] = ['"'];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + CHARS_PER_STEP);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += 1;
    parts.push(JSON.stringify(text.slice(start, end)).slice(1, -1));
    start = end;
    yield;
  }
  parts.push('"');
  return parts;
}

/**
 * `object` as JSON with its long string field `key` written in steps: the preview's answer holds
 * 3.6 million characters of HTML at 10,000 articles, whose escaping in one go was the server's
 * longest step.
 */
export function* serializedWithStringInSteps<T extends Record<string, unknown>>(
  object: T,
  key: keyof T & string,
): Steps<SerializedJson> {
  const value = object[key];
  if (typeof value !== "string") return new SerializedJson([JSON.stringify(object)]);
  const rest = Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
  const text = yield* jsonStringInSteps(value);
  return new SerializedJson([withFieldToCome(JSON.stringify(rest), key), ...text, "}"]);
}

/** The message as JSON in pieces, a SerializedJson result spliced in as it was written. */
function messagePieces(message: Message): readonly (string | Uint8Array)[] {
  const result: unknown = (message as { readonly result?: unknown }).result;
  if (!(result instanceof SerializedJson)) return [JSON.stringify(message)];
  const head = JSON.stringify({ ...message, result: undefined });
  return [withFieldToCome(head, "result"), ...result.pieces, "}"];
}

/** The message as JSON text. */
export function messageJson(message: Message): string {
  return messageBytes(message).toString("utf8");
}

/** The message as UTF-8, each piece encoded or copied straight into one buffer. */
export function messageBytes(message: Message): Buffer {
  const pieces = messagePieces(message);
  const size = (piece: string | Uint8Array) =>
    typeof piece === "string" ? Buffer.byteLength(piece, "utf8") : piece.length;
  const bytes = Buffer.allocUnsafe(pieces.reduce((total, piece) => total + size(piece), 0));
  let offset = 0;
  for (const piece of pieces) {
    if (typeof piece === "string") offset += bytes.write(piece, offset, "utf8");
    else {
      bytes.set(piece, offset);
      offset += piece.length;
    }
  }
  return bytes;
}
