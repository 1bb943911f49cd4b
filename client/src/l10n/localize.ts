/**
 * How pure modules get their UI strings translated without importing vscode: the extension passes
 * `vscode.l10n.t`, whose English message is the key into client/src/l10n/bundle.l10n.ja.json
 * (copied to client/dist/l10n by the build); tests pass a function reading that bundle.
 */
export type Localize = (message: string, ...args: Array<string | number>) => string;
