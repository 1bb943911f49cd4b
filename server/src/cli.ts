/**
 * `keiyaku`: check and render contracts from the command line (and in CI). A thin host around the
 * language service: it reads files, calls the service and prints.
 */
import { parseArguments, USAGE, type Command } from "./cli/arguments";
import { formatJsonReport, formatSummary, formatTextReport, type FileReport } from "./cli/check-report";
import { checkAll, type CheckJob } from "./cli/check-in-workers";
import { runAmend } from "./cli/compare/amend-command";
import { runDiff } from "./cli/compare/diff-command";
import { runFacts } from "./cli/facts-command";
import { formatGithubReport } from "./cli/github-report";
import { runImport } from "./cli/import-command";
import { readContractFiles, type ReadResult } from "./cli/read-contract-file";
import { formatSarifReport } from "./cli/sarif-report";
import { writeOutput } from "./cli/write-output";
import { emptyNote } from "./cli/check-file";
import { exportToFile } from "./cli/export-command";
import { createContractService, DIAGNOSTIC_KINDS, type CheckOptions, type SeveritySetting } from "./language";
import { VERSION } from "./version";
import { EXIT, type CliIo } from "./cli/cli-io";
import { runNew, runTypes } from "./cli/types-command";
import { workspaceConfigs } from "./cli/workspace-config";

export { EXIT, type CliIo } from "./cli/cli-io";

type CheckCommand = Extract<Command, { kind: "check" }>;
type RenderCommand = Extract<Command, { kind: "render" }>;

function checkOptions(command: CheckCommand): CheckOptions {
  const severities: Record<string, SeveritySetting> = {};
  for (const id of command.ignore) severities[id] = "off";
  return { mode: command.final ? "final" : "draft", severities, side: command.side };
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
  const reports: FileReport[] = [];
  const unreadable: string[] = [];
  const read: ReadResult[] = await readContractFiles(command.files);
  const workspace = workspaceConfigs(command.playbook);
  const jobs: CheckJob[] = [];
  for (const [i, result] of read.entries()) {
    const file = command.files[i] ?? "";
    if (result.ok) jobs.push({ file, text: result.text, options: await workspace.optionsFor(file) });
  }
  // Many files are checked on every core (check-in-workers.ts); output keeps the files' order.
  const checked = await checkAll(jobs, checkOptions(command));
  let j = 0;
  for (const result of read) {
    if (!result.ok) {
      io.stderr(`${result.message}\n`);
      unreadable.push(result.message);
      continue;
    }
    const job = jobs[j];
    const outcome = checked[j];
    j += 1;
    if (job === undefined || outcome === undefined) continue;
    if (outcome.note !== null) io.stderr(`${outcome.note}\n`);
    reports.push({ file: job.file, text: job.text, diagnostics: outcome.diagnostics });
  }
  if (!(await emit(io, command.output, reportOf(command.format, reports, unreadable)))) return EXIT.usage;
  if (command.format === "text") io.stderr(formatSummary(reports, unreadable.length));
  // A bad type or playbook file is an error of the run: the team's rules would silently not apply.
  const configProblems = workspace.problemLines();
  for (const line of configProblems) io.stderr(`${line}\n`);
  if (unreadable.length > 0) return EXIT.usage;
  if (configProblems.length > 0) return EXIT.errors;
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
  if (command.format === "docx" || command.format === "pdf") {
    const request = { format: command.format, output: command.output ?? "", browser: command.browser };
    const problem = await exportToFile(request, service, analysis);
    if (problem !== null) {
      io.stderr(`${problem}\n`);
      return EXIT.usage;
    }
  } else if (!(await emit(io, command.output, service.render(analysis, command.format)))) return EXIT.usage;
  const errors = service.check(analysis).filter((d) => d.severity === "error").length;
  if (errors === 0) return EXIT.clean;
  io.stderr(
    `${command.file}: エラーが ${errors} 件あります。清書できたところまで書き出しました。` +
      `「keiyaku check ${command.file}」で確かめてください${command.force ? "" : "（--force で終了コード 0）"}。\n`,
  );
  return command.force ? EXIT.clean : EXIT.errors;
}

export async function main(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === "diff") return runDiff(args.slice(1), io);
  if (args[0] === "amend") return runAmend(args.slice(1), io);
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
    case "types":
      return runTypes(command, io);
    case "new":
      return runNew(command, io);
    case "import":
      return runImport(command, io);
  }
}
