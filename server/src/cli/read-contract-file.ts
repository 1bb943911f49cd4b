/**
 * Reads a contract file as UTF-8 text (without its byte-order mark, as editors show it, so that
 * columns agree with the editor's), or explains in Japanese why it cannot. Contracts in Japan
 * are often saved as Shift_JIS by older tools; say so instead of showing mojibake.
 */
import { readFile, stat } from "node:fs/promises";
import { contractSizeProblem } from "../language/service";

export type ReadResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

function looksLikeShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("shift_jis", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decode(path: string, bytes: Uint8Array): ReadResult {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const tooLarge = contractSizeProblem(text);
    return tooLarge === null ? { ok: true, text } : { ok: false, message: `${path}: ${tooLarge}` };
  } catch {
    const guess = looksLikeShiftJis(bytes) ? "Shift_JIS で保存されているようです。" : "";
    return {
      ok: false,
      message: `${path}: UTF-8 として読めません。${guess}エディタで文字コードを UTF-8 にして保存し直してください。`,
    };
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

export async function readContractFile(path: string): Promise<ReadResult> {
  try {
    if ((await stat(path)).isDirectory()) {
      return { ok: false, message: `${path}: フォルダです。.contract ファイルを指定してください。` };
    }
    return decode(path, await readFile(path));
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT")
      return { ok: false, message: `${path}: ファイルが見つかりません。パスを確かめてください。` };
    if (code === "EACCES") return { ok: false, message: `${path}: 読み取る権限がありません。` };
    return { ok: false, message: `${path}: 読み込めませんでした（${code ?? String(error)}）。` };
  }
}
