import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../helpers/cli-run";
import { FILLED_PATH, GOLDEN_PATH, readRepoFile, ROOT, TEMPLATE_PATH } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

const run = runCli;

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(tempFolder("cli"), name);
  writeFileSync(path, content);
  return path;
}

const template = join(ROOT, TEMPLATE_PATH);
const filled = join(ROOT, FILLED_PATH);
const broken = "第7条（報酬\n月額金{月額報酬を支払う。\n";

describe("keiyaku render", () => {
  it("prints the golden text for the template", async () => {
    const r = await run("render", template, "--format", "text");
    assert.equal(r.code, 0);
    assert.equal(r.stdout, readRepoFile(GOLDEN_PATH));
  });

  it("defaults to text and writes to -o", async () => {
    const out = join(tempFolder("out"), "c.html");
    const r = await run("render", filled, "--format=html", "-o", out);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, "");
    assert.match(readFileSync(out, "utf8"), /^<!DOCTYPE html>[\s\S]*300,000円（消費税別）/);
  });

  it("renders Markdown", async () => {
    const r = await run("render", template, "--format", "markdown");
    assert.match(r.stdout, /^# サーバー管理契約書\n/);
  });

  it("rejects an unknown format with exit 2 and the usage", async () => {
    const r = await run("render", template, "--format", "rtf");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format は text・markdown・html・docx・pdf のいずれかです：rtf/);
    assert.match(r.stderr, /使い方/);
  });

  for (const format of ["docx", "pdf"]) {
    it(`refuses to write ${format} to standard output, with exit 2`, async () => {
      const r = await run("render", template, "--format", format);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, new RegExp(`${format} は標準出力に書き出せません。-o 契約書\\.${format}`));
    });
  }
});

describe("keiyaku check", () => {
  it("exits 0 on the filled sample, and on the template's blanks in draft mode", async () => {
    const clean = await run("check", filled);
    assert.equal(clean.code, 0);
    assert.doesNotMatch(clean.stdout, / (error|warning) /);
    const draft = await run("check", template);
    assert.equal(draft.code, 0);
    assert.equal((draft.stdout.match(/: warning blank\./g) ?? []).length, 8);
    assert.match(draft.stderr, /1 ファイル：エラー 0・警告 8/);
  });

  it("turns the template's blanks into errors with --final, exit 1", async () => {
    const r = await run("check", "--final", template);
    assert.equal(r.code, 1);
    assert.equal((r.stdout.match(/: error blank\./g) ?? []).length, 8);
    assert.match(
      r.stdout,
      new RegExp(`${TEMPLATE_PATH.replace(".", "\\.")}:18:8: error blank.fee: 月額報酬が空欄です。`),
    );
  });

  it("prints file:line:col: severity id: message and exits 1 on errors", async () => {
    const file = tempFile("broken.contract", broken);
    const r = await run("check", file);
    assert.equal(r.code, 1);
    assert.deepEqual(r.stdout.trimEnd().split("\n"), [
      `${file}:1:4: error syntax.article-heading: 第7条の見出しに閉じ括弧「）」がありません。見出しの最後に「）」を書いてください。`,
      `${file}:2:4: error syntax.reference: 値の参照の「{」が閉じていません。「}」で閉じてください（文字の「{」は「{{」と書きます）。`,
    ]);
  });

  it("writes JSON with ranges, offsets and a summary", async () => {
    const file = tempFile("broken.contract", broken);
    const r = await run("check", "--format", "json", file, filled);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout) as {
      version: number;
      files: {
        file: string;
        diagnostics: { id: string; severity: string; range: unknown; offsets: unknown }[];
      }[];
      summary: Record<string, number>;
    };
    assert.equal(json.version, 1);
    assert.deepEqual(
      json.files.map((f) => f.file),
      [file, filled],
    );
    const [first] = json.files[0]?.diagnostics ?? [];
    assert.equal(first?.id, "syntax.article-heading");
    assert.equal(first?.severity, "error");
    assert.deepEqual(first?.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } });
    assert.deepEqual(first?.offsets, { start: 3, end: 6 });
    const information = json.files
      .flatMap((f) => f.diagnostics)
      .filter((d) => d.severity === "information").length;
    assert.deepEqual(json.summary, { files: 2, unreadable: 0, error: 2, warning: 0, information, hint: 0 });
  });

  it("silences an id with --ignore", async () => {
    const file = tempFile("broken.contract", broken);
    const r = await run("check", file, "--ignore", "syntax.article-heading", "--ignore", "syntax.reference");
    assert.equal(r.code, 0);
    assert.equal(r.stdout, "");
  });

  it("explains a missing file, a folder, Shift_JIS and other non-UTF-8 bytes with exit 2", async () => {
    const sjis = tempFile("sjis.contract", Uint8Array.from([0x8c, 0x5f, 0x96, 0xf1, 0x8f, 0x91])); // 契約書
    const bytes = tempFile("bytes.contract", Uint8Array.from([0x80, 0xff, 0xfe, 0xfd]));
    const cases: [string, RegExp][] = [
      [join(ROOT, "no-such.contract"), /ファイルが見つかりません/],
      [ROOT, /フォルダです/],
      [sjis, /Shift_JIS で保存されているようです。.*UTF-8 にして保存し直してください/],
      [bytes, /UTF-8 として読めません。エディタで/],
    ];
    for (const [path, message] of cases) {
      const r = await run("check", path);
      assert.equal(r.code, 2, path);
      assert.match(r.stderr, message);
    }
  });

  it("counts columns after a BOM as the editor does", async () => {
    const r = await run("check", tempFile("bom.contract", `\uFEFF${broken}`));
    assert.match(r.stdout, /:1:4: error syntax\.article-heading/);
  });

  it("checks an empty file and a BOM-only file as clean", async () => {
    for (const content of ["", "\uFEFF"]) {
      const r = await run("check", tempFile("empty.contract", content));
      assert.equal(r.code, 0);
    }
  });

  it("reports usage errors with exit 2", async () => {
    for (const args of [
      [],
      ["check"],
      ["frobnicate"],
      ["check", "--bogus", "x"],
      ["render", "a", "b"],
      ["check", "--format"],
    ]) {
      const r = await run(...args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, /使い方/);
    }
  });

  it("prints help and version", async () => {
    assert.match((await run("--help")).stdout, /keiyaku check FILE/);
    assert.match((await run("--version")).stdout, /^\d+\.\d+\.\d+(-source)?\n$/);
  });

  it("prints, when built, the version of the root package.json: the one place it is written", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = spawnSync(process.execPath, [join(ROOT, "server/bin/keiyaku.js"), "--version"], {
      encoding: "utf8",
    });
    assert.equal(r.stdout, `${version}\n`);
  });
});

