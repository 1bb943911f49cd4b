/**
 * The DOCX read by an independent reader, LibreOffice: its text is the text render's (ignoring
 * whitespace and the blanks' underlines; the seal marks are the DOCX's one addition), REF fields
 * included, and its first page, printed, is not blank.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportDocx, REFERENCES_PATH } from "../../helpers/docx-export";
import { run, sofficeConvert, withoutLayout } from "../../helpers/external-programs";
import { FILLED_PATH } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

/** The share of dark pixels in a binary PGM (P5) image, as pdftoppm -gray writes it. */
function darkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString("latin1", 0, 50));
  assert.ok(header, "a binary PGM");
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < 128) dark++;
  return dark / pixels.length;
}

describe("export: the DOCX read by LibreOffice", function () {
  this.timeout(600_000);

  for (const path of [FILLED_PATH, REFERENCES_PATH]) {
    it(`has the text render's text: ${path}`, async () => {
      const { docx, text } = await exportDocx(path);
      const folder = tempFolder("docx-text");
      const file = join(folder, "contract.docx");
      writeFileSync(file, docx);
      sofficeConvert(file, "txt:Text (encoded):UTF8", folder);
      const read = readFileSync(join(folder, "contract.txt"), "utf8");
      assert.equal(withoutLayout(read.replace(/㊞/gu, "")), withoutLayout(text));
    });
  }

  it("prints a first page that is not blank", async () => {
    const { docx } = await exportDocx(FILLED_PATH);
    const folder = tempFolder("docx-page");
    const file = join(folder, "contract.docx");
    writeFileSync(file, docx);
    sofficeConvert(file, "pdf", folder);
    run("pdftoppm", [
      "-gray",
      "-r",
      "50",
      "-f",
      "1",
      "-l",
      "1",
      join(folder, "contract.pdf"),
      join(folder, "page"),
    ]);
    const share = darkShare(readFileSync(join(folder, "page-1.pgm")));
    // Text fills a few percent of a page; an empty page has none, a black one nearly all.
    assert.ok(share > 0.005 && share < 0.3, `dark pixels: ${(share * 100).toFixed(2)}%`);
  });
});
