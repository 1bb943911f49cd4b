/**
 * The in-host test entry, in the layout @vscode/test-electron expects: VS Code's extension host
 * requires this module and awaits run(). The same file runs under code-server here and under
 * @vscode/test-electron on a machine that can download VS Code (test/e2e/run-electron.ts).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import Mocha from "mocha";

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", color: false, timeout: 60000, reporter: "spec" });
  // extension.test.js first: it measures activation, which any other file's test would cause.
  const first = (f: string) => (f === "extension.test.js" ? 0 : 1);
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith(".test.js"))
    .sort((a, b) => first(a) - first(b) || a.localeCompare(b))) {
    mocha.addFile(join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  console.log(`in-host: ${mocha.suite.total() - failures} passed, ${failures} failed`);
  if (failures > 0) throw new Error(`${failures} in-host test(s) failed`);
}
