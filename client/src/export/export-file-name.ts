/** The name an exported contract is offered under: the source's name, .contract becoming .html (or .docx, .pdf). */
import { fileNameOf } from "../common/file-name";

export function exportFileName(sourcePath: string, extension = "html"): string {
  const base = fileNameOf(sourcePath).replace(/\.contract$/i, "");
  return `${base === "" ? "contract" : base}.${extension}`;
}
