/**
 * A short `keiyaku check` runs without V8's optimizing compiler (cli/optimizing-compiler.ts): only
 * as much text as it cannot repay, or on a busy machine, and the compiler is back on afterwards.
 */
import assert from "node:assert/strict";
import { Script } from "node:vm";
import {
  LARGE_RUN_CHARS,
  optimizingCompilerPays,
  SMALL_RUN_CHARS,
  withCompilerFor,
} from "../../../server/src/cli/optimizing-compiler";

describe("cli: the optimizing compiler in a short run", () => {
  it("runs only for more text than a small run, on an idle core or for a large run", () => {
    assert.equal(optimizingCompilerPays(SMALL_RUN_CHARS, 8, 0), false, "a small run");
    assert.equal(optimizingCompilerPays(SMALL_RUN_CHARS + 1, 2, 0.5), true, "an idle core");
    assert.equal(optimizingCompilerPays(SMALL_RUN_CHARS + 1, 2, 1.5), false, "no idle core");
    assert.equal(optimizingCompilerPays(LARGE_RUN_CHARS, 2, 20), true, "a large run");
  });

  it("gives the flags back as they were: a code cache made before is still accepted", async () => {
    const source = "function answer(n) { return n + 1; }\nanswer(1);\n";
    const made = new Script(source, { filename: "answer.js" });
    made.runInThisContext();
    const cachedData = made.createCachedData();
    const result = await withCompilerFor(1, () => Promise.resolve(new Script(source, { cachedData })));
    assert.equal(result.cachedDataRejected, true, "the run's flags differ: V8 rejects the cache");
    assert.equal(new Script(source, { cachedData }).cachedDataRejected, false);
  });
});
