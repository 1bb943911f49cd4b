/**
 * The DOCX export of the 25-article reference contract (samples/server-management.filled.contract):
 * the document layout, the docx library's document and its zip, from an analysis the editor already
 * holds. Budget: 200 ms (docs/performance.md). Run alone with `npm run bench -- --export`.
 */
import { readFileSync } from "node:fs";
import { writeDocx } from "../server/src/export/docx/write-docx";
import { createContractService, documentLayout } from "../server/src/language";
import { REFERENCE_PATH } from "./bench-inputs";
import { ms, summarize, table, type Summary } from "./stats";

export const DOCX_BUDGET_MS = 200;

export interface ExportResult {
  readonly operation: "docx (25 articles)";
  readonly bytes: number;
  readonly summary: Summary;
  /**
   * CPU time (user + system) of the same runs: on a loaded machine the wall-clock figures wait for
   * a core, this does not.
   */
  readonly cpu: Summary;
  readonly budgetMs: number;
}

const WARMUP = 10;
const RUNS = 40;

export async function runExportBench(): Promise<ExportResult> {
  const service = createContractService();
  const analysis = service.analyze(readFileSync(REFERENCE_PATH, "utf8"));
  let bytes = 0;
  for (let i = 0; i < WARMUP; i++) bytes = (await writeDocx(documentLayout(analysis))).length;
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    bytes = (await writeDocx(documentLayout(analysis))).length;
    const used = process.cpuUsage(c0);
    samples.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    operation: "docx (25 articles)",
    bytes,
    summary: summarize(samples),
    cpu: summarize(cpu),
    budgetMs: DOCX_BUDGET_MS,
  };
}

export function exportReport(result: ExportResult): string {
  const { summary } = result;
  const verdict = summary.median <= result.budgetMs ? "within" : "OVER";
  return [
    "Export",
    table(
      ["operation", "median", "p90", "CPU median", "budget", "file"],
      [
        [
          result.operation,
          ms(summary.median),
          ms(summary.p90),
          ms(result.cpu.median),
          `${ms(result.budgetMs)} (${verdict})`,
          `${result.bytes} bytes`,
        ],
      ],
    ),
  ].join("\n");
}
