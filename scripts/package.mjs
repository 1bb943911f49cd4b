// Builds everything, then packages the extension with vsce: `node scripts/package.mjs [--out FILE]`
// (default keiyaku.vsix at the repository root). The root package.json is the manifest; what goes
// into the package is decided by .vscodeignore.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function outputPath(argv) {
  const index = argv.indexOf("--out");
  if (index === -1) return join(root, "keiyaku.vsix");
  const value = argv[index + 1];
  if (value === undefined || value.startsWith("-")) {
    process.stderr.write("使い方 / Usage: node scripts/package.mjs [--out FILE.vsix]\n");
    process.exit(2);
  }
  return resolve(value);
}

export async function packageExtension(out) {
  await build();
  mkdirSync(dirname(out), { recursive: true });
  const vsce = createRequire(import.meta.url).resolve("@vscode/vsce/vsce");
  execFileSync(
    process.execPath,
    [
      vsce,
      "package",
      // The bundles hold every dependency; vsce must not walk the workspace's node_modules.
      "--no-dependencies",
      // There is no public repository to rewrite README links to: they stay relative, and the docs
      // they point at ship in the package (.vscodeignore), so they open from the extension's page.
      "--no-rewrite-relative-links",
      "--allow-missing-repository",
      "--out",
      out,
    ],
    { cwd: root, stdio: "inherit" },
  );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await packageExtension(outputPath(process.argv.slice(2)));
}
