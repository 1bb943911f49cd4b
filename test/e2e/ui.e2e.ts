import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Frame, Page } from "playwright-core";
import { ROOT } from "../helpers/fixtures";
import { launchBrowser } from "./browser";
import { startCodeServer, type CodeServer } from "./code-server";
import { ensureVsCode } from "./install-vscode";
import { ARTIFACTS } from "./paths";
import { prepareWorkspace } from "./prepare";
import { remoteUri, workbenchUrl } from "./vscode-url";
import { tempFolder } from "../helpers/temp-folders";

const PROBLEM_ROWS = ".markers-panel .monaco-list-row[aria-label]";

/** 1-based line and column of `needle` in the template, as the status bar shows them. */
function lineColumnOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press("Control+Shift+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().click();
}

async function problemLabels(page: Page): Promise<string[]> {
  return page
    .locator(PROBLEM_ROWS)
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("aria-label") ?? ""));
}

async function previewFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (
        (await frame
          .locator("h2", { hasText: "第18条（損害賠償）" })
          .count()
          .catch(() => 0)) > 0
      )
        return frame;
    }
    await page.waitForEvent("frameattached", { timeout: 1000 }).catch(() => undefined);
  }
  throw new Error("the preview webview did not show 第18条（損害賠償）");
}

describe("UI suite (the workbench as a person sees it)", function () {
  this.timeout(10 * 60 * 1000);
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let template: string;

  before(async () => {
    ensureVsCode((line) => console.log(`    ${line}`));
    const workspace = prepareWorkspace();
    template = readFileSync(join(workspace, "template.contract"), "utf8");
    const vsix = join(tempFolder("vsix"), "keiyaku.vsix");
    execFileSync(process.execPath, [join(ROOT, "scripts", "package.mjs"), "--out", vsix], {
      stdio: "inherit",
    });
    server = await startCodeServer({
      workspace,
      settings: { "keiyaku.validate": "onType" },
      installVsix: vsix,
    });
    context = await launchBrowser();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(
      workbenchUrl(server, [["openFile", remoteUri(server, join(workspace, "template.contract"))]]),
    );
    await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: 60000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === "failed") {
      await shot(page, `failed-${this.currentTest.title.slice(0, 40).replace(/[^\w\u3040-\u9fff]+/gu, "-")}`);
    }
  });

  after(async () => {
    await context?.close();
    await server?.stop();
  });

  it("lists the template's blanks in the Problems panel, in Japanese", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+Shift+M");
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].some((r) =>
          (r.getAttribute("aria-label") ?? "").includes("月額報酬が空欄です"),
        ),
      PROBLEM_ROWS,
      { timeout: 60000 },
    );
    const labels = await problemLabels(page);
    assert.ok(
      labels.some((l) => l.includes("甲（委託者）の会社名が空欄です")),
      labels.join("\n"),
    );
    await shot(page, "1-problems");
  });

  it("drops the fee warning as soon as a fee is typed, without saving", async () => {
    // Find selects the blank's text; the caret then goes to its start and the ＿ is typed over.
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+F");
    await page.keyboard.type("＿円（消費税別）");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.type("300,000");
    await page.waitForFunction(
      (selector) =>
        ![...document.querySelectorAll(selector)].some((r) =>
          (r.getAttribute("aria-label") ?? "").includes("月額報酬"),
        ),
      PROBLEM_ROWS,
      { timeout: 30000 },
    );
    const line = page.locator(".monaco-editor .view-line", { hasText: "月額報酬：300,000円（消費税別）" });
    assert.equal(await line.count(), 1, "the fee is typed where the blank was");
    assert.ok(
      (await problemLabels(page)).some((l) => l.includes("会社名が空欄です")),
      "the other blanks remain",
    );
    await shot(page, "2-fee-typed");
  });

  it("opens the preview to the side with 第18条 and the marked blanks", async () => {
    await runCommand(page, "Open Preview to the Side");
    const frame = await previewFrame(page);
    const blanks = frame.locator(".kc-blank");
    await blanks.first().waitFor();
    assert.ok((await blanks.count()) >= 6, "the party blanks and the date are marked");
    await shot(page, "3-preview");
  });

  it("moves the editor cursor to a blank's source when the blank is clicked in the preview", async () => {
    const frame = await previewFrame(page);
    const date = lineColumnOf(template, "＿年＿月＿日");
    await frame.locator(".kc-blank", { hasText: "＿＿＿＿年＿＿月＿＿日" }).first().click();
    const selection = page.locator('[id="status.editor.selection"]');
    await page.waitForFunction(
      ({ line }) =>
        (document.querySelector('[id="status.editor.selection"]')?.textContent ?? "").includes(`Ln ${line},`),
      { line: date.line },
      { timeout: 15000 },
    );
    // The blank's text is selected, so the caret stands at its end.
    assert.match(
      (await selection.textContent()) ?? "",
      new RegExp(`Ln ${date.line}, Col ${date.column + 6} \\(6 selected\\)`),
    );
    await shot(page, "4-click-to-source");
  });
});
