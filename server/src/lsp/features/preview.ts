/** Keiyaku's own requests for the preview and the HTML export (protocol.ts). */
import { ExportHtmlRequest, RenderRequest } from "../../protocol";
import { checkOptionsOf } from "../settings";
import { runInSlices } from "../slices";
import type { Feature } from "./feature";

export const previewFeature: Feature = {
  capabilities: {},
  register({ connection, service, documents, guard, settingsOf }) {
    connection.onRequest(
      RenderRequest,
      guard("render", null, async (params) => {
        const options = checkOptionsOf(await settingsOf(params.textDocument.uri));
        // In slices, as every request is: a 10,000-article contract takes a second or more to
        // lay out and render, which would otherwise block typing and every other request.
        const open = await documents.prepared(params.textDocument.uri);
        if (open === null) return null;
        const { document, analysis } = open;
        const version = document.version;
        const preview = await runInSlices(service.previewInSteps(analysis, options), () => {
          return documents.get(document.uri)?.version === version;
        });
        return preview === null ? null : { uri: document.uri, version, ...preview };
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
