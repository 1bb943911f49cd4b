/** Formatting: layout only; the service never changes a character of prose. */
import type { TextEdit } from "vscode-languageserver";
import { rangeOf } from "../convert";
import type { Feature } from "./feature";

export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onDocumentFormatting(
      guard("formatting", [] as TextEdit[], (params) => {
        const document = documents.get(params.textDocument.uri);
        if (document === undefined) return [];
        return service.format(documents.analysisOf(document)).map((e) => ({
          range: rangeOf(document, e.span),
          newText: e.newText,
        }));
      }),
    );
  },
};
