/**
 * The same in-host suite under @vscode/test-electron, for machines that can download VS Code
 * (this project's CI machines cannot; there the suite runs in code-server, see in-host.e2e.ts).
 *   npm run build && npx tsx test/e2e/run-electron.ts
 */
import { runTests } from "@vscode/test-electron";
import { ROOT } from "../helpers/fixtures";
import { IN_HOST_SUITE } from "./paths";
import { buildInHostSuite, prepareWorkspace } from "./prepare";

async function main(): Promise<void> {
  await buildInHostSuite();
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: IN_HOST_SUITE,
    launchArgs: [prepareWorkspace(), "--disable-extensions", "--disable-workspace-trust"],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
