/** Hover: a value's rendered form and derived facts, an article as it will print. */
import { MarkupKind } from "vscode-languageserver";
import type { Feature } from "./feature";

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onHover(
      guard("hover", null, async (params) => {
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return null;
        const hover = service.hover(view.analysis, view.offsetOf(params.position));
        return hover === null
          ? null
          : {
              range: view.rangeOf(hover.span),
              contents: { kind: MarkupKind.Markdown, value: hover.contents },
            };
      }),
    );
  },
};
