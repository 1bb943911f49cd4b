/** Find references and document highlight: every occurrence of what is under the cursor. */
import { DocumentHighlightKind, type DocumentHighlight, type Location } from "vscode-languageserver";
import type { Feature } from "./feature";

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true, documentHighlightProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onReferences(
      guard("references", [] as Location[], async (params) => {
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return [];
        const occurrences = service.occurrences(view.analysis, view.offsetOf(params.position)) ?? [];
        return occurrences
          .filter((o) => params.context.includeDeclaration || !o.declaration)
          .map((o) => ({ uri: view.document.uri, range: view.rangeOf(o.span) }));
      }),
    );

    connection.onDocumentHighlight(
      guard("documentHighlight", [] as DocumentHighlight[], async (params) => {
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return [];
        const occurrences = service.occurrences(view.analysis, view.offsetOf(params.position)) ?? [];
        return occurrences.map((o) => ({
          range: view.rangeOf(o.span),
          kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
        }));
      }),
    );
  },
};
