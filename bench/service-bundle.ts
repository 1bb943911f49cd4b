/**
 * The language service as it ships: bundled by esbuild with the options of the server's own
 * bundles (scripts/build.mjs), so that the bench times the code users run. Through tsx every use
 * of another module's export is a getter call: the 25-article pipeline was ~15 % slower so, and
 * code split into more modules looked slower than it runs. `--source` times the TypeScript
 * through tsx instead (for profiles with the source's names).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import type * as Language from "../server/src/language";
import { ROOT } from "./bench-inputs";

export type LanguageModule = typeof Language;

/** Bundles server/src/language into `outdir` and loads it. */
export async function serviceBundle(outdir: string): Promise<LanguageModule> {
  const outfile = join(outdir, "language-service.cjs");
  // Imported, not required: build.mjs is an ES module with a top-level await.
  const { nodeBundleOptions } = await import("../scripts/build.mjs");
  await esbuild.build({
    ...nodeBundleOptions(),
    sourcemap: false,
    entryPoints: [join(ROOT, "server", "src", "language", "index.ts")],
    outfile,
  });
  // Node's loader gives a CommonJS module's exports as `default` (and as names it can find);
  // tsx, which turns this import into a require, gives the exports themselves.
  const loaded = (await import(pathToFileURL(outfile).href)) as LanguageModule & {
    readonly default?: LanguageModule;
  };
  return loaded.default ?? loaded;
}
