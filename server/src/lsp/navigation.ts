/** Definition, references, highlight, rename and semantic tokens over LSP. */
import {
  DocumentHighlightKind,
  ResponseError,
  SemanticTokensBuilder,
  type DocumentHighlight,
  type Location,
  type SemanticTokens,
} from "vscode-languageserver";
import {
  definitionOf,
  occurrencesOf,
  prepareRename,
  rename,
  targetAt,
} from "../language/features/navigation";
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from "../language/features/semantic-tokens";
import { offsetOf, rangeOf } from "./convert";
import type { FeatureContext } from "./features";

export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export function registerNavigation({ connection, documents, guard }: FeatureContext): void {
  connection.onDefinition(
    guard("definition", null, async (params) => {
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return null;
      const { document, analysis } = open;
      const span = definitionOf(analysis, offsetOf(document, params.position));
      return span === null ? null : { uri: document.uri, range: rangeOf(document, span) };
    }),
  );

  connection.onReferences(
    guard("references", [] as Location[], async (params) => {
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return [];
      const { document, analysis } = open;
      const target = targetAt(analysis, offsetOf(document, params.position));
      if (target === null) return [];
      return occurrencesOf(analysis, target)
        .filter((o) => params.context.includeDeclaration || !o.declaration)
        .map((o) => ({ uri: document.uri, range: rangeOf(document, o.span) }));
    }),
  );

  connection.onDocumentHighlight(
    guard("documentHighlight", [] as DocumentHighlight[], async (params) => {
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return [];
      const { document, analysis } = open;
      const target = targetAt(analysis, offsetOf(document, params.position));
      if (target === null) return [];
      return occurrencesOf(analysis, target).map((o) => ({
        range: rangeOf(document, o.span),
        kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }),
  );

  connection.onPrepareRename(
    guard(
      "prepareRename",
      null,
      async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return null;
        const { document, analysis } = open;
        const check = prepareRename(analysis, offsetOf(document, params.position));
        if (!check.ok) throw new ResponseError(0, check.message);
        return { range: rangeOf(document, check.span), placeholder: check.name };
      },
      true,
    ),
  );

  connection.onRenameRequest(
    guard(
      "rename",
      null,
      async (params) => {
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return null;
        const { document, analysis } = open;
        const result = rename(analysis, offsetOf(document, params.position), params.newName);
        if (!result.ok) throw new ResponseError(0, result.message);
        return {
          changes: {
            [document.uri]: result.edits.map((e) => ({
              range: rangeOf(document, e.span),
              newText: e.newText,
            })),
          },
        };
      },
      true,
    ),
  );

  connection.languages.semanticTokens.on(
    guard("semanticTokens", { data: [] } as SemanticTokens, async (params) => {
      const open = await documents.prepared(params.textDocument.uri);
      if (open === null) return { data: [] };
      const { document, analysis } = open;
      const builder = new SemanticTokensBuilder();
      for (const token of semanticTokens(analysis)) {
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
}
