/** Folding: blocks, articles and comment runs that span more than one line. */
import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver";
import { rangeOf } from "../convert";
import type { Feature } from "./feature";

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, documents, guard, service }) {
    connection.onFoldingRanges(
      guard("foldingRange", [] as FoldingRange[], async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return [];
        return service.folding(open.analysis).flatMap((f) => {
          const range = rangeOf(open.document, f.span);
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
