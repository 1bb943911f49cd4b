#!/usr/bin/env node
// The `keiyaku` command. Runs the bundled CLI, building it first on a fresh checkout where
// `npm run build` has not run yet, so `npx keiyaku` works right after `npm ci`.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { execFileSync } = require("node:child_process");

const bundle = join(__dirname, "..", "dist", "cli.js");
// In the npm package the bundle is always there; in a checkout it may not be built yet.
const build = join(__dirname, "..", "..", "scripts", "build.mjs");
if (!existsSync(bundle) && existsSync(build)) {
  execFileSync(process.execPath, [build], { stdio: "inherit" });
}
const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
require(bundle)
  .main(process.argv.slice(2), io)
  .then((code) => {
    process.exitCode = code;
  });
