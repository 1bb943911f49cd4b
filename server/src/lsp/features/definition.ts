/** Go to definition: a value, a party field, an article or a defined term. */
import type { Feature } from "./feature";

export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onDefinition(
      guard("definition", null, async (params) => {
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return null;
        const span = service.definition(view.analysis, view.offsetOf(params.position));
        return span === null ? null : { uri: view.document.uri, range: view.rangeOf(span) };
      }),
    );
  },
};
