#!/usr/bin/env node
// `keiyaku-language-server --stdio`: the language server for any LSP editor. Builds the bundle
// first on a fresh checkout where `npm run build` has not run yet.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { execFileSync } = require("node:child_process");

const bundle = join(__dirname, "..", "dist", "server.js");
if (!existsSync(bundle)) {
  // stdout belongs to the LSP stream under --stdio: build output goes to stderr.
  execFileSync(process.execPath, [join(__dirname, "..", "..", "scripts", "build.mjs")], {
    stdio: ["ignore", 2, 2],
  });
}
require(bundle);
