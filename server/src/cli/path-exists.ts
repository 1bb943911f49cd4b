/** Whether something is at the path: a file the CLI must not overwrite, or an argument that names a file. */
import { stat } from "node:fs/promises";

export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
