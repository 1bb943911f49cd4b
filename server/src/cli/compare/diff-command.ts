/**
 * `keiyaku diff OLD NEW`: the 新旧対照表 of two versions (files, or a git revision and a file) as
 * text, HTML, JSON or a Word file. Exit 0 when compared (with or without differences), 2 for bad
 * usage or a version that cannot be read.
 */
import {
  compareContracts,
  comparisonHtmlDocument,
  comparisonJson,
  comparisonSheet,
  comparisonText,
  createContractService,
  type Comparison,
} from "../../language";
import { writeOutput } from "../write-output";
import { loadExport } from "../../export/load-export";
import { EXIT, type CliIo } from "../cli-io";
import { diffFormat, type DiffFormat } from "./comparison-arguments";
import { startComparison } from "./comparison-start";

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
      return comparisonDocx(comparisonSheet(comparison));
    }
  }
}

export async function runDiff(args: readonly string[], io: CliIo): Promise<number> {
  const start = await startComparison(args, io, diffFormat);
  if (!start.ok) return start.exit;
  const versions = start;
  const service = createContractService();
  const comparison = compareContracts(
    service.analyze(versions.old.text),
    service.analyze(versions.new.text),
    {
      old: versions.old.name,
      new: versions.new.name,
    },
  );
  const output = await content(comparison, start.format);
  if (start.args.output === null) {
    io.stdout(typeof output === "string" ? output : "");
    return EXIT.clean;
  }
  const problem = await writeOutput(start.args.output, output);
  if (problem !== null) io.stderr(`${problem}\n`);
  return problem === null ? EXIT.clean : EXIT.usage;
}
