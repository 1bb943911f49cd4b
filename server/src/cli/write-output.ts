/** Writes a report or a rendering to a file, or explains in Japanese why it could not. */
import { writeFile } from "node:fs/promises";

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "書き込み先のフォルダがありません。先にフォルダを作ってください。",
  EACCES: "書き込む権限がありません。別の場所を指定してください。",
  EPERM: "書き込む権限がありません。別の場所を指定してください。",
  EISDIR: "フォルダです。ファイル名を指定してください。",
  ENOSPC: "ディスクの空きがありません。",
  EROFS: "読み取り専用の場所です。別の場所を指定してください。",
};

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/** Null when written; otherwise the message to print. */
export async function writeOutput(path: string, content: string | Uint8Array): Promise<string | null> {
  try {
    await writeFile(path, content);
    return null;
  } catch (error) {
    const code = errorCode(error);
    const reason = (code === undefined ? undefined : REASONS[code]) ?? "書き込めませんでした。";
    return `${path}: ${reason}${code === undefined || code in REASONS ? "" : `（${code}）`}`;
  }
}
