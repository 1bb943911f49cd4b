/** Keiyaku's own requests for the preview and the HTML export (protocol.ts). */
import { ExportHtmlRequest, RenderRequest } from "../../protocol";
import { checkOptionsOf } from "../settings";
import { serializedWithStringInSteps } from "../serialized-json";
import type { Feature } from "./feature";

/** From this much HTML the answer is written as JSON in slices (a 1,000-article contract: ~0.4M). */
const LARGE_HTML = 200_000;

export const previewFeature: Feature = {
  capabilities: {},
  register({
    connection,
    service,
    documents,
    guard,
    settingsOf,
    largeDocument,
    published,
    serializedAnswers,
  }) {
    /**
     * The version to render and the findings that count its blanks. A large contract is rendered
     * from its analysis alone, with the blanks of the diagnostics published for it (or carried to
     * it from the last published version, as a keystroke's are): what the status bar counts.
     * Waiting for the shared views the checks need (document, index, term index) would add a
     * second of slices to every render after an edit, and hold them in memory beside the layout.
     */
    const toRender = async (uri: string) => {
      const document = documents.get(uri);
      const last = published(uri);
      if (document !== undefined && last !== undefined && document.getText().length >= largeDocument) {
        const options = checkOptionsOf(await settingsOf(uri));
        if (documents.get(uri) !== document) return null;
        const analysis = documents.analysisOf(document);
        const findings =
          last.text === analysis.text ? last.diagnostics : service.carryDiagnostics(last, analysis, options);
        return { document, analysis, options, findings };
      }
      const options = checkOptionsOf(await settingsOf(uri));
      const open = await documents.prepared(uri);
      return open === null ? null : { ...open, options, findings: undefined };
    };
    connection.onRequest(
      RenderRequest,
      guard("render", null, async (params) => {
        // In slices, as every request is: a 10,000-article contract takes a second or more to
        // lay out and render, which would otherwise block typing and every other request.
        const target = await toRender(params.textDocument.uri);
        if (target === null) return null;
        const { document, analysis, options, findings } = target;
        const version = document.version;
        const wanted = () => documents.isOpenAt(document, version);
        const preview = await documents.answerInSlices(
          service.previewInSteps(analysis, options, findings),
          wanted,
        );
        if (preview === null) return null;
        const answer = { uri: document.uri, version, ...preview };
        if (!serializedAnswers || answer.html.length < LARGE_HTML) return answer;
        // The HTML escaped as JSON in slices too; the writer splices it in (serialized-json.ts).
        const serialized = await documents.answerInSlices(
          serializedWithStringInSteps(answer, "html"),
          wanted,
        );
        return serialized as unknown as typeof answer | null;
      }),
    );
    connection.onRequest(
      ExportHtmlRequest,
      guard("exportHtml", null, async (params) => {
        // In slices like the preview: a 10,000-article page is a few hundred milliseconds of work.
        // The version prepared when asked is exported even if the user types meanwhile.
        const uri = params.textDocument.uri;
        let open = await documents.prepared(uri);
        // Typed into while it was prepared: the next version, while the document stays open.
        for (let tries = 0; open === null && documents.get(uri) !== undefined && tries < 3; tries++) {
          open = await documents.prepared(uri);
        }
        if (open === null) return null;
        const page = await documents.answerInSlices(
          service.renderHtmlPageInSteps(open.analysis),
          () => documents.get(uri) !== undefined,
        );
        return page === null ? null : { html: page };
      }),
    );
  },
};
