/**
 * The messages between the extension and the preview's webview, as discriminated unions on `type`
 * (the Markdown preview's idiom). Whatever crosses the boundary is `unknown` until a guard here has
 * checked every field; anything else, including extra fields, is ignored by the receiver.
 */

/** Webview → extension. */
export type WebviewMessage =
  /** The page has loaded and listens: send it the current state. */
  | { readonly type: "ready" }
  /** A value or blank was clicked: select its definition, as UTF-16 offsets into the source. */
  | { readonly type: "revealSource"; readonly start: number; readonly end: number }
  /** The user scrolled the preview: this (fractional, 0-based) source line is now at the top. */
  | { readonly type: "revealLine"; readonly line: number };

export interface UpdateMessage {
  readonly type: "update";
  /** The contract shown, and whether the preview stays on it; the webview keeps both as its state. */
  readonly uri: string;
  readonly locked: boolean;
  readonly version: number;
  readonly title: string | null;
  /** The rendered contract, an HTML fragment from the language server's renderer. */
  readonly html: string;
  readonly blanks: number;
  /** The header's text for `blanks`, already translated. */
  readonly blanksLabel: string;
}

/** Extension → webview. */
export type ExtensionMessage =
  | UpdateMessage
  /** The editor scrolled: bring this (fractional, 0-based) source line to the top. */
  | { readonly type: "scrollToLine"; readonly line: number };

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasExactly(fields: Fields, keys: readonly string[]): boolean {
  const own = Object.keys(fields);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(fields, key));
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function isLine(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (!isFields(value)) return false;
  switch (value["type"]) {
    case "ready":
      return hasExactly(value, ["type"]);
    case "revealSource":
      return (
        hasExactly(value, ["type", "start", "end"]) &&
        isCount(value["start"]) &&
        isCount(value["end"]) &&
        value["start"] <= value["end"]
      );
    case "revealLine":
      return hasExactly(value, ["type", "line"]) && isLine(value["line"]);
    default:
      return false;
  }
}

const UPDATE_KEYS = ["type", "uri", "locked", "version", "title", "html", "blanks", "blanksLabel"];

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (!isFields(value)) return false;
  switch (value["type"]) {
    case "update":
      return (
        hasExactly(value, UPDATE_KEYS) &&
        typeof value["uri"] === "string" &&
        typeof value["locked"] === "boolean" &&
        typeof value["version"] === "number" &&
        Number.isSafeInteger(value["version"]) &&
        (value["title"] === null || typeof value["title"] === "string") &&
        typeof value["html"] === "string" &&
        isCount(value["blanks"]) &&
        typeof value["blanksLabel"] === "string"
      );
    case "scrollToLine":
      return hasExactly(value, ["type", "line"]) && isLine(value["line"]);
    default:
      return false;
  }
}
