/** Completion: value names in {…}, party fields, keywords, enumerations and standard articles. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from "vscode-languageserver";
import type { CompletionKind } from "../../language";
import { checkOptionsOf } from "../settings";
import type { Feature } from "./feature";

const COMPLETION_KINDS: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  value: CompletionItemKind.Variable,
  field: CompletionItemKind.Field,
  keyword: CompletionItemKind.Keyword,
  article: CompletionItemKind.Snippet,
  enum: CompletionItemKind.EnumMember,
};

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: ["{", ".", "．", "："] } },
  register({ connection, documents, guard, service, settingsOf }) {
    connection.onCompletion(
      guard("completion", [] as CompletionItem[], async (params) => {
        const options = checkOptionsOf(await settingsOf(params.textDocument.uri));
        const view = await documents.view(params.textDocument.uri);
        if (view === null) return [];
        const entries = service.completion(view.analysis, view.offsetOf(params.position), options);
        return entries.map((e, i): CompletionItem => ({
          label: e.label,
          kind: COMPLETION_KINDS[e.kind],
          detail: e.detail,
          documentation: e.documentation,
          sortText: String(i).padStart(4, "0"),
          insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          textEdit: { range: view.rangeOf(e.replace), newText: e.insertText },
        }));
      }),
    );
  },
};
