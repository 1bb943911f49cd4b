/**
 * How VS Code starts the language server: with the Node options the server is meant to run with
 * (server/src/protocol.ts), which V8 reads only at start, whether run or debugged.
 */
import assert from "node:assert/strict";
import { serverExecArgv } from "../../../client/src/server/server-launch";

describe("client: the server's launch", () => {
  it("gives the server's Node 8 MB semi-spaces, when run and when debugged", () => {
    assert.deepEqual(serverExecArgv(false), ["--max-semi-space-size=8"]);
    assert.deepEqual(serverExecArgv(true), ["--max-semi-space-size=8", "--nolazy", "--inspect=6009"]);
  });
});
