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
 * JSON text in pieces, in order: the writer encodes them into one buffer without joining them
 * first (a joined copy of a 3.6-million-character answer is 7 MB more at the memory peak).
 */
export class SerializedJson {
  constructor(readonly pieces: readonly string[]) {}
}

/** `items` as a JSON array, ITEMS_PER_STEP of them per step. */
export function* serializedInSteps(items: readonly unknown[]): Steps<SerializedJson> {
  const pieces: string[] = ["["];
  for (let i = 0; i < items.length; i += ITEMS_PER_STEP) {
    if (i > 0) pieces.push(",");
    pieces.push(
      items
        .slice(i, i + ITEMS_PER_STEP)
        .map((item) => JSON.stringify(item))
        .join(","),
    );
    yield;
  }
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
function messagePieces(message: Message): readonly string[] {
  const result: unknown = (message as { readonly result?: unknown }).result;
  if (!(result instanceof SerializedJson)) return [JSON.stringify(message)];
  const head = JSON.stringify({ ...message, result: undefined });
  return [withFieldToCome(head, "result"), ...result.pieces, "}"];
}

/** The message as JSON text. */
export function messageJson(message: Message): string {
  return messagePieces(message).join("");
}

/** The message as UTF-8, each piece encoded straight into one buffer. */
export function messageBytes(message: Message): Buffer {
  const pieces = messagePieces(message);
  const bytes = Buffer.allocUnsafe(
    pieces.reduce((size, piece) => size + Buffer.byteLength(piece, "utf8"), 0),
  );
  let offset = 0;
  for (const piece of pieces) offset += bytes.write(piece, offset, "utf8");
  return bytes;
}
