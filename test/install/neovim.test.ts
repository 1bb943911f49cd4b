/**
 * A second real editor: Neovim from Debian (0.7.2 there), headless, configured as the README's
 * snippet for Neovim 0.7–0.10, against the installed npm package's server. Skipped only where
 * Neovim is not installed (CI installs it: .ci/run).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, sample, TEMPLATE_PATH } from "../helpers/fixtures";
import { installPackage, type Installed } from "../helpers/npm-package";
import { isBlankId } from "../../server/src/language/vocabulary/blanks";
import { tempFolder } from "../helpers/temp-folders";

interface Response {
  readonly result?: unknown;
  readonly error?: string;
}

interface NeovimResults {
  readonly failure?: string;
  readonly diagnostics?: { code: string; severity: number; lnum: number }[];
  readonly hover?: Response;
  readonly definition?: Response;
  readonly rename?: Response;
  readonly codeAction?: Response;
  readonly formatting?: Response;
}

const hasNeovim = spawnSync("nvim", ["--version"]).status === 0;

function runNeovim(installed: Installed, work: string, mode: string): NeovimResults {
  const result = join(work, `result-${mode}.json`);
  const run = spawnSync(
    "nvim",
    ["--headless", "-n", "-u", "NONE", "-c", `luafile ${join(ROOT, "test/install/neovim-client.lua")}`],
    {
      cwd: work,
      env: {
        ...process.env,
        KEIYAKU_SERVER: installed.bin("keiyaku-language-server"),
        KEIYAKU_RESULT: result,
        KEIYAKU_MODE: mode,
      },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
  return JSON.parse(readFileSync(result, "utf8")) as NeovimResults;
}

(hasNeovim ? describe : describe.skip)("Neovim 0.7+ as a client of the installed server", function () {
  this.timeout(300_000);
  let installed: Installed;
  let work = "";
  let draft: NeovimResults;

  before(async () => {
    installed = await installPackage();
    work = tempFolder("nvim");
    copyFileSync(join(ROOT, TEMPLATE_PATH), join(work, "template.contract"));
    copyFileSync(
      join(ROOT, "samples/diagnostics/structure.article-numbering.contract"),
      join(work, "numbering.contract"),
    );
    writeFileSync(
      join(work, "messy.contract"),
      "前文   \n甲は乙に委託する。\n\n\n\n第1条（目的）  \n本契約は目的を定める。\n",
    );
    draft = runNeovim(installed, work, "draft");
  });
  after(() => {
    rmSync(installed.folder, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it("runs the whole session without a Lua error", () => {
    assert.equal(draft.failure, undefined);
  });

  it("shows the template's eight blanks as warnings", () => {
    const blanks = (draft.diagnostics ?? []).filter((d) => isBlankId(d.code));
    assert.equal(blanks.length, 8);
    assert.ok(blanks.every((d) => d.severity === 2));
  });

  it("hovers a value with its rendered form", () => {
    const hover = draft.hover?.result as { contents: { value: string } } | undefined;
    assert.match(hover?.contents.value ?? "", /賠償上限期間/);
    assert.match(hover?.contents.value ?? "", /6か月/);
  });

  it("goes to the value's definition in 条件", () => {
    const locations = draft.definition?.result as
      { range: { start: { line: number } } } | { range: { start: { line: number } } }[];
    const first = Array.isArray(locations) ? locations[0] : locations;
    const line = sample(TEMPLATE_PATH).split("\n")[first?.range.start.line ?? -1] ?? "";
    assert.match(line, /^\s*賠償上限期間：/);
  });

  it("renames a value everywhere it is used", () => {
    const rename = draft.rename?.result as { changes: Record<string, { newText: string }[]> } | undefined;
    const edits = Object.values(rename?.changes ?? {}).flat();
    assert.ok(edits.length >= 2, JSON.stringify(draft.rename));
    assert.ok(edits.every((e) => e.newText === "上限期間"));
  });

  it("offers the renumbering quick fix", () => {
    const actions = (draft.codeAction?.result ?? []) as { title: string }[];
    assert.ok(
      actions.some((a) => /条番号を第1条から順に振り直す/.test(a.title)),
      JSON.stringify(actions),
    );
  });

  it("formats a messy contract", () => {
    const edits = (draft.formatting?.result ?? []) as { newText: string }[];
    assert.ok(
      edits.some((e) => e.newText.includes("甲は乙に委託する。\n\n第1条（目的）")),
      JSON.stringify(edits),
    );
  });

  it("applies settings from the snippet: final mode makes blanks errors", () => {
    const final = runNeovim(installed, work, "final");
    const blanks = (final.diagnostics ?? []).filter((d) => isBlankId(d.code));
    assert.equal(blanks.length, 8);
    assert.ok(
      blanks.every((d) => d.severity === 1),
      JSON.stringify(blanks),
    );
  });
});
