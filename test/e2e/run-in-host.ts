/**
 * Runs the in-host suite the way @vscode/test-electron does, in code-server: the workbench loads
 * the extension from its folder, requires the tests module and awaits its run(). With the smoke
 * test driver enabled, the host's console arrives through window.codeAutomationLog and the result
 * through window.codeAutomationExit.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";
import { launchBrowser } from "./browser";
import type { CodeServer } from "./code-server";
import { ARTIFACTS } from "./paths";
import { remoteUri, workbenchUrl } from "./vscode-url";

export interface InHostResult {
  readonly exitCode: number;
  readonly output: string;
}

export interface InHostOptions {
  /** Keep the host's console out of this process's output (it is still in the result). */
  readonly quiet?: boolean;
}

export async function runInHost(
  server: CodeServer,
  extensionPath: string,
  testsPath: string,
  timeoutMs: number,
  options: InHostOptions = {},
): Promise<InHostResult> {
  const context = await launchBrowser();
  const lines: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let finish: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction("codeAutomationLog", (_type: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      lines.push(line);
      if (options.quiet !== true) process.stdout.write(`    │ ${line}\n`);
    });
    await page.exposeFunction("codeAutomationExit", (code: number) => finish(code));
    await page.goto(
      workbenchUrl(server, [
        ["extensionDevelopmentPath", remoteUri(server, extensionPath)],
        ["extensionTestsPath", remoteUri(server, testsPath)],
      ]),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), timeoutMs)));
    const exitCode = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (exitCode !== 0) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, "in-host-failure.png") }).catch(() => undefined);
    }
    return { exitCode, output: lines.join("\n") };
  } finally {
    await context.close();
  }
}
