/**
 * Every `keiyaku` command but --help and --version: a bundle of its own (server/dist/cli-commands.js,
 * loaded by load-commands.ts), because loading the language service and its libraries is most of
 * the CLI's start-up. A thin host around the language service: it reads files, calls the service
 * and prints.
 */
import { isSelfParsed, type SelfParsedCommand } from "./argument-scan";
import { parseArguments, type Command } from "./arguments";
import { USAGE } from "./usage";
import { formatJsonReport, formatSummary, formatTextReport, type FileReport } from "./check-report";
import { checkAll, type CheckJob } from "./check-in-workers";
import { withCompilerFor } from "./optimizing-compiler";
import { runAmend } from "./compare/amend-command";
import { runDiff } from "./compare/diff-command";
import { runFacts } from "./facts-command";
import { formatGithubReport } from "./github-report";
import { runImport } from "./import-command";
import { readContractFiles, type ReadResult } from "./read-contract-file";
import { formatSarifReport } from "./sarif-report";
import { writeOutput } from "./write-output";
import { emptyNote } from "./check-file";
import { exportToFile } from "./export-command";
import {
  createContractService,
  DIAGNOSTIC_KINDS,
  type CheckOptions,
  type SeveritySetting,
} from "../language";
import { VERSION } from "../version";
import { EXIT, type CliIo } from "./cli-io";
import { runNew, runTypes } from "./types-command";
import { workspaceConfigs } from "./workspace-config";

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
  // A short run is checked without the optimizing compiler when it would not pay.
  const chars = jobs.reduce((sum, job) => sum + job.text.length, 0);
  const checked = await withCompilerFor(chars, () => checkAll(jobs, checkOptions(command)));
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

const SELF_PARSED: Record<SelfParsedCommand, (args: readonly string[], io: CliIo) => Promise<number>> = {
  diff: runDiff,
  amend: runAmend,
  facts: runFacts,
};

/** Runs the command `args` name; --help and --version are answered by cli.ts without loading this. */
export async function runCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = args;
  if (isSelfParsed(first)) return SELF_PARSED[first](rest, io);
  const parsed = parseArguments(args, () => DIAGNOSTIC_KINDS.map((k) => k.id));
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
