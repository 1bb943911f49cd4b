/** Paths and texts the tests share: the samples and the reference contract's golden rendering. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export function readRepoFile(relative: string): string {
  return readFileSync(join(ROOT, relative), "utf8");
}

export const TEMPLATE_PATH = "samples/server-management.contract";
export const FILLED_PATH = "samples/server-management.filled.contract";
export const GOLDEN_PATH = "test/fixtures/golden.txt";

/** The template, the filled sample or another sample, by repo-relative path. */
export function sample(path: string): string {
  return readRepoFile(path);
}
