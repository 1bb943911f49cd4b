/**
 * Quick fixes and fix-all. Findings are those of the document's current version (kept with its
 * analysis), so an edit never applies to stale offsets; which fixes to offer is the service's.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type TextEdit as LspTextEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeActionEntry, TextEdit } from "../../language";
import { checkOptionsOf } from "../settings";
import { rangeOf, spanOf, toLspDiagnostic } from "../convert";
import type { Feature } from "./feature";

/** A request for "fix all" (source actions, as on save) rather than for the quick fixes at a range. */
function wantsFixAll(params: CodeActionParams): boolean {
  const only = params.context.only;
  return only?.some((k) => k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source) === true;
}

function lspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: rangeOf(document, e.span), newText: e.newText }));
}

function toCodeAction(document: TextDocument, entry: CodeActionEntry): CodeAction {
  return {
    title: entry.title,
    kind: CodeActionKind.QuickFix,
    ...(entry.diagnostic === undefined ? {} : { diagnostics: [toLspDiagnostic(document, entry.diagnostic)] }),
    ...(entry.kind === "fix" ? { isPreferred: entry.preferred } : {}),
    edit: { changes: { [document.uri]: lspEdits(document, entry.edits) } },
  };
}

function fixAllAction(document: TextDocument, edits: readonly TextEdit[]): CodeAction[] {
  if (edits.length === 0) return [];
  return [
    {
      title: "Keiyaku: 修正できる指摘をすべて修正",
      kind: CodeActionKind.SourceFixAll,
      edit: { changes: { [document.uri]: lspEdits(document, edits) } },
    },
  ];
}

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll"] } },
  register({ connection, service, documents, guard, settingsOf, largeDocument }) {
    connection.onCodeAction(
      guard("codeAction", [] as CodeAction[], async (params) => {
        const options = checkOptionsOf(await settingsOf(params.textDocument.uri));
        const fixAll = wantsFixAll(params);
        // Fix-all edits the whole text: it waits for the current version. Quick fixes are asked for at
        // the cursor after every keystroke and are answered from the newest prepared version.
        const open = fixAll
          ? await documents.prepared(params.textDocument.uri)
          : await documents.view(params.textDocument.uri);
        if (open === null) return [];
        const { document, analysis } = open;
        // A version before the edits: its fixes' edits are for an older text. There are none to
        // offer until this version is prepared, and VS Code asks again when its diagnostics arrive.
        if ("current" in open && !open.current) return [];
        // In a large contract the full check waits for the typing pause (diagnostics-publisher.ts),
        // and running it here would block every keystroke for it; until it has run there are no
        // fixes to offer. Fix-all is asked for on purpose.
        const findings =
          service.checkedAlready(analysis, options) ??
          (fixAll || document.getText().length < largeDocument ? service.check(analysis, options) : []);
        return fixAll
          ? fixAllAction(document, service.fixAll(findings))
          : service
              .codeActions(findings, spanOf(document, params.range))
              .map((entry) => toCodeAction(document, entry));
      }),
    );
  },
};
