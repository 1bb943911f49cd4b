/**
 * The HTML page around a rendered contract, for both places that build one: the preview's webview
 * (client/src/preview/html-shell.ts) and the exported file (render/html.ts). One builder, so the
 * two pages cannot drift apart in their Content-Security-Policy: nothing is allowed by default, and
 * each page names the one script and the styles and images it loads.
 *
 * Dependency-free, because the VS Code client imports it too.
 */

export interface PageSources {
  /** The source of the page's one script (a nonce), or none. */
  readonly script?: string;
  readonly style: string;
  readonly img: string;
}

export interface PageShell {
  readonly sources: PageSources;
  /** Plain text; escaped here. */
  readonly title?: string;
  /** Elements for <head> after the CSP and viewport, already HTML. */
  readonly head: readonly string[];
  /** Plain text; escaped here. */
  readonly bodyClass?: string;
  /** The body's content, already HTML. */
  readonly body: readonly string[];
}

/** For text and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function contentSecurityPolicy(sources: PageSources): string {
  return [
    "default-src 'none'",
    ...(sources.script === undefined ? [] : [`script-src ${sources.script}`]),
    `style-src ${sources.style}`,
    `img-src ${sources.img}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

export function buildPage(shell: PageShell): string {
  const bodyClass = shell.bodyClass === undefined ? "" : ` class="${escapeHtml(shell.bodyClass)}"`;
  return [
    "<!DOCTYPE html>",
    '<html lang="ja">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(shell.sources))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(shell.title === undefined ? [] : [`<title>${escapeHtml(shell.title)}</title>`]),
    ...shell.head,
    "</head>",
    `<body${bodyClass}>`,
    ...shell.body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
