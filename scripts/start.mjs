// `npm start`: build, check the sample contracts and write the filled sample's rendered contract
// to an HTML file whose path it prints; then, when VS Code's `code` command is on PATH, package
// the extension, install it there and open the template in it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";
import { packageExtension } from "./package.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "server/bin/keiyaku.js");
const run = (...args) => execFileSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });

await build();

console.log("\n== keiyaku check samples/*.contract ==");
run("check", "samples/server-management.contract", "samples/server-management.filled.contract");

const outDir = join(root, ".keiyaku-preview");
mkdirSync(outDir, { recursive: true });
const out = join(outDir, "server-management.filled.html");
run("render", "samples/server-management.filled.contract", "--format", "html", "-o", out);
console.log(`\n清書（HTML）を書き出しました / Rendered contract written to:\n  ${out}`);

const code = spawnSync("code", ["--version"], { stdio: "ignore" });
if (code.status === 0) {
  const vsix = join(root, "keiyaku.vsix");
  await packageExtension(vsix);
  execFileSync("code", ["--install-extension", vsix, "--force"], { stdio: "inherit" });
  execFileSync("code", [join(root, "samples/server-management.contract")], { stdio: "inherit" });
  console.log(
    "\nVS Code に拡張機能を入れ、ひな形を開きました / Installed the extension into VS Code and opened the template.",
  );
} else {
  console.log("\nVS Code（code コマンド）が見つからないため、拡張機能のインストールは省きました。");
  console.log(
    "VS Code's `code` command is not on PATH: skipped installing the extension (npm run package builds keiyaku.vsix).",
  );
}
