/**
 * `keiyaku`: check and render contracts from the command line (and in CI). A thin host around the
 * language service: it reads files, calls the service and prints.
 */
import { writeFile } from "node:fs/promises";
import { parseArguments, USAGE, type Command } from "./cli/arguments";
import {
  formatJsonReport,
  formatSummary,
  formatTextReport,
  sortBySeverity,
  type FileReport,
} from "./cli/check-report";
import { VERSION } from "./version";
import { readContractFile } from "./cli/read-contract-file";
import { createContractService, type CheckOptions, type SeveritySetting } from "./language";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const EXIT = { clean: 0, errors: 1, usage: 2 } as const;

function checkOptions(command: Extract<Command, { kind: "check" }>): CheckOptions {
  const severities: Record<string, SeveritySetting> = {};
  for (const id of command.ignore) severities[id] = "off";
  return { mode: command.final ? "final" : "draft", severities };
}

async function runCheck(command: Extract<Command, { kind: "check" }>, io: CliIo): Promise<number> {
  const service = createContractService();
  const reports: FileReport[] = [];
  const unreadable: string[] = [];
  for (const file of command.files) {
    const read = await readContractFile(file);
    if (!read.ok) {
      io.stderr(`${read.message}\n`);
      unreadable.push(read.message);
      continue;
    }
    const diagnostics = service.check(service.analyze(read.text), checkOptions(command)).sort(sortBySeverity);
    reports.push({ file, text: read.text, diagnostics });
  }
  if (command.format === "json") io.stdout(formatJsonReport(reports, unreadable));
  else {
    for (const report of reports) io.stdout(formatTextReport(report));
    io.stderr(formatSummary(reports));
  }
  if (unreadable.length > 0) return EXIT.usage;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? EXIT.errors : EXIT.clean;
}

async function runRender(command: Extract<Command, { kind: "render" }>, io: CliIo): Promise<number> {
  const read = await readContractFile(command.file);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return EXIT.usage;
  }
  const service = createContractService();
  const output = service.render(service.analyze(read.text), command.format);
  if (command.output === null) {
    io.stdout(output);
    return EXIT.clean;
  }
  try {
    await writeFile(command.output, output, "utf8");
    return EXIT.clean;
  } catch (error) {
    io.stderr(
      `${command.output}: 書き込めませんでした（${error instanceof Error ? error.message : String(error)}）。\n`,
    );
    return EXIT.usage;
  }
}

export async function main(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(args);
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
