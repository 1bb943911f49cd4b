/**
 * Starts an isolated code-server (its own user data, extensions, config and data folders, no
 * gallery, no telemetry) in its own process group, waits for /healthz, and stops the whole tree.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { CODE_SERVER_ENTRY, NODE24 } from "./paths";
import { tempFolder } from "../helpers/temp-folders";

export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  readonly workspace: string;
  readonly home: string;
  /** Everything code-server printed, for failure reports. */
  log(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** The folder to open as the workspace. */
  readonly workspace: string;
  /** User settings.json content. */
  readonly settings?: Record<string, unknown>;
  /** Start with VS Code's smoke-test driver, which the in-host runner needs. */
  readonly smokeTestDriver?: boolean;
  /** A .vsix to install into this instance's extensions folder first, as a user would. */
  readonly installVsix?: string;
  /** Extra environment for code-server, which its extension hosts inherit. */
  readonly env?: Readonly<Record<string, string>>;
}

const HEALTH_POLL_MS = 100;

const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  // The onSave test must decide when a file is saved.
  "files.autoSave": "off",
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

async function waitForHealth(
  origin: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    // /healthz has no push notification to wait on; poll it briefly.
    await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
  }
  throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms:\n${log()}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const home = tempFolder("e2e");
  const userData = join(home, "user-data");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(
    join(userData, "User", "settings.json"),
    JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2),
  );
  const environment = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_DATA_HOME: join(home, "data"),
    EXTENSIONS_GALLERY: "{}",
    ...options.env,
  };
  const folders = ["--user-data-dir", userData, "--extensions-dir", join(home, "extensions")];
  if (options.installVsix !== undefined) {
    execFileSync(NODE24, [CODE_SERVER_ENTRY, ...folders, "--install-extension", options.installVsix], {
      env: environment,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    CODE_SERVER_ENTRY,
    "--auth",
    "none",
    "--bind-addr",
    `127.0.0.1:${port}`,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--reconnection-grace-time",
    "10",
    ...folders,
    ...(options.smokeTestDriver === true ? ["--vscode-option", "enable-smoke-test-driver"] : []),
    options.workspace,
  ];
  const child = spawn(NODE24, args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: environment,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const log = () => output;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(origin, child, log, 60000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, origin, workspace: options.workspace, home, log, stop };
}
