/**
 * `keiyaku diff OLD NEW`: the 新旧対照表 of two versions (files, or a git revision and a file) as
 * text, HTML, JSON or a Word file. Exit 0 when compared (with or without differences), 2 for bad
 * usage or a version that cannot be read.
 */
import {
  compareContracts,
  comparisonHtmlDocument,
  comparisonJson,
  comparisonText,
  createContractService,
  type Comparison,
} from "../../language";
import { writeOutput } from "../write-output";
import {
  COMPARISON_USAGE,
  diffFormat,
  parseComparisonArguments,
  type DiffFormat,
} from "./comparison-arguments";
import { readVersions } from "./versions";
import { loadExport } from "../../export/load-export";

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const EXIT = { clean: 0, usage: 2 } as const;

async function content(comparison: Comparison, format: DiffFormat): Promise<string | Uint8Array> {
  switch (format) {
    case "text":
      return comparisonText(comparison);
    case "html":
      return comparisonHtmlDocument(comparison);
    case "json":
      return comparisonJson(comparison);
    case "docx": {
      // The export bundle, loaded only when asked for: the Word library would double the CLI's size.
      const { comparisonDocx } = await loadExport();
      return comparisonDocx(comparison);
    }
  }
}

export async function runDiff(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseComparisonArguments(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n`);
    return EXIT.usage;
  }
  if (parsed.args.help) {
    io.stdout(`使い方 / Usage:\n${COMPARISON_USAGE}\n`);
    return EXIT.clean;
  }
  const format = diffFormat(parsed.args);
  if (!format.ok) {
    io.stderr(`${format.message}\n`);
    return EXIT.usage;
  }
  const versions = await readVersions(parsed.args.positional);
  if (!versions.ok) {
    io.stderr(`${versions.message}\n`);
    return EXIT.usage;
  }
  const service = createContractService();
  const comparison = compareContracts(
    service.analyze(versions.old.text),
    service.analyze(versions.new.text),
    {
      old: versions.old.name,
      new: versions.new.name,
    },
  );
  const output = await content(comparison, format.format);
  if (parsed.args.output === null) {
    io.stdout(typeof output === "string" ? output : "");
    return EXIT.clean;
  }
  const problem = await writeOutput(parsed.args.output, output);
  if (problem !== null) io.stderr(`${problem}\n`);
  return problem === null ? EXIT.clean : EXIT.usage;
}
