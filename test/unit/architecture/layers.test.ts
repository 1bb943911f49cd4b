/**
 * The layers of docs/architecture.md, as lint enforces them by path: each case is an import that
 * a file in one layer may or may not make.
 */
import assert from "node:assert/strict";
import { ESLint } from "eslint";

const CASES: readonly [file: string, from: string, allowed: boolean][] = [
  ["server/src/lsp/features/hover.ts", "../../language", true],
  ["server/src/lsp/features/hover.ts", "../../language/features/hover", false],
  ["server/src/lsp/server.ts", "../language/check/registry", false],
  ["server/src/lsp/server.ts", "vscode", false],
  ["server/src/cli.ts", "./language", true],
  ["server/src/cli.ts", "./language/model/analysis", false],
  ["server/src/cli/check-report.ts", "../language/line-index", false],
  ["server/src/cli/check-report.ts", "vscode-languageserver", false],
  ["server/src/export/comparison-docx.ts", "../language", true],
  ["server/src/export/comparison-docx.ts", "../language/compare/comparison", false],
  ["server/src/export/comparison-docx.ts", "vscode-languageserver", false],
  ["server/src/import/import-document.ts", "../language", true],
  ["server/src/import/import-document.ts", "../language/import/import-contract", false],
  ["server/src/import/docx/read-docx.ts", "vscode-languageserver", false],
  ["server/src/language/import/import-contract.ts", "../../import/import-document", false],
  ["server/src/language/service.ts", "./check/registry", true],
  ["server/src/language/service.ts", "node:fs", false],
  ["server/src/language/service.ts", "fs/promises", false],
  ["server/src/language/service.ts", "../lsp/convert", false],
  ["server/src/language/features/hover.ts", "../../cli/arguments", false],
  ["server/src/language/features/hover.ts", "vscode-languageserver", false],
  ["server/src/language/features/hover.ts", "vscode", false],
  ["server/src/workspace/keiyaku-folder.ts", "../language", true],
  ["server/src/workspace/keiyaku-folder.ts", "node:fs/promises", true],
  ["server/src/workspace/keiyaku-folder.ts", "../language/model/contract-type", false],
  ["server/src/workspace/keiyaku-folder.ts", "vscode-languageserver", false],
  ["server/src/workspace/keiyaku-folder.ts", "../lsp/server", false],
  ["server/src/lsp/workspace-types.ts", "../workspace/keiyaku-folder", true],
  ["server/src/export/docx/write-docx.ts", "../../language", true],
  ["server/src/export/docx/write-docx.ts", "../../language/render/layout", false],
  ["server/src/export/index.ts", "../lsp/convert", false],
  ["server/src/export/index.ts", "../cli/write-output", false],
  ["server/src/export/index.ts", "vscode-languageserver", false],
  ["client/src/extension.ts", "vscode", true],
  ["client/src/extension.ts", "vscode-languageclient/node", true],
  ["client/src/extension.ts", "vscode-languageserver", false],
  ["client/src/preview/x.ts", "../../../server/src/protocol", true],
  ["client/src/preview/x.ts", "../../../server/src/language/vocabulary/blanks", true],
  ["client/src/preview/x.ts", "../../../server/src/language/model/analysis", false],
  ["client/src/preview/x.ts", "../../../server/src/lsp/convert", false],
];

describe("architecture: lint enforces the layers by path", function () {
  this.timeout(60_000);
  const eslint = new ESLint();
  for (const [file, from, allowed] of CASES) {
    it(`${file} ${allowed ? "may" : "may not"} import ${from}`, async () => {
      const code = `import * as imported from "${from}";\nexport const used = imported;\n`;
      const [result] = await eslint.lintText(code, { filePath: file });
      const restricted = (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports");
      assert.equal(restricted.length === 0, allowed, restricted.map((m) => m.message).join("\n"));
    });
  }
});
