/** Inlay hints: derived facts beside the values they come from (`= 上限 1,800,000円`). */
import type { InlayHint } from "vscode-languageserver";
import type { Feature } from "./feature";

export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register({ connection, documents, guard, service, settingsOf }) {
    connection.languages.inlayHint.on(
      guard("inlayHint", [] as InlayHint[], async (params) => {
        if (!(await settingsOf(params.textDocument.uri)).inlayHints) return [];
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return [];
        return service.inlayHints(view.analysis, view.spanOf(params.range)).map((h) => ({
          position: view.positionAt(h.offset),
          label: h.label,
          paddingLeft: true,
        }));
      }),
    );
  },
};
