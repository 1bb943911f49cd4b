/**
 * The two versions `keiyaku diff` and `keiyaku amend` compare, from their arguments:
 *
 * - `OLD NEW`: two files;
 * - `REV FILE`: FILE as it was in git revision REV (HEAD~1, v1.0 …) against FILE as it is now;
 * - `FILE`: FILE as last committed (HEAD) against FILE as it is now.
 *
 * A first argument that names an existing file is a file; otherwise it is a revision.
 */
import { pathExists } from "../path-exists";
import { readContractFile, type ReadResult } from "../read-contract-file";
import { readAtRevision } from "./git-version";

export interface Version {
  readonly name: string;
  readonly text: string;
}

export type Versions =
  | { readonly ok: true; readonly old: Version; readonly new: Version }
  | { readonly ok: false; readonly message: string };

function version(name: string, read: ReadResult): Version | string {
  return read.ok ? { name, text: read.text } : read.message;
}

export async function readVersions(positional: readonly string[]): Promise<Versions> {
  const [first, second, ...extra] = positional;
  if (first === undefined)
    return { ok: false, message: "比べるファイルを指定してください（旧 新、または リビジョン ファイル）。" };
  if (extra.length > 0)
    return { ok: false, message: "指定できるのは二つまでです（旧 新、または リビジョン ファイル）。" };
  const [revision, file] = second === undefined ? ["HEAD", first] : [first, second];
  const fromFile = second !== undefined && (await pathExists(first));
  const [oldRead, newRead] = await Promise.all([
    fromFile ? readContractFile(first) : readAtRevision(revision, file),
    readContractFile(file),
  ]);
  const old = version(fromFile ? first : `${revision}:${file}`, oldRead);
  const current = version(file, newRead);
  if (typeof old === "string") return { ok: false, message: old };
  if (typeof current === "string") return { ok: false, message: current };
  return { ok: true, old, new: current };
}
