/** Folding: blocks, articles and comment runs that span more than one line. */
import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver";
import type { Feature } from "./feature";

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, documents, guard, service }) {
    // Kept with the analysis (service.ts), computed when a large version is prepared.
    documents.whenPrepared((view) => {
      service.folding(view.analysis);
      return undefined;
    });
    connection.onFoldingRanges(
      guard("foldingRange", [] as FoldingRange[], async (params) => {
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return [];
        return service.folding(view.analysis).flatMap((f) => {
          const range = view.rangeOf(f.span);
          if (range.end.line <= range.start.line) return [];
          return [
            {
              startLine: range.start.line,
              endLine: range.end.line,
              kind: f.kind === "comment" ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
            },
          ];
        });
      }),
    );
  },
};
