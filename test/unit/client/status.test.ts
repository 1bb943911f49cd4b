import assert from "node:assert/strict";
import { exportFileName } from "../../../client/src/export/export-file-name";
import { blanksLabel, previewTitle } from "../../../client/src/preview/preview-labels";
import {
  countProblems,
  diagnosticId,
  statusText,
  statusTooltip,
  type CountedDiagnostic,
} from "../../../client/src/status/problem-counts";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createContractService } from "../../../server/src/language";
import { kindById } from "../../../server/src/language/check/registry";
import { BLANK_IDS } from "../../../server/src/language/vocabulary/blanks";
import { FILLED_PATH, ROOT, sample, TEMPLATE_PATH } from "../../helpers/fixtures";
import { english, japanese } from "./l10n";

const diagnostics: CountedDiagnostic[] = [
  { code: "blank.party", isError: false },
  { code: "blank.fee", isError: false },
  { code: { value: "blank.date" }, isError: false },
  { code: "syntax.article-heading", isError: true },
  { code: "value.invalid-date", isError: true },
  { code: "term.unused", isError: false },
  { code: 42, isError: false },
  { code: undefined, isError: false },
  { code: "not-blank.x", isError: false },
];

describe("one definition of a blank: the preview's count and the status bar agree", () => {
  const service = createContractService();
  const samples = readdirSync(join(ROOT, "samples/diagnostics"))
    .map((f) => `samples/diagnostics/${f}`)
    .concat([TEMPLATE_PATH, FILLED_PATH]);
  for (const path of samples) {
    it(path, () => {
      const analysis = service.analyze(sample(path));
      const diagnostics = service
        .check(analysis)
        .map((d) => ({ code: d.id, isError: d.severity === "error" }));
      assert.equal(service.preview(analysis).blanks, countProblems(diagnostics).blanks);
    });
  }

  it("names only ids the checker has", () => {
    for (const id of BLANK_IDS) assert.ok(kindById(id) !== undefined, id);
  });

  it("counts placeholders in the prose, and not what is left to an attachment", () => {
    const count = (path: string) => service.preview(service.analyze(sample(path))).blanks;
    assert.equal(count("samples/diagnostics/blank.placeholder.contract"), 2);
    assert.equal(count("samples/diagnostics/blank.undecided.contract"), 0);
    assert.equal(count(TEMPLATE_PATH), 8);
  });
});

describe("client: the status bar summary", () => {
  it("counts the diagnostics of a blank's ids as blanks and Error ones as errors", () => {
    assert.deepEqual(countProblems(diagnostics), { blanks: 3, errors: 2 });
  });

  it("counts a blank reported as an error as both", () => {
    assert.deepEqual(countProblems([{ code: "blank.party", isError: true }]), { blanks: 1, errors: 1 });
  });

  it("counts nothing in a clean contract", () => {
    assert.deepEqual(countProblems([]), { blanks: 0, errors: 0 });
  });

  it("reads a diagnostic's id from every form VS Code gives codes in", () => {
    assert.equal(diagnosticId("blank.fee"), "blank.fee");
    assert.equal(diagnosticId({ value: "blank.fee" }), "blank.fee");
    assert.equal(diagnosticId(7), "7");
    assert.equal(diagnosticId(undefined), undefined);
  });

  it("reads 「空欄 3・エラー 0」 in Japanese", () => {
    assert.equal(statusText({ blanks: 3, errors: 0 }, japanese()), "空欄 3・エラー 0");
    assert.match(statusTooltip({ blanks: 3, errors: 0 }, japanese()), /空欄が 3 件、エラーが 0 件/);
  });

  it("reads 'Blanks 3 · Errors 0' in English", () => {
    assert.equal(statusText({ blanks: 3, errors: 0 }, english), "Blanks 3 · Errors 0");
  });
});

describe("client: the preview's labels", () => {
  it("names a preview tab as the Markdown preview does", () => {
    assert.equal(previewTitle("a.contract", false, japanese()), "プレビュー a.contract");
    assert.equal(previewTitle("a.contract", true, japanese()), "[プレビュー] a.contract");
    assert.equal(previewTitle("a.contract", true, english), "[Preview] a.contract");
  });

  it("says how many blanks are left", () => {
    assert.equal(blanksLabel(3, japanese()), "空欄 3");
    assert.equal(blanksLabel(0, japanese()), "空欄なし");
    assert.equal(blanksLabel(1, english), "Blanks 1");
  });
});

describe("client: the exported file's default name", () => {
  it("replaces .contract with .html", () => {
    assert.equal(exportFileName("/home/u/契約/server-management.contract"), "server-management.html");
    assert.equal(exportFileName("/x/A.CONTRACT"), "A.html");
  });

  it("appends .html to other names, and names an unsaved contract after its tab", () => {
    assert.equal(exportFileName("/x/draft.txt"), "draft.txt.html");
    assert.equal(exportFileName("Untitled-1"), "Untitled-1.html");
    assert.equal(exportFileName("/x/.contract"), "contract.html");
    assert.equal(exportFileName("/x/dir/"), "dir.html");
  });
});
