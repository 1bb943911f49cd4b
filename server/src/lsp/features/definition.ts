/** Go to definition: a value, a party field, an article or a defined term. */
import { offsetOf, rangeOf } from "../convert";
import type { Feature } from "./feature";

export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onDefinition(
      guard("definition", null, async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return null;
        const { document, analysis } = open;
        const span = service.definition(analysis, offsetOf(document, params.position));
        return span === null ? null : { uri: document.uri, range: rangeOf(document, span) };
      }),
    );
  },
};
