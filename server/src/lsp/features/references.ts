/** Find references and document highlight: every occurrence of what is under the cursor. */
import { DocumentHighlightKind, type DocumentHighlight, type Location } from "vscode-languageserver";
import { offsetOf, rangeOf } from "../convert";
import type { Feature } from "./feature";

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true, documentHighlightProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onReferences(
      guard("references", [] as Location[], async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return [];
        const { document, analysis } = open;
        const occurrences = service.occurrences(analysis, offsetOf(document, params.position)) ?? [];
        return occurrences
          .filter((o) => params.context.includeDeclaration || !o.declaration)
          .map((o) => ({ uri: document.uri, range: rangeOf(document, o.span) }));
      }),
    );

    connection.onDocumentHighlight(
      guard("documentHighlight", [] as DocumentHighlight[], async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return [];
        const { document, analysis } = open;
        const occurrences = service.occurrences(analysis, offsetOf(document, params.position)) ?? [];
        return occurrences.map((o) => ({
          range: rangeOf(document, o.span),
          kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
        }));
      }),
    );
  },
};
