/** Inlay hints: derived facts beside the values they come from (`= 上限 1,800,000円`). */
import type { InlayHint } from "vscode-languageserver";
import { spanOf } from "../convert";
import type { Feature } from "./feature";

export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register({ connection, documents, guard, service, settingsOf }) {
    connection.languages.inlayHint.on(
      guard("inlayHint", [] as InlayHint[], async (params) => {
        if (!(await settingsOf(params.textDocument.uri)).inlayHints) return [];
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return [];
        const { document, analysis } = open;
        return service.inlayHints(analysis, spanOf(document, params.range)).map((h) => ({
          position: document.positionAt(h.offset),
          label: h.label,
          paddingLeft: true,
        }));
      }),
    );
  },
};
