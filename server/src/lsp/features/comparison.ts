/**
 * keiyaku/compare (protocol.ts): the 新旧対照表 of an open contract against an older version of it,
 * for the VS Code comparison view. The old version's analysis is kept while the user types, so
 * each keystroke analyses only the new text. Everything runs in slices: comparing two versions of
 * 10,000 articles takes a few hundred milliseconds.
 */
import {
  compareContractsInSteps,
  comparisonHtmlBody,
  isEmptyComparison,
  type Analysis,
  type ContractService,
} from "../../language";
import { CompareRequest } from "../../protocol";
import type { Feature } from "./feature";

interface KeptOld {
  readonly text: string;
  readonly analysis: Analysis;
}

function* oldAnalysisInSteps(
  service: ContractService,
  kept: KeptOld | null,
  text: string,
): Generator<void, KeptOld, void> {
  if (kept?.text === text) return kept;
  return { text, analysis: yield* service.analyzeInSteps(text) };
}

export const comparisonFeature: Feature = {
  capabilities: {},
  register({ connection, service, documents, guard }) {
    let kept: KeptOld | null = null;
    connection.onRequest(
      CompareRequest,
      guard("compare", null, async (params) => {
        const uri = params.textDocument.uri;
        const oldText = params.oldText;
        if (typeof oldText !== "string") return null;
        const open = await documents.prepared(uri);
        if (open === null) return null;
        const { document, analysis } = open;
        const version = document.version;
        const names = {
          old: String(params.oldName),
          new: decodeURIComponent(document.uri.slice(document.uri.lastIndexOf("/") + 1)),
        };
        // Given up when the document changes: the view asks again for the new version.
        const wanted = () => documents.isOpenAt(document, version);
        const old = await documents.answerInSlices(oldAnalysisInSteps(service, kept, oldText), wanted);
        if (old === null) return null;
        kept = old;
        const comparison = await documents.answerInSlices(
          compareContractsInSteps(old.analysis, analysis, names),
          wanted,
        );
        if (comparison === null) return null;
        return {
          uri: document.uri,
          version,
          html: comparisonHtmlBody(comparison),
          empty: isEmptyComparison(comparison),
        };
      }),
    );
  },
};
