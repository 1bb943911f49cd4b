import { groupDigits } from "./values/digit-grouping";

/**
 * The largest contract Keiyaku reads. Real contracts are far smaller (the benchmark's 10,000-article
 * contract, 4.5 MB of UTF-8, is 1.5 million characters); a larger file is refused with a message
 * rather than read, because one 10 MB line cost seconds per keystroke and over a gigabyte of
 * memory. Documented in docs/performance.md and docs/security.md.
 */
export const MAX_CONTRACT_LENGTH = 2_000_000;

/** Why a text is not read, in Japanese, or null when it is read. */
export function contractSizeProblem(text: string): string | null {
  if (text.length <= MAX_CONTRACT_LENGTH) return null;
  const size = groupDigits(text.length);
  return `ファイルが大きすぎるため読み取りません（${size}文字。上限は${groupDigits(MAX_CONTRACT_LENGTH)}文字）。契約書を分けるか、不要な部分を削ってください。`;
}
