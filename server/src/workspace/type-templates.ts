/**
 * The blank template of a contract type, as `keiyaku new` and 「新しい契約書を作成」 write it. A
 * built-in type's template ships with Keiyaku (samples/types/, samples/server-management.contract);
 * a workspace type names a .contract file beside it, which must stay inside .keiyaku/; a type
 * without one gets a template made from its data (typeTemplate).
 */
import { existsSync } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { MAX_CONTRACT_LENGTH, typeTemplate, type ContractTypeData } from "../language";
import type { WorkspaceType } from "./keiyaku-folder";

/**
 * samples/ of the installed package (a built-in type's `template` is relative to it): beside
 * server/dist/ when bundled, above server/src/… in tests.
 */
function builtinTemplateFolder(): string | null {
  let folder = __dirname;
  for (let up = 0; up < 6; up++) {
    const candidate = join(folder, "samples");
    if (existsSync(join(candidate, "types"))) return candidate;
    folder = dirname(folder);
  }
  return null;
}

async function readTemplate(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_CONTRACT_LENGTH * 4) return null;
    return (await readFile(path, "utf8")).replace(/^\uFEFF/u, "");
  } catch {
    return null;
  }
}

/** A workspace type's own template, when it names one inside its .keiyaku folder. */
async function workspaceTemplate(type: WorkspaceType, keiyakuFolder: string): Promise<string | null> {
  if (type.data.template === undefined) return null;
  try {
    const folder = await realpath(keiyakuFolder);
    const path = await realpath(resolve(dirname(type.path), type.data.template));
    return path.startsWith(folder + sep) ? readTemplate(path) : null;
  } catch {
    return null;
  }
}

export async function templateOf(
  data: ContractTypeData,
  workspace: readonly WorkspaceType[],
  keiyakuFolder: string | null,
): Promise<string> {
  const own = workspace.find((type) => type.data === data);
  if (own !== undefined) {
    return (
      (keiyakuFolder === null ? null : await workspaceTemplate(own, keiyakuFolder)) ?? typeTemplate(data)
    );
  }
  const folder = builtinTemplateFolder();
  const path = folder === null || data.template === undefined ? null : resolve(folder, data.template);
  return (path === null ? null : await readTemplate(path)) ?? typeTemplate(data);
}
