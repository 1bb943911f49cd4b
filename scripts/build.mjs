// Builds everything that runs: the peggy parser from grammar/, then the esbuild bundles.
// Kept as one script so `npm run build`, `npm start` and the CLI shim all build the same way.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { fastRuns, PARSER_DECLARATION } from "./peggy-runs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The one place the version is written is the root package.json; the bundles get it from here.
const VERSION = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const DEFINE = { KEIYAKU_VERSION: JSON.stringify(VERSION) };

export const startRules = [
  "LeadingBlock",
  "TitleBlock",
  "PartyBlock",
  "TermsBlock",
  "PreambleBlock",
  "ClosingBlock",
  "SignatureBlock",
  "ArticleBlock",
  "ChapterBlock",
  "AnnexBlock",
  "ArticleLines",
  "ProseLines",
  "FieldLines",
  "SignatureLines",
  "TriviaLines",
  "LinePiece",
];

export function buildGrammar() {
  const out = join(root, "server/src/language/generated/contract-parser.js");
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules/peggy/bin/peggy.js"),
      "--format",
      "commonjs",
      "--dts",
      "--allowed-start-rules",
      startRules.join(","),
      "-o",
      out,
      join(root, "grammar/contract.peggy"),
    ],
    { stdio: "inherit" },
  );
  // Classes, runs and literals tested in place, constants and rule functions made once (see
  // peggy-runs.mjs).
  writeFileSync(out, fastRuns(readFileSync(out, "utf8")).code);
  const declarations = out.replace(/\.js$/u, ".d.ts");
  writeFileSync(declarations, readFileSync(declarations, "utf8") + PARSER_DECLARATION);
}

// Minified, but without renaming identifiers, so that stack traces in users' reports keep their
// function and class names (the source maps stay here, out of the package). Measured on the
// extension's bundle: whitespace and syntax minification take it from 1.02 MB to 0.71 MB (the
// .vsix from 0.40 to 0.34 MB); esbuild's full `minify` would reach 0.47 MB (.vsix 0.30 MB) with
// names like `e`, and `keepNames`, which gives the names back, made the bundle ~20% slower to load
// (median 121 against 98–100 ms), which is on the activation path. Minifying did not change load
// time measurably otherwise.
const MINIFY = { minifyWhitespace: true, minifySyntax: true };

// The export code (DOCX, PDF) and the docx library are a bundle of their own, server/dist/export.js,
// which the CLI and the language server load only when an export runs (server/src/export/load-export.ts):
// esbuild's CommonJS output has no code splitting, so the one dynamic import is made external here.
const EXPORT_ENTRY = join(root, "server/src/export/index.ts");
const lazyExport = {
  name: "lazy-export",
  setup(build) {
    build.onResolve({ filter: /^\.\/index$/ }, (args) =>
      args.importer.endsWith(join("server", "src", "export", "load-export.ts"))
        ? { path: "./export.js", external: true }
        : undefined,
    );
  },
};

// The DOCX reader (mammoth, jszip) is its own bundle, server/dist/docx-reader.js: the CLI and the
// server load it only when a DOCX is imported (server/src/import/import-document.ts), so it costs
// nothing at startup.
const DOCX_READER = "docx-reader.js";
const lazyDocxReader = {
  name: "lazy-docx-reader",
  setup(build) {
    build.onResolve({ filter: /\/docx\/read-docx$/ }, () => ({ path: `./${DOCX_READER}`, external: true }));
  },
};

// The CLI's commands are a bundle of their own, server/dist/cli-commands.js, which server/dist/cli.js
// loads once --help and --version are ruled out (server/src/cli/load-commands.ts): asking the
// version then reads a few kilobytes instead of the language service.
const CLI_COMMANDS = "cli-commands.js";
const lazyCliCommands = {
  name: "lazy-cli-commands",
  setup(build) {
    build.onResolve({ filter: /^\.\/run-command$/ }, (args) =>
      args.importer.endsWith(join("server", "src", "cli", "load-commands.ts"))
        ? { path: `./${CLI_COMMANDS}`, external: true }
        : undefined,
    );
  },
};

