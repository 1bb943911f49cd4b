/**
 * Imports a document — a DOCX, or plain text (UTF-8, with or without a BOM, any line endings) —
 * given its name and bytes: the .contract text, or a Japanese message saying why not and what to
 * do. Shared by `keiyaku import` and the language server's keiyaku/import request; it touches no
 * file. The DOCX reader (mammoth) is a separate bundle, loaded only for a DOCX.
 */
import { Buffer } from "node:buffer";
import { decodeContract } from "../cli/read-contract-file";
import { groupDigits, importContract, MAX_CONTRACT_LENGTH, type ImportReading } from "../language";
import {
  DOCX_MESSAGES,
  EMPTY_MESSAGE,
  NOT_ZIP_MESSAGE,
  OLE_MESSAGE,
  PDF_MESSAGE,
  TRACKED_CHANGES_ACCEPTED,
  TRACKED_CHANGES_REJECTED,
} from "./docx-messages";
import type { ChangeChoice } from "./docx/tracked-changes";

export type { ChangeChoice } from "./docx/tracked-changes";

/** The largest file read: a DOCX of a long contract with images is a few megabytes. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export type ImportedDocument =
  | {
      readonly ok: true;
      readonly source: string;
      readonly reading: ImportReading;
      /** Things the user should know (in Japanese), such as tracked changes. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

type Kind = "docx" | "ole" | "pdf" | "text";

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function kindOf(bytes: Uint8Array): Kind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "docx";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  return "text";
}

function failure(name: string, message: string): ImportedDocument {
  return { ok: false, message: `${name}: ${message}` };
}

interface DocumentText {
  readonly text: string;
  readonly notes: readonly string[];
}

/** Why the document cannot be read, without the file's name (the caller puts it first). */
type Refusal = { readonly refused: string };

async function docxText(bytes: Uint8Array, choice: ChangeChoice): Promise<DocumentText | Refusal> {
  const { readDocx, DocxProblem } = await import("./docx/read-docx");
  try {
    const { text, trackedChanges } = await readDocx(Buffer.from(bytes), choice);
    const notes = trackedChanges
      ? [choice === "accept" ? TRACKED_CHANGES_ACCEPTED : TRACKED_CHANGES_REJECTED]
      : [];
    return { text, notes };
  } catch (error) {
    if (error instanceof DocxProblem) return { refused: DOCX_MESSAGES[error.kind] };
    return {
      refused: `${DOCX_MESSAGES.unreadable}（${error instanceof Error ? error.message : String(error)}）`,
    };
  }
}

function plainText(name: string, bytes: Uint8Array): DocumentText | Refusal {
  if (/\.docx$/iu.test(name)) return { refused: NOT_ZIP_MESSAGE };
  // The encoding guess (Shift_JIS, EUC-JP, UTF-16) and the size limit are the CLI's, one definition.
  const read = decodeContract("", bytes);
  return read.ok ? { text: read.text, notes: [] } : { refused: read.message.replace(/^: /u, "") };
}

async function documentText(
  name: string,
  bytes: Uint8Array,
  choice: ChangeChoice,
): Promise<DocumentText | Refusal> {
  switch (kindOf(bytes)) {
    case "docx":
      return docxText(bytes, choice);
    case "ole":
      return { refused: OLE_MESSAGE };
    case "pdf":
      return { refused: PDF_MESSAGE };
    case "text":
      return plainText(name, bytes);
  }
}

export async function importDocument(
  name: string,
  bytes: Uint8Array,
  choice: ChangeChoice = "accept",
): Promise<ImportedDocument> {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return failure(
      name,
      `ファイルが大きすぎるため読みません（上限 ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB）。`,
    );
  }
  const read = await documentText(name, bytes, choice);
  if ("refused" in read) return failure(name, read.refused);
  if (read.text.trim().length === 0) return failure(name, EMPTY_MESSAGE);
  if (read.text.length > MAX_CONTRACT_LENGTH) {
    return failure(name, `本文が長すぎるため取り込みません（${groupDigits(MAX_CONTRACT_LENGTH)}文字まで）。`);
  }
  const { source, reading } = importContract(read.text);
  return { ok: true, source, reading, notes: read.notes };
}
