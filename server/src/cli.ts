/**
 * `keiyaku`: check and render contracts from the command line (and in CI). A thin host around the
 * language service: it reads files, calls the service and prints.
 */
import { parseArguments, USAGE, type Command } from "./cli/arguments";
import {
  formatJsonReport,
  formatSummary,
  formatTextReport,
  sortBySeverity,
  type FileReport,
} from "./cli/check-report";
import { runFacts } from "./cli/facts-command";
import { formatGithubReport } from "./cli/github-report";
import { readContractFiles, type ReadResult } from "./cli/read-contract-file";
import { formatSarifReport } from "./cli/sarif-report";
import { writeOutput } from "./cli/write-output";
import {
  createContractService,
  DIAGNOSTIC_KINDS,
  type Analysis,
  type CheckOptions,
  type SeveritySetting,
} from "./language";
import { VERSION } from "./version";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const EXIT = { clean: 0, errors: 1, usage: 2 } as const;

type CheckCommand = Extract<Command, { kind: "check" }>;
type RenderCommand = Extract<Command, { kind: "render" }>;

function checkOptions(command: CheckCommand): CheckOptions {
  const severities: Record<string, SeveritySetting> = {};
  for (const id of command.ignore) severities[id] = "off";
  return { mode: command.final ? "final" : "draft", severities, side: command.side };
}

/** A file with nothing to check or render says so, rather than passing as clean. */
function emptyNote(file: string, analysis: Analysis): string | null {
  if (analysis.text.trim() === "") return `${file}: 空のファイルです。契約書を書いてください。`;
  const blocks = analysis.document.blocks.filter((b) => b.kind !== "leading");
  if (blocks.length === 0)
    return `${file}: 契約書の見出し（契約書「…」、当事者、条件、前文、第N条…）が一つもありません。`;
  if (blocks.every((b) => b.kind === "title"))
    return `${file}: タイトルしかありません。当事者・条件・前文・条を書いてください。`;
  return null;
}

function reportOf(format: CheckCommand["format"], reports: FileReport[], unreadable: string[]): string {
  switch (format) {
    case "json":
      return formatJsonReport(reports, unreadable);
    case "sarif":
      return formatSarifReport(reports, DIAGNOSTIC_KINDS, VERSION);
    case "github":
      return formatGithubReport(reports);
    case "text":
      return reports.map(formatTextReport).join("");
  }
}

/** Prints `content`, or writes it to `output`; false (and why, on stderr) when it cannot be written. */
async function emit(io: CliIo, output: string | null, content: string): Promise<boolean> {
  if (output === null) {
    io.stdout(content);
    return true;
  }
  const problem = await writeOutput(output, content);
  if (problem !== null) io.stderr(`${problem}\n`);
  return problem === null;
}

async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const service = createContractService();
  const reports: FileReport[] = [];
  const unreadable: string[] = [];
  const read: ReadResult[] = await readContractFiles(command.files);
  for (const [i, result] of read.entries()) {
    const file = command.files[i] ?? "";
    if (!result.ok) {
      io.stderr(`${result.message}\n`);
      unreadable.push(result.message);
      continue;
    }
    const analysis = service.analyze(result.text);
    const note = emptyNote(file, analysis);
    if (note !== null) io.stderr(`${note}\n`);
    const diagnostics = service.check(analysis, checkOptions(command)).sort(sortBySeverity);
    reports.push({ file, text: result.text, diagnostics });
  }
  if (!(await emit(io, command.output, reportOf(command.format, reports, unreadable)))) return EXIT.usage;
  if (command.format === "text") io.stderr(formatSummary(reports, unreadable.length));
  if (unreadable.length > 0) return EXIT.usage;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? EXIT.errors : EXIT.clean;
}

async function runRender(command: RenderCommand, io: CliIo): Promise<number> {
  const [read] = await readContractFiles([command.file]);
  if (read === undefined || !read.ok) {
    io.stderr(`${read?.message ?? command.file}\n`);
    return EXIT.usage;
  }
  const service = createContractService();
  const analysis = service.analyze(read.text);
  const note = emptyNote(command.file, analysis);
  if (note !== null) io.stderr(`${note}\n`);
  if (!(await emit(io, command.output, service.render(analysis, command.format)))) return EXIT.usage;
  const errors = service.check(analysis).filter((d) => d.severity === "error").length;
  if (errors === 0) return EXIT.clean;
  io.stderr(
    `${command.file}: エラーが ${errors} 件あります。清書できたところまで書き出しました。` +
      `「keiyaku check ${command.file}」で確かめてください${command.force ? "" : "（--force で終了コード 0）"}。\n`,
  );
  return command.force ? EXIT.clean : EXIT.errors;
}

export async function main(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === "facts") return runFacts(args.slice(1), io);
  const parsed = parseArguments(
    args,
    DIAGNOSTIC_KINDS.map((k) => k.id),
  );
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n`);
    return EXIT.usage;
  }
  const { command } = parsed;
  switch (command.kind) {
    case "help":
      io.stdout(`${USAGE}\n`);
      return EXIT.clean;
    case "version":
      io.stdout(`${VERSION}\n`);
      return EXIT.clean;
    case "check":
      return runCheck(command, io);
    case "render":
      return runRender(command, io);
  }
}
