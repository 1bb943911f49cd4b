/**
 * DOCX and PDF exports run in a process of their own: writing Word for a 1,000-article contract
 * takes ~3 s and for 10,000 articles ~12 s and ~860 MB, which in the language server would block
 * every keystroke and request that long and leave its heap that large. The child is the server's
 * own bundle started with EXPORT_CHILD_FLAG: it reads one request (the contract's text) over IPC,
 * analyses and exports it, answers with the file's bytes and exits.
 */
import { fork } from "node:child_process";
import { join } from "node:path";
import { createContractService, documentLayout } from "../language";
import { loadExport } from "../export/load-export";
import type { ExportDocumentResult } from "../protocol";

export const EXPORT_CHILD_FLAG = "--keiyaku-export-child";
/** A PDF waits for a browser; nothing should take longer than this. */
const EXPORT_TIMEOUT_MS = 5 * 60_000;

export interface ExportJob {
  readonly format: "docx" | "pdf";
  readonly text: string;
  readonly browser: string | null;
}

const FAILED: ExportDocumentResult = {
  ok: false,
  message:
    "書き出しの処理が途中で終了しました。もう一度お試しください。続く場合は `keiyaku render` で書き出してください。",
};

/** The child's entry: the bundle (server/dist/server.js) or, from the sources (tests), main.ts via tsx. */
function childEntry(): { readonly module: string; readonly execArgv: string[] } {
  if (!__filename.endsWith(".ts")) return { module: __filename, execArgv: [] };
  return { module: join(__dirname, "main.ts"), execArgv: ["--import", "tsx"] };
}

export function exportInChildProcess(job: ExportJob): Promise<ExportDocumentResult> {
  const { module, execArgv } = childEntry();
  const child = fork(module, [EXPORT_CHILD_FLAG], {
    execArgv,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise<ExportDocumentResult>((resolve) => {
    const timer = setTimeout(() => child.kill(), EXPORT_TIMEOUT_MS);
    const settle = (result: ExportDocumentResult) => {
      clearTimeout(timer);
      resolve(result);
    };
    child.once("message", (result: ExportDocumentResult) => settle(result));
    child.once("error", () => settle(FAILED));
    child.once("exit", () => settle(FAILED));
    child.send(job);
  });
}

async function runJob(job: ExportJob): Promise<ExportDocumentResult> {
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

/** In the child (main.ts): serve the one job, then exit; exit too when the server goes away. */
export function serveExportChild(): void {
  process.once("disconnect", () => process.exit(0));
  process.once("message", (job: ExportJob) => {
    void runJob(job)
      .catch(() => FAILED)
      .then((result) => process.send?.(result, () => process.exit(0)));
  });
}
