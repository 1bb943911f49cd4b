/**
 * The preview page, built once per webview; the contract arrives later by message. Its
 * Content-Security-Policy allows one script (by nonce) and styles and images from the extension's
 * own files only: no inline style, no inline script, so nothing in a contract can run or restyle.
 */
import { CONTRACT_CLASSES } from "../../../server/src/language/vocabulary/contract-classes";
import {
  buildPage,
  contentSecurityPolicy as pagePolicy,
  escapeHtml,
  type PageSources,
} from "../../../server/src/language/vocabulary/page-shell";
import { SHELL_IDS } from "./shell-ids";

export interface PreviewShellOptions {
  /** The nonce of the one script; fresh for every page. */
  readonly nonce: string;
  /** `webview.cspSource`: where the webview may load the extension's own files from. */
  readonly cspSource: string;
  /** Webview URIs (`webview.asWebviewUri`) of the script and the stylesheets, in order. */
  readonly scriptUri: string;
  readonly styleUris: readonly string[];
  /** Shown until the first render arrives, already translated. */
  readonly loadingLabel: string;
}

const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

// A source list is space-separated; anything that ends a directive or a policy must not be in it.
const UNSAFE_IN_SOURCE = /[;,"'<>\r\n]/;

/** The webview's sources, checked: a nonce or source that could end a directive is refused. */
export function previewSources(cspSource: string, nonce: string): PageSources {
  if (!NONCE.test(nonce)) throw new Error("invalid nonce");
  // `'self'` is the one quoted keyword VS Code puts in cspSource; other quotes would smuggle in
  // 'unsafe-inline' and the like.
  if (UNSAFE_IN_SOURCE.test(cspSource.replace(/'self'/g, ""))) throw new Error("invalid CSP source");
  return { script: `'nonce-${nonce}'`, style: cspSource, img: cspSource };
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return pagePolicy(previewSources(cspSource, nonce));
}

export function buildPreviewShell(options: PreviewShellOptions): string {
  return buildPage({
    sources: previewSources(options.cspSource, options.nonce),
    head: options.styleUris.map((uri) => `<link rel="stylesheet" href="${escapeHtml(uri)}">`),
    bodyClass: "keiyaku-preview",
    body: [
      `<header id="${SHELL_IDS.header}" class="kp-header">`,
      `<span id="${SHELL_IDS.blanks}" class="kp-blanks" role="status"></span>`,
      "</header>",
      '<main class="kp-page">',
      `<article id="${SHELL_IDS.contract}" class="${CONTRACT_CLASSES.contract}">`,
      `<p class="kp-loading">${escapeHtml(options.loadingLabel)}</p>`,
      "</article>",
      "</main>",
      `<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>`,
    ],
  });
}
