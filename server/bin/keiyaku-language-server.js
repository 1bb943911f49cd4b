#!/usr/bin/env node
// `keiyaku-language-server --stdio`: the language server for any LSP editor. Builds the bundle
// first on a fresh checkout where `npm run build` has not run yet.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { execFileSync } = require("node:child_process");

const bundle = join(__dirname, "..", "dist", "server.js");
// In the npm package the bundle is always there; in a checkout it may not be built yet.
const build = join(__dirname, "..", "..", "scripts", "build.mjs");
if (!existsSync(bundle) && existsSync(build)) {
  // stdout belongs to the LSP stream under --stdio: build output goes to stderr.
  execFileSync(process.execPath, [build], {
    stdio: ["ignore", 2, 2],
  });
}
require(bundle);
