/**
 * An earlier version of a contract from git: `git cat-file blob REV:./FILE`, run with execFile (no
 * shell) in the file's folder. The revision comes from the user, so it is checked before git sees
 * it and passed after --end-of-options: it can never become an option. Every failure is explained
 * in Japanese: no git, not a repository, no such revision, no such file in it.
 */
import { execFile } from "node:child_process";
import { basename, dirname, resolve } from "node:path";
import { decodeContract, type ReadResult } from "../read-contract-file";

// Generous for any contract (the language service refuses larger ones with its own message).
const MAX_BYTES = 64 * 1024 * 1024;

interface GitResult {
  readonly ok: boolean;
  readonly stdout: Buffer;
  readonly missing: boolean;
}

function git(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((done) => {
    execFile(
      "git",
      [...args],
      { cwd, encoding: "buffer", maxBuffer: MAX_BYTES, windowsHide: true },
      (error, stdout) => {
        const missing = error !== null && (error as NodeJS.ErrnoException).code === "ENOENT";
        done({ ok: error === null, stdout, missing });
      },
    );
  });
}

// HEAD~1, v1.0, main, a1b2c3d, HEAD^, release/2026, @{1}: anything but an option, a path
// separator of REV:path, blanks and control characters.
const REVISION = /^[^-\s:\p{Cc}][^\s:\p{Cc}]{0,199}$/u;

export function revisionProblem(revision: string): string | null {
  if (REVISION.test(revision)) return null;
  if (revision.startsWith("-"))
    return `リビジョン「${revision}」は「-」で始まっています。HEAD~1 や v1.0 のように指定してください。`;
  return `リビジョン「${revision}」に使えない文字（空白、「:」、制御文字）があります。HEAD~1 や v1.0 のように指定してください。`;
}

/** The file as it was in `revision`, named `REV:FILE` in messages. */
export async function readAtRevision(revision: string, file: string): Promise<ReadResult> {
  const name = `${revision}:${file}`;
  const problem = revisionProblem(revision);
  if (problem !== null) return { ok: false, message: problem };
  const cwd = dirname(resolve(file));
  const inside = await git(["rev-parse", "--is-inside-work-tree"], cwd);
  if (inside.missing)
    return {
      ok: false,
      message: `${name}: git コマンドが見つかりません。git を入れてから実行してください。`,
    };
  if (!inside.ok) {
    return {
      ok: false,
      message: `${name}: ${dirname(file)} は git のリポジトリの中ではありません。二つのファイルを比べるときは「keiyaku diff 旧.contract 新.contract」としてください。`,
    };
  }
  const commit = await git(
    ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`],
    cwd,
  );
  if (!commit.ok) {
    return {
      ok: false,
      message: `${name}: リビジョン「${revision}」がこのリポジトリにありません。git log で確かめてください。`,
    };
  }
  const blob = await git(["cat-file", "blob", `${revision}:./${basename(file)}`], cwd);
  if (!blob.ok) {
    return {
      ok: false,
      message: `${name}: ${file} はリビジョン「${revision}」にありません（まだコミットされていないか、名前が違っていました）。`,
    };
  }
  return decodeContract(name, blob.stdout);
}
