/**
 * `keiyaku check` on one file's text: its findings, most severe first, and a note when there is
 * nothing to check. The same in the main thread and in a worker (check-in-workers.ts).
 */
import { sortBySeverity } from "./check-report";
import { type Analysis, type CheckOptions, type ContractDiagnostic, type ContractService } from "../language";

export interface CheckedFile {
  /** Said on stderr: the file is empty or has no contract in it. */
  readonly note: string | null;
  readonly diagnostics: readonly ContractDiagnostic[];
}

/** A file with nothing to check or render says so, rather than passing as clean. */
export function emptyNote(file: string, analysis: Analysis): string | null {
  if (analysis.text.trim() === "") return `${file}: 空のファイルです。契約書を書いてください。`;
  const blocks = analysis.document.blocks.filter((b) => b.kind !== "leading");
  if (blocks.length === 0)
    return `${file}: 契約書の見出し（契約書「…」、当事者、条件、前文、第N条…）が一つもありません。`;
  if (blocks.every((b) => b.kind === "title"))
    return `${file}: タイトルしかありません。当事者・条件・前文・条を書いてください。`;
  return null;
}

export function checkFile(
  service: ContractService,
  file: string,
  text: string,
  options: CheckOptions,
): CheckedFile {
  const analysis = service.analyze(text);
  return {
    note: emptyNote(file, analysis),
    diagnostics: service.check(analysis, options).sort(sortBySeverity),
  };
}
