/**
 * PDF export: printed by the machine's Chromium (Debian's in CI), its text (pdftotext) is the text
 * render's, ignoring line breaks and the page numbers 「- N -」, which each page has, on A4. (Chromium embeds its
 * fonts as Type 3, nameless: the Mincho is the print stylesheet's, checked in test/unit/client/media.test.ts.)
 * Without a browser, nothing is written and the message says what to install.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findBrowser, NO_BROWSER } from "../../../server/src/export/pdf/find-browser";
import { printPdf } from "../../../server/src/export/pdf/print-pdf";
import { createContractService } from "../../../server/src/language";
import { runCli } from "../../helpers/cli-run";
import { run, withoutLayout } from "../../helpers/external-programs";
import { FILLED_PATH, ROOT } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

describe("export: PDF", function () {
  this.timeout(300_000);

  it("prints the text render's text on A4 with page numbers, through the installed Chromium", async () => {
    const browser = await findBrowser(null);
    assert.ok(
      browser.ok,
      `no browser found (.ci/apt-packages installs chromium): ${browser.ok ? "" : browser.message}`,
    );
    const service = createContractService();
    const analysis = service.analyze(readFileSync(join(ROOT, FILLED_PATH), "utf8"));
    const result = await printPdf(service.render(analysis, "html"), browser.path);
    assert.ok(result.ok, result.ok ? "" : result.message);
    const file = join(tempFolder("pdf"), "contract.pdf");
    writeFileSync(file, result.pdf);
    const text = run("pdftotext", ["-enc", "UTF-8", file, "-"]);
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))?.[1]);
    assert.ok(pages >= 2, `${pages} pages`);
    const numbers = [...text.matchAll(/^-\s*(\d+)\s*-$/gmu)].map((m) => Number(m[1]));
    assert.deepEqual(
      numbers,
      Array.from({ length: pages }, (_, i) => i + 1),
    );
    const body = text.replace(/^-\s*\d+\s*-$/gmu, "");
    assert.equal(withoutLayout(body), withoutLayout(service.render(analysis, "text")));
    assert.match(run("pdfinfo", [file]), /Page size:\s+59[45]\.?\d* x 84[12]\.?\d* pts \(A4\)/);
  });

  it("says what to install when no browser is found", async () => {
    const lookup = await findBrowser(null, "win32", {});
    assert.deepEqual(lookup, { ok: false, message: NO_BROWSER });
    assert.match(NO_BROWSER, /Chromium、Google Chrome または Microsoft Edge が必要です/);
    assert.match(NO_BROWSER, /apt-get install chromium/);
  });

  it("finds CHROME_PATH first", async () => {
    const lookup = await findBrowser(null, "linux", { CHROME_PATH: process.execPath });
    assert.deepEqual(lookup, { ok: true, path: process.execPath });
  });

  it("writes nothing and exits 2 when --browser does not run", async () => {
    const out = join(tempFolder("pdf-none"), "contract.pdf");
    const r = await runCli("render", join(ROOT, FILLED_PATH), "-o", out, "--browser", "/no/such/chromium");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ブラウザ「\/no\/such\/chromium」を実行できません。/);
    assert.equal(existsSync(out), false);
  });
});
