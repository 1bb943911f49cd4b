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

describe("client: the status bar summary", () => {
  it("counts blank.* diagnostics as blanks and Error ones as errors", () => {
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
