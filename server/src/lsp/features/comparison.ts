/**
 * keiyaku/compare (protocol.ts): the 新旧対照表 of an open contract against an older version of it,
 * for the VS Code comparison view. The old version's analysis is kept while the user types, so
 * each keystroke analyses only the new text.
 */
import { compareContracts, comparisonHtmlBody, isEmptyComparison, type Analysis } from "../../language";
import { CompareRequest } from "../../protocol";
import type { Feature } from "./feature";

export const comparisonFeature: Feature = {
  capabilities: {},
  register({ connection, service, documents, guard }) {
    let kept: { readonly text: string; readonly analysis: Analysis } | null = null;
    const oldAnalysis = (text: string): Analysis => {
      if (kept?.text !== text) kept = { text, analysis: service.analyze(text) };
      return kept.analysis;
    };
    connection.onRequest(
      CompareRequest,
      guard("compare", null, (params) => {
        const document = documents.get(params.textDocument.uri);
        if (document === undefined || typeof params.oldText !== "string") return null;
        const comparison = compareContracts(oldAnalysis(params.oldText), documents.analysisOf(document), {
          old: String(params.oldName),
          new: decodeURIComponent(document.uri.slice(document.uri.lastIndexOf("/") + 1)),
        });
        return {
          uri: document.uri,
          version: document.version,
          html: comparisonHtmlBody(comparison),
          empty: isEmptyComparison(comparison),
        };
      }),
    );
  },
};
