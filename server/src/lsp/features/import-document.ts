/**
 * keiyaku/importDocument (protocol.ts): the editor's 「Word・テキストから取り込む」. The client
 * sends the file's bytes; the server imports them as the CLI does (server/src/import/) and
 * answers the .contract text, or the Japanese message saying why not.
 */
import { Buffer } from "node:buffer";
import { importDocument } from "../../import/import-document";
import { READING_NOTES } from "../../import/reading-notes";
import { ImportDocumentRequest, type ImportDocumentResult } from "../../protocol";
import type { Feature } from "./feature";

const FAILED: ImportDocumentResult = {
  ok: false,
  message:
    "取り込みに失敗しました（Keiyaku の不具合です）。出力パネルの Keiyaku のログを添えて報告してください。",
};

export const importDocumentFeature: Feature = {
  capabilities: {},
  register({ connection, guard }) {
    connection.onRequest(
      ImportDocumentRequest,
      guard("importDocument", FAILED, async (params): Promise<ImportDocumentResult> => {
        const imported = await importDocument(
          params.name,
          Buffer.from(params.content, "base64"),
          params.changes,
        );
        if (!imported.ok) return imported;
        const readingNote = READING_NOTES[imported.reading];
        return {
          ok: true,
          source: imported.source,
          notes: [...imported.notes, ...(readingNote === null ? [] : [readingNote])],
        };
      }),
    );
  },
};
