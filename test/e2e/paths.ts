/** Where the end-to-end harness keeps the real VS Code it installs (ignored by git, reused). */
import { join } from "node:path";
import { ROOT } from "../helpers/fixtures";

export const CODE_SERVER_VERSION = "4.139.1";
export const NODE24_VERSION = "24.21.0";

export const CACHE = process.env["KEIYAKU_E2E_CACHE"] ?? join(ROOT, ".cache", "vscode-e2e");
export const ARTIFACTS = join(ROOT, "test", "e2e", ".artifacts");
export const NODE24_DIR = join(CACHE, `node-${NODE24_VERSION}`);
export const NODE24 = join(NODE24_DIR, "bin", "node");
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(
  CODE_SERVER_DIR,
  "node_modules",
  "code-server",
  "out",
  "node",
  "entry.js",
);
export const CHROMIUM = "/usr/bin/chromium";
export const IN_HOST_SUITE = join(ROOT, "out", "test", "suite", "index.js");
