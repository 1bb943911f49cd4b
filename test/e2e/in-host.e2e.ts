import assert from "node:assert/strict";
import { ROOT } from "../helpers/fixtures";
import { startCodeServer, type CodeServer } from "./code-server";
import { ensureVsCode } from "./install-vscode";
import { IN_HOST_SUITE } from "./paths";
import { buildInHostSuite, prepareWorkspace } from "./prepare";
import { runInHost } from "./run-in-host";

describe("in-host suite (mocha inside VS Code's extension host)", function () {
  this.timeout(15 * 60 * 1000);
  let server: CodeServer | undefined;

  before(async () => {
    ensureVsCode((line) => console.log(`    ${line}`));
    await buildInHostSuite();
    server = await startCodeServer({ workspace: prepareWorkspace(), smokeTestDriver: true });
  });

  after(async () => {
    await server?.stop();
  });

  it("passes every in-host test", async () => {
    assert.ok(server);
    const result = await runInHost(server, ROOT, IN_HOST_SUITE, 5 * 60 * 1000);
    assert.equal(
      result.exitCode,
      0,
      result.exitCode === -1
        ? `the suite did not finish.\nworkbench log:\n${server.log()}\nsuite output:\n${result.output}`
        : `in-host tests failed:\n${result.output}`,
    );
    assert.match(result.output, /in-host: [1-9]\d* passed, 0 failed/);
  });
});
