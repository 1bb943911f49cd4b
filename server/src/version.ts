/**
 * Keiyaku's version, from the root package.json, injected by the build (esbuild `define` in
 * scripts/build.mjs) so that it is written in one place. Code run from source (tests under tsx) has
 * no build and says so.
 */
declare const KEIYAKU_VERSION: string | undefined;

export const VERSION: string = typeof KEIYAKU_VERSION === "string" ? KEIYAKU_VERSION : "0.0.0-source";
