/**
 * The commands bundle is loaded with its V8 code cache (cli/code-cache.ts): the cache is used for
 * the very text it was made from and for no other, even one of the same length (V8 itself checks
 * only the length), and a missing or foreign cache only means compiling as usual.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheFileOf, loadBundle } from "../../../server/src/cli/code-cache";
import { ROOT } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

const bundleText = (answer: number) =>
  `"use strict";\nfunction answer() { return ${answer}; }\nmodule.exports = { answer, file: __filename };\n`;

interface Answering {
  answer(): number;
  file: string;
}

describe("cli: the commands bundle's code cache", () => {
  it("runs a bundle as require would, without a cache, and writes one", () => {
    const bundle = join(tempFolder("code-cache"), "b.js");
    writeFileSync(bundle, bundleText(41));
    const loaded = loadBundle(bundle);
    assert.equal(loaded.fromCache, false);
    assert.equal((loaded.exports as Answering).answer(), 41);
    assert.equal((loaded.exports as Answering).file, bundle);
    loaded.writeCache();
    assert.ok(existsSync(cacheFileOf(bundle)));
    const again = loadBundle(bundle);
    assert.equal(again.fromCache, true);
    assert.equal((again.exports as Answering).answer(), 41);
  });

  it("ignores a cache made from another text of the same length", () => {
    const bundle = join(tempFolder("code-cache"), "b.js");
    writeFileSync(bundle, bundleText(41));
    const first = loadBundle(bundle);
    (first.exports as Answering).answer();
    first.writeCache();
    writeFileSync(bundle, bundleText(42));
    const changed = loadBundle(bundle);
    assert.equal(changed.fromCache, false);
    assert.equal((changed.exports as Answering).answer(), 42);
  });

  it("is written by the build and accepted by this Node", () => {
    const source = join(ROOT, "server", "src", "cli", "code-cache.ts");
    const bundle = join(ROOT, "server", "dist", "cli-commands.js");
    assert.ok(existsSync(cacheFileOf(bundle)), "run the build first");
    // In a fresh process, as the CLI runs it: this one may run with other V8 flags.
    const probe = `const { loadBundle } = require(${JSON.stringify(source)});
      process.stdout.write(String(loadBundle(${JSON.stringify(bundle)}).fromCache));`;
    const r = spawnSync(process.execPath, ["--import", "tsx", "-e", probe], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.stdout, "true", r.stderr);
  });
});
