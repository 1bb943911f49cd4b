/**
 * Rename of values and defined terms. A refused rename answers with a ResponseError whose message
 * (Japanese, from the service) the editor shows; a rename that is allowed but costly (a standard
 * value's name) goes ahead with a warning message.
 */
import { MessageType, ResponseError, ShowMessageNotification } from "vscode-languageserver";
import { offsetOf, rangeOf } from "../convert";
import type { Feature } from "./feature";

export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register({ connection, documents, guard, service }) {
    connection.onPrepareRename(
      guard(
        "prepareRename",
        null,
        async (params) => {
          const open = await documents.prepared(params.textDocument.uri);
          if (open === null) return null;
          const { document, analysis } = open;
          const check = service.prepareRename(analysis, offsetOf(document, params.position));
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
          const result = service.rename(analysis, offsetOf(document, params.position), params.newName);
          if (!result.ok) throw new ResponseError(0, result.message);
          // Every client shows a message; the rename itself goes ahead.
          if (result.warning !== undefined) {
            void connection.sendNotification(ShowMessageNotification.type, {
              type: MessageType.Warning,
              message: result.warning,
            });
          }
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
  },
};
