/**
 * The npm package of the CLI and the server, as a user installs it: `npm install -g` of the tarball
 * into a fresh prefix, then both commands run from a folder that is not the repository.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { isBlankId } from "../../server/src/language/vocabulary/blanks";
import { ROOT, sample, TEMPLATE_PATH } from "../helpers/fixtures";
import { installPackage, type Installed } from "../helpers/npm-package";
import { startSession } from "../protocol/lsp-session";
import { tempFolder } from "../helpers/temp-folders";

describe("the npm package: installed and run outside the repository", function () {
  this.timeout(180_000);
  let installed: Installed;
  let work = "";

  before(async () => {
    installed = await installPackage();
    work = tempFolder("user");
    copyFileSync(join(ROOT, TEMPLATE_PATH), join(work, "契約書.contract"));
  });
  after(() => {
    rmSync(installed.folder, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it("puts keiyaku on PATH, and it checks and renders from any folder", () => {
    const env = {
      ...process.env,
      PATH: `${join(installed.bin("keiyaku"), "..")}:${process.env["PATH"] ?? ""}`,
    };
    const version = spawnSync("keiyaku", ["--version"], { cwd: work, env, encoding: "utf8" });
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const check = spawnSync("keiyaku", ["check", "契約書.contract"], { cwd: work, env, encoding: "utf8" });
    assert.equal(check.status, 0, check.stderr);
    assert.equal(check.stdout.match(/warning blank\./g)?.length, 8);
    const render = spawnSync("keiyaku", ["render", "契約書.contract"], { cwd: work, env, encoding: "utf8" });
    assert.equal(render.stdout, sample("test/fixtures/golden.txt"));
  });

  it("ships the commands bundle's code cache, made by the Node that packed it", () => {
    const dist = join(dirname(realpathSync(installed.bin("keiyaku"))), "..", "dist");
    assert.ok(statSync(join(dist, "cli-commands.js.cache")).size > 100_000);
  });

  it("writes Word files and imports them with the bundles it ships", () => {
    const env = {
      ...process.env,
      PATH: `${join(installed.bin("keiyaku"), "..")}:${process.env["PATH"] ?? ""}`,
    };
    const run = (args: string[]) => spawnSync("keiyaku", args, { cwd: work, env, encoding: "utf8" });
    const exported = run(["render", "契約書.contract", "-o", "契約書.docx"]);
    assert.equal(exported.status, 0, exported.stderr);
    assert.ok(statSync(join(work, "契約書.docx")).size > 1000);
    const imported = run(["import", "契約書.docx", "-o", "取込.contract"]);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(readFileSync(join(work, "取込.contract"), "utf8"), /^契約書「サーバー管理契約書」/m);
  });

  it("runs keiyaku-language-server --stdio for any LSP editor", async () => {
    const session = await startSession({
      server: { command: installed.bin("keiyaku-language-server"), cwd: work },
    });
    try {
      const uri = pathToFileURL(join(work, "契約書.contract")).href;
      const published = session.nextDiagnostics(uri);
      await session.open(uri, sample(TEMPLATE_PATH));
      const ids = (await published).diagnostics.map((d) => d.code);
      assert.equal(ids.filter((id) => isBlankId(String(id))).length, 8);
    } finally {
      await session.stop();
    }
  });
});
