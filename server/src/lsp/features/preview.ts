/** Keiyaku's own requests for the preview and the HTML export (protocol.ts). */
import { ExportHtmlRequest, RenderRequest } from "../../protocol";
import { checkOptionsOf } from "../settings";
import type { Feature } from "./feature";

export const previewFeature: Feature = {
  capabilities: {},
  register({ connection, service, documents, guard, settingsOf }) {
    connection.onRequest(
      RenderRequest,
      guard("render", null, async (params) => {
        const options = checkOptionsOf(await settingsOf(params.textDocument.uri));
        const document = documents.get(params.textDocument.uri);
        if (document === undefined) return null;
        const version = document.version;
        const preview = service.preview(documents.analysisOf(document), options);
        return { uri: document.uri, version, ...preview };
      }),
    );
    connection.onRequest(
      ExportHtmlRequest,
      guard("exportHtml", null, (params) => {
        const document = documents.get(params.textDocument.uri);
        return document === undefined
          ? null
          : { html: service.render(documents.analysisOf(document), "html") };
      }),
    );
  },
};
