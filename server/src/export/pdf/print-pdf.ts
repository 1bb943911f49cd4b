/**
 * Prints the exported HTML (its print stylesheet: A4, Mincho, page numbers 「- 1 -」) to PDF with a
 * Chromium, Chrome or Edge already on the machine, by the browser's own headless --print-to-pdf.
 * No driver library: playwright-core alone would be 5 MB in the extension (docs/word.md). The
 * browser runs with a fresh profile in a temporary folder, removed afterwards, and is stopped if
 * it has not finished within a minute.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export type PdfResult =
  { readonly ok: true; readonly pdf: Uint8Array } | { readonly ok: false; readonly message: string };

const TIMEOUT_MS = 60_000;

function browserArguments(folder: string, output: string, page: string): string[] {
  // Chromium refuses to start as root with its sandbox (containers, CI); the page is Keiyaku's own
  // escaped HTML under a Content-Security-Policy that allows no script.
  const sandbox = process.getuid?.() === 0 ? ["--no-sandbox"] : [];
  return [
    "--headless",
    ...sandbox,
    "--disable-gpu",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    `--user-data-dir=${join(folder, "profile")}`,
    "--no-pdf-header-footer",
    `--print-to-pdf=${output}`,
    page,
  ];
}

function run(browser: string, args: readonly string[]): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(browser, args, { stdio: ["ignore", "ignore", "pipe"], windowsHide: true });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-2000);
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(`ブラウザが ${TIMEOUT_MS / 1000} 秒以内に PDF を書き終えませんでした。`);
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve(`ブラウザ「${browser}」を起動できませんでした（${error.message}）。`);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(
        code === 0
          ? null
          : `ブラウザが終了コード ${code ?? "?"} で止まりました：${stderr.trim().slice(-300)}`,
      );
    });
  });
}

/** The PDF of a standalone HTML page, printed by `browser`. */
export async function printPdf(html: string, browser: string): Promise<PdfResult> {
  const folder = await mkdtemp(join(tmpdir(), "keiyaku-pdf-"));
  try {
    const page = join(folder, "contract.html");
    const output = join(folder, "contract.pdf");
    await writeFile(page, html);
    const problem = await run(browser, browserArguments(folder, output, pathToFileURL(page).href));
    const pdf = await readFile(output).catch(() => null);
    if (pdf === null || pdf.subarray(0, 5).toString("latin1") !== "%PDF-") {
      return {
        ok: false,
        message: `PDF を作れませんでした。${problem ?? "ブラウザが PDF を書き出しませんでした。"}`,
      };
    }
    return { ok: true, pdf: new Uint8Array(pdf) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
