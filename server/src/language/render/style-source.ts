/** The CSP source that allows one inline stylesheet and nothing else: its SHA-256 hash. */
import { createHash } from "node:crypto";

export function styleSource(css: string): string {
  return `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
}
