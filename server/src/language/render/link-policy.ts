/**
 * Which link targets rendered contract HTML may carry. Contract text is escaped, so no link can
 * come from it; this is the second wall, in case a rendering path ever lets one through.
 * Only web and mail links; never command:, vscode:, javascript:, data:, file: or relative paths.
 */
const ALLOWED = /^(https?:\/\/|mailto:)/i;

// Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;

export function isAllowedLink(url: string): boolean {
  return ALLOWED.test(url.replace(IGNORED_IN_SCHEME, ""));
}
