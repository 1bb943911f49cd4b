/** keiyaku diff and keiyaku amend: files, git revisions (and their errors), every output format. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../helpers/cli-run";
import { FILLED_PATH, readRepoFile } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

const OLD = readRepoFile(FILLED_PATH);
const NEW = OLD.replace("月額報酬：300,000円", "月額報酬：330,000円");

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd,
    stdio: "ignore",
  });
}

describe("keiyaku diff / amend", () => {
  let dir = "";
  beforeEach(() => (dir = tempFolder("diff")));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it("compares two files as text, values first", async () => {
    const r = await runCli("diff", file("old.contract", OLD), file("new.contract", NEW));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^新旧対照表：サーバー管理契約書\n/);
    assert.match(r.stdout, /月額報酬：300,000円（消費税別） → 330,000円（消費税別）/);
    assert.match(r.stdout, /賠償上限額：1,800,000円 → 1,980,000円/);
    assert.match(r.stdout, /月額金⟦330,000⟧円/);
  });

  it("writes JSON and HTML, choosing the format from -o's extension", async () => {
    const [a, b] = [file("old.contract", OLD), file("new.contract", NEW)];
    const json = await runCli("diff", a, b, "--format", "json");
    const parsed = JSON.parse(json.stdout) as {
      values: unknown[];
      articles: { status: string; newNumber: string }[];
    };
    assert.deepEqual(
      parsed.articles.map((x) => `${x.newNumber} ${x.status}`),
      ["第7条 changed"],
    );
    const out = join(dir, "対照表.html");
    assert.equal((await runCli("diff", a, b, "-o", out)).code, 0);
    assert.match(
      readFileSync(out, "utf8"),
      /^<!DOCTYPE html>[\s\S]*Content-Security-Policy[\s\S]*（傍線部分は改正部分）/,
    );
  });

  it("writes a Word file with a real table, underlined changes, A4 landscape and Mincho", async () => {
    const out = join(dir, "対照表.docx");
    const r = await runCli("diff", file("old.contract", OLD), file("new.contract", NEW), "-o", out);
    assert.equal(r.code, 0, r.stderr);
    const xml = execFileSync("unzip", ["-p", out, "word/document.xml"], { encoding: "utf8" });
    assert.match(xml, /<w:tbl>/);
    assert.match(xml, /<w:u w:val="single"\/>[\s\S]*?<w:t[^>]*>330,000<\/w:t>/);
    assert.match(xml, /w:orient="landscape"/);
    assert.match(xml, /w:eastAsia="游明朝"/);
    assert.match(xml, /新（改正後）[\s\S]*旧（改正前）/);
    const refused = await runCli(
      "diff",
      file("a.contract", OLD),
      file("b.contract", NEW),
      "--format",
      "docx",
    );
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /-o で書き出すファイル/);
  });

  it("compares with a git revision, read with git itself", async () => {
    const path = file("契約書.contract", OLD);
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "v1");
    writeFileSync(path, NEW);
    for (const args of [["HEAD", path], [path]]) {
      const r = await runCli("diff", ...args);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /月額金⟦330,000⟧円/);
    }
  });

  it("explains in Japanese: not a repository, unknown revision, file not in it, a revision like an option", async () => {
    const path = file("契約書.contract", OLD);
    const outside = await runCli("diff", "HEAD", path);
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /git のリポジトリの中ではありません/);
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "v1");
    const unknown = await runCli("diff", "v9.9", path);
    assert.match(unknown.stderr, /リビジョン「v9\.9」がこのリポジトリにありません/);
    const uncommitted = await runCli("diff", "HEAD", file("新しい.contract", NEW));
    assert.match(uncommitted.stderr, /リビジョン「HEAD」にありません/);
    const option = await runCli("diff", "--", "--output=/tmp/x", path);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /「-」で始まっています/);
    const unknownOption = await runCli("diff", "--upload-pack=touch", path);
    assert.equal(unknownOption.code, 2);
  });

  it("drafts a 変更覚書 that checks clean apart from its own blanks", async () => {
    const out = join(dir, "変更覚書.contract");
    const r = await runCli("amend", file("old.contract", OLD), file("new.contract", NEW), "-o", out);
    assert.equal(r.code, 0, r.stderr);
    const memo = readFileSync(out, "utf8");
    assert.match(memo, /（1）原契約第7条中「300,000円」を「330,000円」に改める。/);
    const check = await runCli("check", out, "--format", "json");
    const report = JSON.parse(check.stdout) as { files: { diagnostics: { id: string }[] }[] };
    const ids = report.files.flatMap((f) => f.diagnostics.map((d) => d.id));
    assert.ok(ids.length > 0 && ids.every((id) => id.startsWith("blank.")), ids.join());
    const same = await runCli(
      "amend",
      file("a.contract", OLD),
      file("b.contract", OLD.replace(/\n/g, "\r\n")),
    );
    assert.equal(same.code, 1);
    assert.match(same.stderr, /違いがないため/);
  });
});
