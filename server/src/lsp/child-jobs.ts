/**
 * Work the language server hands to a process of its own: DOCX and PDF exports, and imports from
 * Word or text. Writing Word for a 1,000-article contract takes ~3 s (10,000 articles: ~12 s and
 * ~860 MB) and reading a 1,000-article .docx ~1.4 s: in the server that would block every
 * keystroke and request as long, and leave its heap that large. The child is the server's own
 * bundle started with CHILD_JOB_FLAG: it reads one job over IPC, answers and exits.
 */
import { Buffer } from "node:buffer";
import { fork } from "node:child_process";
import { join } from "node:path";
import { createContractService, documentLayout } from "../language";
import { loadExport } from "../export/load-export";
import { importDocument } from "../import/import-document";
import { READING_NOTES } from "../import/reading-notes";
import type { ExportDocumentResult, ImportDocumentParams, ImportDocumentResult } from "../protocol";

export const CHILD_JOB_FLAG = "--keiyaku-child-job";
/** A PDF waits for a browser; nothing should take longer than this. */
const JOB_TIMEOUT_MS = 5 * 60_000;

export type ChildJob =
  | {
      readonly kind: "export";
      readonly format: "docx" | "pdf";
      readonly text: string;
      readonly browser: string | null;
    }
  | { readonly kind: "import"; readonly params: ImportDocumentParams };

type ResultOf<J extends ChildJob> = J extends { readonly kind: "export" }
  ? ExportDocumentResult
  : ImportDocumentResult;

/** The child's entry: the bundle (server/dist/server.js) or, from the sources (tests), main.ts via tsx. */
function childEntry(): { readonly module: string; readonly execArgv: string[] } {
  if (!__filename.endsWith(".ts")) return { module: __filename, execArgv: [] };
  return { module: join(__dirname, "main.ts"), execArgv: ["--import", "tsx"] };
}

/**
 * Runs `job` in a child process; `failed` (the job's own message, in Japanese) when the child
 * throws, crashes or ends without an answer.
 */
export function runInChildProcess<J extends ChildJob>(job: J, failed: ResultOf<J>): Promise<ResultOf<J>> {
  const { module, execArgv } = childEntry();
  const child = fork(module, [CHILD_JOB_FLAG], { execArgv, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return new Promise<ResultOf<J>>((resolve) => {
    const timer = setTimeout(() => child.kill(), JOB_TIMEOUT_MS);
    const settle = (result: ResultOf<J>) => {
      clearTimeout(timer);
      resolve(result);
    };
    child.once("message", (result: ResultOf<J> | null) => settle(result ?? failed));
    child.once("error", () => settle(failed));
    child.once("exit", () => settle(failed));
    child.send(job);
  });
}

async function exportJob(job: Extract<ChildJob, { kind: "export" }>): Promise<ExportDocumentResult> {
  const service = createContractService();
  const analysis = service.analyze(job.text);
  const { exportContract } = await loadExport();
  const result = await exportContract(
    job.format,
    { layout: () => documentLayout(analysis), html: () => service.render(analysis, "html") },
    { browser: job.browser },
  );
  return result.ok
    ? { ok: true, data: Buffer.from(result.bytes).toString("base64") }
    : { ok: false, message: result.message };
}

async function importJob(params: ImportDocumentParams): Promise<ImportDocumentResult> {
  const imported = await importDocument(params.name, Buffer.from(params.content, "base64"), params.changes);
  if (!imported.ok) return imported;
  const readingNote = READING_NOTES[imported.reading];
  return {
    ok: true,
    source: imported.source,
    notes: [...imported.notes, ...(readingNote === null ? [] : [readingNote])],
  };
}

function runJob(job: ChildJob): Promise<ExportDocumentResult | ImportDocumentResult> {
  return job.kind === "export" ? exportJob(job) : importJob(job.params);
}

/**
 * In the child (main.ts): serve the one job, then exit; exit too when the server goes away. A
 * job that throws answers null: the server answers with the job's own failure message.
 */
export function serveChildJob(): void {
  process.once("disconnect", () => process.exit(0));
  process.once("message", (job: ChildJob) => {
    void runJob(job)
      .catch((error: unknown) => {
        process.stderr.write(
          `[keiyaku] ${job.kind} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
        return null;
      })
      .then((result) => process.send?.(result, () => process.exit(0)));
  });
}
