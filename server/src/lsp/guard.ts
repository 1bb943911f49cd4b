/**
 * Every request handler runs through `guard`: a throw becomes a logged error and an empty result,
 * never a dead server, and a cancelled request returns at once. A handler that refuses a request
 * with a message for the user (rename: 「条番号は…」) throws a ResponseError, which passes through
 * when `userErrors` is set.
 */
import { ResponseError, type CancellationToken, type Connection } from "vscode-languageserver";

export type Guard = <P, R>(
  name: string,
  fallback: R,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
  userErrors?: boolean,
) => (params: P, token: CancellationToken) => Promise<R>;

export function createGuard(connection: Connection): Guard {
  return (name, fallback, handler, userErrors = false) =>
    async (params, token) => {
      if (token.isCancellationRequested) return fallback;
      try {
        return await handler(params, token);
      } catch (error) {
        if (userErrors && error instanceof ResponseError) throw error;
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        connection.console.error(`keiyaku: ${name} failed: ${detail}`);
        return fallback;
      }
    };
}
