/** Hover: a value's rendered form and derived facts, an article as it will print. */
import { MarkupKind } from "vscode-languageserver";
import { offsetOf, rangeOf } from "../convert";
import type { Feature } from "./feature";

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onHover(
      guard("hover", null, async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return null;
        const { document, analysis } = open;
        const hover = service.hover(analysis, offsetOf(document, params.position));
        return hover === null
          ? null
          : {
              range: rangeOf(document, hover.span),
              contents: { kind: MarkupKind.Markdown, value: hover.contents },
            };
      }),
    );
  },
};
