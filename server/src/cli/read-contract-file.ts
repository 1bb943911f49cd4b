/**
 * Reads a contract file as UTF-8 text (without its byte-order mark, as editors show it, so that
 * columns agree with the editor's), or explains in Japanese why it cannot. Contracts in Japan
 * are often saved as Shift_JIS by older tools; say so instead of showing mojibake.
 */
import { readFile, stat } from "node:fs/promises";
import { contractSizeProblem } from "../language/index";

export type ReadResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

function looksLikeShiftJis(bytes: Uint8Array): boolean {
  return decodes("shift_jis", bytes);
}

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 files begin with a byte-order mark, or have a NUL in every other byte of ASCII text. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 2) return false;
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  const sample = bytes.subarray(0, 200);
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  return nuls > sample.length / 4;
}

function encodingGuess(bytes: Uint8Array): string {
  if (looksLikeUtf16(bytes)) return "UTF-16 で保存されているようです。";
  // EUC-JP first: most EUC-JP text is not valid Shift_JIS, but much Shift_JIS is not valid EUC-JP.
  if (decodes("euc-jp", bytes)) return "EUC-JP で保存されているようです。";
  if (looksLikeShiftJis(bytes)) return "Shift_JIS で保存されているようです。";
  return "";
}

/** The file's bytes as text, or why not (not UTF-8: which encoding it looks like; too large). */
export function decode(path: string, bytes: Uint8Array): ReadResult {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const tooLarge = contractSizeProblem(text);
    return tooLarge === null ? { ok: true, text } : { ok: false, message: `${path}: ${tooLarge}` };
  } catch {
    const guess = encodingGuess(bytes);
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
    return { ok: false, message: `${path}: 読み込めませんでした（${code ?? "原因不明"}）。` };
  }
}

// Reading many files one after another waits on each; a few at a time keeps the disk busy
// without opening thousands of files at once.
const READ_AT_ONCE = 16;

/** Every file's text or problem, in the order given, read a few at a time. */
export async function readContractFiles(paths: readonly string[]): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array<ReadResult>(paths.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++) results[i] = await readContractFile(paths[i] ?? "");
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, paths.length) }, worker));
  return results;
}