describe("the keiyaku bin", () => {
  it("runs as npx keiyaku from the repository root", () => {
    const r = spawnSync("npx", ["--no-install", "keiyaku", "render", TEMPLATE_PATH], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, readRepoFile(GOLDEN_PATH));
  });

  it("exits 1 on a file with errors", () => {
    const file = tempFile("b.contract", broken);
    const r = spawnSync("npx", ["--no-install", "keiyaku", "check", file], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 1);
    assert.match(
      r.stdout,
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:4: error syntax.article-heading`),
    );
  });

  it("exits quietly when the reader closes the pipe early (keiyaku check big.contract | head)", () => {
    const dir = tempFolder("epipe");
    const big = join(dir, "big.contract");
    const articles = Array.from({ length: 20000 }, (_, i) => `第${i + 1}条（報酬）\n{未定義${i}}\n`);
    writeFileSync(big, articles.join("\n"));
    const bin = join(ROOT, "server", "bin", "keiyaku.js");
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" check "${big}" | head -n 1`], {
      encoding: "utf8",
    });
    assert.equal(r.stdout.split("\n").filter((l) => l.length > 0).length, 1);
    assert.doesNotMatch(r.stderr, /EPIPE|Error|at /u, r.stderr);
  });
});

describe("keiyaku on a file over the size limit", () => {
  it("refuses to check or render it, saying why in Japanese", async () => {
    const dir = tempFolder("large");
    const file = join(dir, "large.contract");
    writeFileSync(file, `前文\n${"あ".repeat(2_000_001)}\n`);
    for (const args of [
      ["check", file],
      ["render", file],
    ]) {
      const r = await run(...args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, /大きすぎるため読み取りません/u);
      assert.equal(r.stdout.includes("あ".repeat(100)), false);
    }
  });
});
