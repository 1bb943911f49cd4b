/**
 * Temporary folders for tests, removed when the run ends (a root hook: registered in the mocha
 * configurations; a script outside mocha, such as a bench, calls removeTempFolders itself), so that
 * a run leaves nothing behind in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const created: string[] = [];

/** A new, empty folder under the system's temporary folder, named `keiyaku-<purpose>-…`. */
export function tempFolder(purpose: string): string {
  const folder = mkdtempSync(join(tmpdir(), `keiyaku-${purpose}-`));
  created.push(folder);
  return folder;
}

export function removeTempFolders(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

export const mochaHooks = { afterAll: removeTempFolders };
