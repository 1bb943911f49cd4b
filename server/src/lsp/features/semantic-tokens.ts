/** Semantic tokens: references to values and party fields, undefined ones marked. */
import { SemanticTokensBuilder, type SemanticTokens } from "vscode-languageserver";
import { TOKEN_MODIFIERS, TOKEN_TYPES } from "../../language";
import type { Feature } from "./feature";

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } },
  register({ connection, documents, guard, service }) {
    // Kept with the analysis (service.ts), computed when a large version is prepared.
    documents.whenPrepared(function* (view) {
      yield* service.semanticTokensInSteps(view.analysis);
    });
    connection.languages.semanticTokens.on(
      guard("semanticTokens", { data: [] } as SemanticTokens, async (params) => {
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return { data: [] };
        const builder = new SemanticTokensBuilder();
        for (const token of service.semanticTokens(view.analysis)) {
          const { start, end } = view.rangeOf(token.span);
          const length =
            end.line === start.line ? end.character - start.character : token.span.end - token.span.start;
          // A token that the edits since its version cut away is left out rather than mis-sized.
          if (length <= 0) continue;
          builder.push(
            start.line,
            start.character,
            length,
            TOKEN_TYPES.indexOf(token.type),
            token.readonly ? 1 : 0,
          );
        }
        return builder.build();
      }),
    );
  },
};
