/**
 * The programs the export tests read their output with: LibreOffice (an independent DOCX reader),
 * poppler's pdftotext and pdftoppm. .ci/run installs them (.ci/apt-packages), so a missing one is a
 * failure that says what to install, never a silent skip.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tempFolder } from "./temp-folders";

const PACKAGES: Readonly<Record<string, string>> = {
  soffice: "libreoffice-writer-nogui",
  pdftotext: "poppler-utils",
  pdftoppm: "poppler-utils",
};

export function run(program: string, args: readonly string[], timeout = 240_000): string {
  const result = spawnSync(program, args, { encoding: "utf8", timeout });
  if (result.error !== undefined && "code" in result.error && result.error.code === "ENOENT") {
    throw new Error(
      `${program} is not installed: apt-get install -y ${PACKAGES[program] ?? program} (listed in .ci/apt-packages)`,
    );
  }
  if (result.status !== 0) {
    throw new Error(
      `${program} ${args.join(" ")} failed (${result.status ?? result.signal}): ${result.stderr}`,
    );
  }
  return result.stdout;
}

/**
 * LibreOffice headless converts `file` into `folder` (txt:Text, pdf …), with a profile of its own so
 * that it neither waits for nor hands the work to another LibreOffice running on the machine.
 */
export function sofficeConvert(file: string, to: string, folder: string): void {
  const profile = pathToFileURL(join(tempFolder("soffice-profile"), "profile")).href;
  run("soffice", [
    `-env:UserInstallation=${profile}`,
    "--headless",
    "--convert-to",
    to,
    "--outdir",
    folder,
    file,
  ]);
}

/** Text compared without its layout: no whitespace, no blank's underline (＿ or the DOCX's spaces). */
export function withoutLayout(text: string): string {
  return text.replace(/^\uFEFF/u, "").replace(/[\s＿]/gu, "");
}
