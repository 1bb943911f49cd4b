// `npm start`: build, check the sample contracts, and write the filled sample's rendered
// contract to an HTML file whose path it prints (open it in a browser to see the result).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";

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
