/**
 * Many files are checked by the main thread and worker threads together (cli/check-in-workers.ts):
 * the results are the same, in the same order, as checking them in the main thread alone —
 * whichever thread finishes first — and the CLI's report keeps the order of the files given.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkAll,
  checkWithWorkers,
  MIN_FILES_FOR_WORKERS,
  workerCount,
} from "../../../server/src/cli/check-in-workers";
import { runCli } from "../../helpers/cli-run";
import { FILLED_PATH, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { tempFolder } from "../../helpers/temp-folders";

const TEXTS = [sample(TEMPLATE_PATH), sample(FILLED_PATH), "", "契約書「テスト」\n"];
const OPTIONS = { mode: "draft", severities: {} } as const;

// Different sizes, so that workers finish out of order.
const jobs = Array.from({ length: MIN_FILES_FOR_WORKERS + 6 }, (_, i) => ({
  file: `c${i}.contract`,
  text: `${TEXTS[i % TEXTS.length] ?? ""}${"\n".repeat(i)}`,
}));

describe("cli: many files checked in worker threads", function () {
  this.timeout(180_000);

  it("uses workers only for many files and only on idle cores beside the main thread's", () => {
    assert.equal(workerCount(MIN_FILES_FOR_WORKERS - 1, 8, 0), 0);
    assert.equal(workerCount(MIN_FILES_FOR_WORKERS, 8, 0), 3, "at most three beside the main thread");
    assert.equal(workerCount(MIN_FILES_FOR_WORKERS, 2, 0.5), 0, "one idle core: the main thread's");
    assert.equal(workerCount(MIN_FILES_FOR_WORKERS, 2, 0), 1);
    assert.equal(workerCount(1000, 2, 20), 0, "a busy machine");
  });

  it("gives each file's findings and note in the order given, as the main thread does", async () => {
    const here = await checkAll(jobs, OPTIONS, 0);
    const inWorkers = await checkWithWorkers(jobs, OPTIONS, 2);
    assert.deepEqual(inWorkers, here);
    assert.ok(here.some((c) => c.note !== null) && here.some((c) => c.diagnostics.length > 0));
  });

  it("reports the files in the order given, skipping an unreadable one", async () => {
    const folder = tempFolder("workers");
    const files = jobs.map((job) => {
      const file = join(folder, job.file);
      writeFileSync(file, job.text);
      return file;
    });
    files.splice(7, 0, join(folder, "missing.contract"));
    const together = await runCli("check", "--format", "json", ...files);
    const reports = JSON.parse(together.stdout) as { files: { file: string }[] };
    assert.deepEqual(
      reports.files.map((f) => f.file),
      files.filter((f) => !f.endsWith("missing.contract")),
    );
    assert.equal(together.code, 2, "an unreadable file makes exit code 2");
  });
});
