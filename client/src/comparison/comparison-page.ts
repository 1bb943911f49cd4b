/**
 * The comparison view's page: the preview's Content-Security-Policy (one script by nonce, styles
 * from the extension's files only), one stylesheet, and a container the script fills.
 */
import { buildPage, escapeHtml } from "../../../server/src/language/vocabulary/page-shell";
import { COMPARISON_CLASSES } from "../../../server/src/language/vocabulary/comparison-classes";
import { previewSources } from "../preview/html-shell";

export interface ComparisonPageOptions {
  readonly nonce: string;
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly loadingLabel: string;
}

export const COMPARISON_CONTAINER_ID = "keiyaku-comparison";

export function comparisonPageHtml(options: ComparisonPageOptions): string {
  return buildPage({
    sources: previewSources(options.cspSource, options.nonce),
    head: [`<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">`],
    bodyClass: "keiyaku-comparison-view",
    body: [
      `<main id="${COMPARISON_CONTAINER_ID}" class="${COMPARISON_CLASSES.root}">`,
      `<p>${escapeHtml(options.loadingLabel)}</p>`,
      "</main>",
      `<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>`,
    ],
  });
}
