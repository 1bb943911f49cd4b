/**
 * Many files are checked in worker threads (cli/check-in-workers.ts): the report is the same, in
 * the same order, as checking each file alone in the main thread — whichever worker finishes first.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MIN_FILES_FOR_WORKERS, workerCount } from "../../../server/src/cli/check-in-workers";
import { runCli } from "../../helpers/cli-run";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

describe("cli: many files checked in worker threads", function () {
  this.timeout(180_000);

  it("uses no worker for a few files", () => {
    assert.equal(workerCount(1), 0);
    assert.equal(workerCount(MIN_FILES_FOR_WORKERS - 1), 0);
  });

  it("reports every file in the order given, as checking each alone does", async () => {
    const folder = tempFolder("workers");
    const texts = [sample(TEMPLATE_PATH), sample(FILLED_PATH), "", "契約書「テスト」\n"];
    const files = Array.from({ length: MIN_FILES_FOR_WORKERS + 6 }, (_, i) => {
      const file = join(folder, `c${String(i).padStart(2, "0")}.contract`);
      // Different sizes, so that workers finish out of order.
      writeFileSync(file, `${texts[i % texts.length] ?? ""}${"\n".repeat(i)}`);
      return file;
    });
    files.splice(7, 0, join(folder, "missing.contract"));
    for (const format of ["text", "json"]) {
      const together = await runCli("check", "--format", format, ...files);
      const alone = await Promise.all(files.map((f) => runCli("check", "--format", format, f)));
      if (format === "text") {
        assert.equal(together.stdout, alone.map((r) => r.stdout).join(""));
        const notes = alone.map((r) => r.stderr.split("\n").slice(0, -2).join("\n")).filter((s) => s !== "");
        assert.ok(together.stderr.startsWith(notes.join("\n")), together.stderr);
      } else {
        const reports = JSON.parse(together.stdout) as { files: { file: string }[] };
        assert.deepEqual(
          reports.files.map((f) => f.file),
          files.filter((f) => !f.endsWith("missing.contract")),
        );
      }
      assert.equal(together.code, 2, "an unreadable file makes exit code 2");
    }
  });
});