// The commands bundle's V8 code cache (server/src/cli/code-cache.ts), made by a check of the
// samples in a Node like the one that built it: the bytecode of what a check runs, so that each
// `keiyaku` run does not parse and compile it again. Another Node rejects it and compiles as before.
function writeCliCodeCache() {
  const samples = [join(root, "samples"), join(root, "samples", "types")].flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith(".contract"))
      .map((name) => join(folder, name)),
  );
  const cli = join(root, "server/dist/cli.js");
  const script = `require(${JSON.stringify(cli)}).writeCommandsCodeCache(${JSON.stringify(["check", ...samples])})`;
  execFileSync(process.execPath, ["-e", script], { stdio: "inherit" });
}

/**
 * How every Node bundle is built (the server, the CLI, the exports); also what the benchmark
 * bundles the language service with, so that it times the code as it ships.
 */
export function nodeBundleOptions() {
  return {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    define: DEFINE,
    // jsonc-parser's default (UMD) build requires its modules by computed paths a bundle cannot
    // follow; its ES module build bundles cleanly.
    alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
    ...MINIFY,
    sourcemap: true,
    logLevel: "warning",
    // The lazy bundles (cli-commands.js, export.js, docx-reader.js) are CommonJS: a real import()
    // would send each through Node's ES module loader, which first scans the whole file for its
    // exports (~100 ms for the commands). As a require they load like any CommonJS module.
    supported: { "dynamic-import": false },
  };
}

export async function buildBundles() {
  const common = { ...nodeBundleOptions(), outdir: join(root, "server/dist") };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: {
        cli: join(root, "server/src/cli.ts"),
        [CLI_COMMANDS.replace(/\.js$/, "")]: join(root, "server/src/cli/run-command.ts"),
        server: join(root, "server/src/lsp/main.ts"),
      },
      plugins: [lazyExport, lazyDocxReader, lazyCliCommands],
    }),
    esbuild.build({ ...common, entryPoints: { export: EXPORT_ENTRY } }),
    esbuild.build({
      ...common,
      entryPoints: { [DOCX_READER.replace(/\.js$/, "")]: join(root, "server/src/import/docx/read-docx.ts") },
    }),
  ]);
  writeCliCodeCache();
}

// The VS Code extension (vscode is provided by the editor) and the preview's script, which runs in
// the webview's browser page. Together with the server bundle, these are all the extension runs.
/** Every file in client/src/groups/ becomes client/dist/groups/<name>.js. */
function clientGroupEntries() {
  const folder = join(root, "client/src/groups");
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith(".ts"))
      .map((file) => [`groups/${file.slice(0, -3)}`, join(folder, file)]),
  );
}

export async function buildClient() {
  await Promise.all([
    esbuild.build({
      // Activation loads extension.js alone; each command group (client/src/groups/<name>.ts) is
      // its own bundle, required when first used (client/src/lazy-group.ts).
      entryPoints: { extension: join(root, "client/src/extension.ts"), ...clientGroupEntries() },
      outdir: join(root, "client/dist"),
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      external: ["vscode"],
      ...MINIFY,
      sourcemap: true,
      logLevel: "warning",
    }),
    esbuild.build({
      entryPoints: {
        webview: join(root, "client/src/webview/main.ts"),
        "comparison-webview": join(root, "client/src/comparison-webview/main.ts"),
      },
      outdir: join(root, "client/dist"),
      bundle: true,
      platform: "browser",
      format: "iife",
      target: "es2022",
      ...MINIFY,
      sourcemap: true,
      logLevel: "warning",
    }),
  ]);
  // vscode.l10n reads its translations from the folder the manifest's "l10n" names.
  mkdirSync(join(root, "client/dist/l10n"), { recursive: true });
  copyFileSync(
    join(root, "client/src/l10n/bundle.l10n.ja.json"),
    join(root, "client/dist/l10n/bundle.l10n.ja.json"),
  );
}

export async function build() {
  buildGrammar();
  await buildBundles();
  await buildClient();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build();
}
