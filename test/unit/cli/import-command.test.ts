import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../helpers/cli-run";
import { buildDocx, deleted, inserted, paragraph } from "../../helpers/docx-builder";
import { GOLDEN_PATH, readRepoFile, ROOT, TEMPLATE_PATH } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

const RAW = join(ROOT, "test/fixtures/reference-raw.txt");

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(tempFolder("import"), name);
  writeFileSync(path, content);
  return path;
}

describe("keiyaku import", () => {
  it("writes the reference contract's .contract to -o, which renders to the golden file", async () => {
    const out = join(tempFolder("import-out"), "c.contract");
    const r = await runCli("import", RAW, "-o", out);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /に取り込みました/u);
    const rendered = await runCli("render", out);
    assert.equal(rendered.stdout, readRepoFile(GOLDEN_PATH));
    const checked = await runCli("check", out);
    const template = await runCli("check", join(ROOT, TEMPLATE_PATH));
    assert.equal(checked.code, 0);
    assert.equal(checked.stderr.split("\n").at(-2), template.stderr.split("\n").at(-2));
  });

  it("prints to stdout without -o", async () => {
    const r = await runCli("import", tempFile("memo.txt", "\uFEFF覚書\r\n本文です。\r\n"));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^契約書「覚書」$/mu);
  });

  it("says a DOCX has tracked changes and takes either side", async () => {
    const docx = tempFile(
      "marked.docx",
      await buildDocx(
        [paragraph("覚書"), paragraph("金額は", deleted("10"), inserted("20"), "万円とする。")].join(""),
      ),
    );
    const accepted = await runCli("import", docx);
    assert.match(accepted.stderr, /変更履歴があります/u);
    assert.match(accepted.stdout, /金額は20万円とする。/u);
    const rejected = await runCli("import", docx, "--changes=reject");
    assert.match(rejected.stdout, /金額は10万円とする。/u);
  });

  it("refuses bad input with exit 2, writing nothing", async () => {
    const out = join(tempFolder("import-out"), "never.contract");
    const cases: [string, Uint8Array][] = [
      ["empty.txt", new Uint8Array()],
      ["locked.docx", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
      ["sjis.txt", Uint8Array.from([0x8c, 0x5f, 0x96, 0xf1, 0x8f, 0x91])],
      ["fake.docx", new TextEncoder().encode("not a zip")],
    ];
    for (const [name, bytes] of cases) {
      const r = await runCli("import", tempFile(name, bytes), "-o", out);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, /[ぁ-ん]/u, name);
      assert.equal(existsSync(out), false, name);
    }
    const missing = await runCli("import", join(tempFolder("none"), "nothing.docx"));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /ファイルが見つかりません/u);
  });

  it("never writes over the file it imports", async () => {
    const source = tempFile("same.txt", "覚書\n本文");
    const r = await runCli("import", source, "-o", source);
    assert.equal(r.code, 2);
    assert.equal(readFileSync(source, "utf8"), "覚書\n本文");
  });

  it("rejects a --changes other than accept or reject", async () => {
    const r = await runCli("import", RAW, "--changes", "maybe");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--changes は accept・reject/u);
  });

  it("reads a DOCX from the built CLI, loading the separate docx-reader bundle", async function () {
    if (!existsSync(join(ROOT, "server/dist/docx-reader.js"))) this.skip();
    const docx = tempFile("built.docx", await buildDocx(paragraph("覚書") + paragraph("本文です。")));
    const r = spawnSync(process.execPath, [join(ROOT, "server/bin/keiyaku.js"), "import", docx], {
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /本文です。/u);
    assert.ok(!readFileSync(join(ROOT, "server/dist/cli.js"), "utf8").includes("mammoth"));
  });
});
