/** Semantic tokens: references to values and party fields, undefined ones marked. */
import { SemanticTokensBuilder, type SemanticTokens } from "vscode-languageserver";
import { TOKEN_MODIFIERS, TOKEN_TYPES } from "../../language";
import type { Feature } from "./feature";

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } },
  register({ connection, documents, guard, service }) {
    connection.languages.semanticTokens.on(
      guard("semanticTokens", { data: [] } as SemanticTokens, async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return { data: [] };
        const { document, analysis } = open;
        const builder = new SemanticTokensBuilder();
        for (const token of service.semanticTokens(analysis)) {
          const start = document.positionAt(token.span.start);
          builder.push(
            start.line,
            start.character,
            token.span.end - token.span.start,
            TOKEN_TYPES.indexOf(token.type),
            token.readonly ? 1 : 0,
          );
        }
        return builder.build();
      }),
    );
  },
};
