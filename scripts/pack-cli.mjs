// Builds the npm package of the CLI and the language server: `node scripts/pack-cli.mjs [--out DIR]`
// writes keiyaku-<version>.tgz (default: the repository root). The package holds the two bundles
// (every dependency inside), their bin scripts, the README and the licence: no sources, no
// dependencies to install, so `npm install -g ./keiyaku-<version>.tgz` works offline.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBundles, buildGrammar } from "./build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const FILES = [
  "server/bin/keiyaku.js",
  "server/bin/keiyaku-language-server.js",
  "server/dist/cli.js",
  "server/dist/cli-commands.js",
  // Its V8 code cache (server/src/cli/code-cache.ts): used when the user's Node is the one that built it.
  "server/dist/cli-commands.js.cache",
  // Loaded when a command writes DOCX or PDF (render, diff) or reads a DOCX (import).
  "server/dist/export.js",
  "server/dist/server.js",
  // The templates of the built-in contract types (keiyaku new).
  "samples/server-management.contract",
  ...readdirSync(join(root, "samples", "types"))
    .filter((name) => name.endsWith(".contract") && !name.endsWith(".filled.contract"))
    .map((name) => `samples/types/${name}`),
  "server/dist/docx-reader.js",
  "README.md",
  "LICENSE",
];

function manifest() {
  const { version, license, engines } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return {
    name: "keiyaku",
    version,
    description:
      "Keiyaku: check and render Japanese contracts written as .contract files (CLI and language server)",
    license,
    keywords: ["contract", "契約書", "lsp", "language-server", "japanese"],
    bin: {
      keiyaku: "server/bin/keiyaku.js",
      "keiyaku-language-server": "server/bin/keiyaku-language-server.js",
    },
    engines: { node: engines.node },
    files: FILES,
  };
}

export async function packCli(outDir) {
  buildGrammar();
  await buildBundles();
  const stage = join(root, ".cache", "npm-package");
  rmSync(stage, { recursive: true, force: true });
  for (const file of FILES) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    copyFileSync(join(root, file), join(stage, file));
  }
  const pkg = manifest();
  writeFileSync(join(stage, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  mkdirSync(outDir, { recursive: true });
  // --json keeps npm's per-file notices out of the log; the tarball's name is all we need.
  const report = execFileSync("npm", ["pack", "--json", "--pack-destination", outDir], {
    cwd: stage,
    encoding: "utf8",
    env: { ...process.env, npm_config_loglevel: "error" },
  });
  const [{ filename }] = JSON.parse(report);
  return join(outDir, filename);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const index = process.argv.indexOf("--out");
  const out = index === -1 ? root : resolve(process.argv[index + 1] ?? root);
  process.stdout.write(`${await packCli(out)}\n`);
}
