/** Folding: blocks, articles and comment runs that span more than one line. */
import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver";
import type { Feature } from "./feature";

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, documents, guard, service, clientCapabilities }) {
    // Kept with the analysis (service.ts), computed when a large version is prepared.
    documents.whenPrepared(function* (view) {
      yield* service.foldingInSteps(view.analysis);
    });
    connection.onFoldingRanges(
      guard("foldingRange", [] as FoldingRange[], async (params) => {
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return [];
        // VS Code keeps 5,000 regions (its rangeLimit) and drops the rest: 50,000 articles'
        // ranges were converted and sent for nothing. Regions come before comment runs, so the
        // outer ones are kept, as VS Code keeps them.
        const limit = clientCapabilities().textDocument?.foldingRange?.rangeLimit ?? Infinity;
        const ranges: FoldingRange[] = [];
        for (const f of service.folding(view.analysis)) {
          if (ranges.length >= limit) break;
          const range = view.rangeOf(f.span);
          if (range.end.line <= range.start.line) continue;
          ranges.push({
            startLine: range.start.line,
            endLine: range.end.line,
            kind: f.kind === "comment" ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
          });
        }
        return ranges;
      }),
    );
  },
};
