/** keiyaku check's machine formats (SARIF, GitHub annotations) and the CLI's edges found by trying it. */
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../helpers/cli-run";
import { FILLED_PATH, ROOT, TEMPLATE_PATH } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

const run = runCli;

const payerSwapped = join(ROOT, "samples/diagnostics/consistency.payer-swapped.contract");

describe("keiyaku CLI: formats and edges", () => {
  let dir = "";
  beforeEach(() => (dir = tempFolder("cli")));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it("writes SARIF 2.1.0: one run, one rule per id used, UTF-16 columns, 1-based regions", async () => {
    const r = await run("check", "--format", "sarif", payerSwapped, join(ROOT, TEMPLATE_PATH));
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        columnKind: string;
        tool: { driver: { name: string; rules: { id: string; help: { text: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[];
        }[];
      }[];
    };
    assert.equal(sarif.version, "2.1.0");
    assert.equal(sarif.runs.length, 1);
    const [only] = sarif.runs;
    assert.ok(only !== undefined);
    assert.equal(only.columnKind, "utf16CodeUnits");
    const ids = only.tool.driver.rules.map((rule) => rule.id);
    assert.deepEqual(ids, [...new Set(ids)]);
    assert.ok(ids.includes("consistency.payer-swapped") && ids.includes("blank.party"));
    for (const result of only.results) assert.equal(ids[result.ruleIndex], result.ruleId);
    const swapped = only.results.find((x) => x.ruleId === "consistency.payer-swapped");
    assert.deepEqual(swapped?.locations[0]?.physicalLocation.region, {
      startLine: 16,
      startColumn: 1,
      endLine: 16,
      endColumn: 12,
    });
    assert.equal(swapped?.level, "warning");
    assert.match(only.tool.driver.rules[0]?.help.text ?? "", /\S/);
  });

  it("writes GitHub workflow commands, escaping what would end a property or the message", async () => {
    const path = file("a,b:c.contract", "前文\n甲は{未定義}を支払う。\n");
    const r = await run("check", "--format", "github", path);
    const [line] = r.stdout.split("\n");
    assert.match(
      line ?? "",
      /^::error file=.*a%2Cb%3Ac\.contract,line=2,col=4,endLine=2,endColumn=7,title=keiyaku ref\.undefined-value::「未定義」/,
    );
  });

  it("writes the report to -o instead of stdout", async () => {
    const out = join(dir, "report.json");
    const r = await run("check", "--format", "json", "-o", out, join(ROOT, FILLED_PATH));
    assert.equal(r.code, 0);
    assert.equal(r.stdout, "");
    assert.equal((JSON.parse(readFileSync(out, "utf8")) as { version: number }).version, 1);
  });

  it("refuses --ignore with an unknown id, naming the closest", async () => {
    const r = await run("check", "--ignore", "blank.partyy", join(ROOT, TEMPLATE_PATH));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /「blank\.partyy」はありません。もしかして「blank\.party」ですか？/);
  });

  it("counts unreadable files in the text summary", async () => {
    const r = await run("check", join(ROOT, FILLED_PATH), join(dir, "missing.contract"));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /1 ファイル（読めないファイル 1）/);
  });

  it("names UTF-16 and EUC-JP files", async () => {
    const utf16 = file(
      "u16.contract",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("前文\n甲は乙に", "utf16le")]),
    );
    const eucJp = file("euc.contract", Buffer.from([0xc1, 0xb0, 0xca, 0xb8, 0x0a, 0xb9, 0xc3, 0xa4, 0xcf])); // 前文\n甲は
    assert.match((await run("check", utf16)).stderr, /UTF-16 で保存されているようです/);
    assert.match((await run("check", eucJp)).stderr, /EUC-JP で保存されているようです/);
  });

  it("explains a failed write in Japanese, without Node's own error text", async () => {
    const r = await run("render", join(ROOT, TEMPLATE_PATH), "-o", join(dir, "no", "such", "x.txt"));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /書き込み先のフォルダがありません/);
    assert.doesNotMatch(r.stderr, /ENOENT|no such file/);
  });

  it("takes the render format from -o's extension", async () => {
    for (const [name, pattern] of [
      ["c.html", /^<!DOCTYPE html>/],
      ["c.md", /^# サーバー管理契約書/],
      ["c.txt", /^サーバー管理契約書\n/],
    ] as const) {
      const out = join(dir, name);
      assert.equal((await run("render", join(ROOT, FILLED_PATH), "-o", out)).code, 0);
      assert.match(readFileSync(out, "utf8"), pattern, name);
    }
  });

  it("renders a contract with errors, says how many, and exits 1 unless --force", async () => {
    const path = file("broken.contract", "契約書「X」\n\n第1条（目的\n本文は残る。\n");
    const r = await run("render", path);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /本文は残る。/);
    assert.match(r.stderr, /エラーが \d+ 件あります/);
    assert.equal((await run("render", path, "--force")).code, 0);
  });

  it("says when a file is empty or has only a title", async () => {
    assert.match((await run("check", file("e.contract", "\n\n"))).stderr, /空のファイルです/);
    assert.match((await run("render", file("t.contract", "契約書「X」\n"))).stderr, /タイトルしかありません/);
  });

  it("checks 200 files in one call, keeping their order", async () => {
    const paths = Array.from({ length: 200 }, (_, i) =>
      file(`c${i}.contract`, `前文\n甲は{値${i}}を払う。\n`),
    );
    const r = await run("check", "--format", "json", ...paths);
    const report = JSON.parse(r.stdout) as { files: { file: string; diagnostics: { message: string }[] }[] };
    assert.deepEqual(
      report.files.map((f) => f.file),
      paths,
    );
    assert.match(report.files[199]?.diagnostics[0]?.message ?? "", /値199/);
  });
});
