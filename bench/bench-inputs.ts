/**
 * The benchmark's inputs, generated from the filled reference contract so that every size is a
 * contract a user could have written: 25 articles (the reference itself), then 100, 1,000 and
 * 10,000 articles made by repeating its articles and renumbering them. Each comes with a JSON
 * document of the same UTF-8 byte size, the floor that `JSON.parse` sets for reading that many bytes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..");
export const REFERENCE_PATH = join(ROOT, "samples", "server-management.filled.contract");

export const SIZES = [25, 100, 1_000, 10_000] as const;
export type Size = (typeof SIZES)[number];

export interface BenchInput {
  readonly articles: number;
  readonly name: string;
  readonly text: string;
  readonly bytes: number;
  /** A JSON document of exactly `bytes` UTF-8 bytes. */
  readonly json: string;
}

interface ReferenceParts {
  /** Comments, title, parties, terms and preamble: everything before the first article. */
  readonly head: string;
  /** Each article's lines, heading first, without the blank line that separates articles. */
  readonly articles: readonly (readonly string[])[];
  /** 後文 and the signature block. */
  readonly tail: string;
}

// Headings are written with ASCII or full-width digits; the reference uses ASCII.
const HEADING = /^第([0-9０-９]+)条/u;
const BLOCK_KEYWORDS = new Set(["後文", "署名欄", "前文", "条件"]);
// 第N条 in prose, as the reference checker reads it, but not statute citations (民法第415条,
// 施行令第2条): their numbers are the statute's, and must not follow our renumbering.
const PROSE_REFERENCE = /(?<![法令則規])第([0-9０-９]+)条/gu;

function toAscii(digits: string): number {
  return Number(digits.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
}

export function splitReference(text: string): ReferenceParts {
  const lines = text.split("\n");
  const firstArticle = lines.findIndex((l) => HEADING.test(l));
  const tailStart = lines.findIndex((l, i) => i > firstArticle && BLOCK_KEYWORDS.has(l.trim()));
  if (firstArticle < 0 || tailStart < 0) throw new Error("the reference contract has no articles");
  const articles: string[][] = [];
  for (const line of lines.slice(firstArticle, tailStart)) {
    if (HEADING.test(line)) articles.push([line]);
    else if (line.trim() !== "") articles[articles.length - 1]?.push(line);
  }
  return {
    head: lines.slice(0, firstArticle).join("\n"),
    articles,
    tail: lines.slice(tailStart).join("\n"),
  };
}

/**
 * Copy `copy` of the reference articles, renumbered so that article k of the reference becomes
 * article copy × count + k, and every 第k条 in its prose points at the same copy's article k.
 */
function renumberedArticle(lines: readonly string[], copy: number, count: number): string {
  const shift = (n: number) => (n >= 1 && n <= count ? n + copy * count : n);
  return lines
    .map((line, i) =>
      i === 0
        ? line.replace(HEADING, (_, n: string) => `第${shift(toAscii(n))}条`)
        : line.replace(PROSE_REFERENCE, (_, n: string) => `第${shift(toAscii(n))}条`),
    )
    .join("\n");
}

export function contractWithArticles(reference: string, articles: number): string {
  const parts = splitReference(reference);
  const count = parts.articles.length;
  if (articles === count) return reference;
  const body: string[] = [];
  for (let i = 0; i < articles; i++) {
    const source = parts.articles[i % count];
    if (source === undefined) throw new Error("unreachable: index within the reference");
    body.push(renumberedArticle(source, Math.floor(i / count), count));
  }
  return `${parts.head}\n${body.join("\n\n")}\n\n${parts.tail}`;
}

/**
 * An array of objects holding the contract's blocks, trimmed or padded to exactly `bytes` bytes:
 * the same amount of mostly-Japanese string data as the contract, in the format V8 reads fastest.
 */
export function jsonOfSameSize(text: string, bytes: number): string {
  const blocks = text.split(/\n{2,}/u);
  const encoded: string[] = [];
  // "[" + entries joined by "," + "]"
  let size = 1;
  for (let i = 0; size < bytes; i++) {
    const block = blocks[i % blocks.length] ?? "";
    const entry = JSON.stringify({ n: i + 1, lines: block.split("\n") });
    size += Buffer.byteLength(entry) + 1;
    encoded.push(entry);
  }
  // Only the last entry overshoots: shorten its text a character at a time until it fits, then pad
  // with insignificant whitespace to the exact size.
  const lastEntry = (chars: readonly string[]) =>
    JSON.stringify({ n: encoded.length, lines: chars.join("").split("\n") });
  const prefix = `[${encoded.slice(0, -1).join(",")}${encoded.length > 1 ? "," : ""}`;
  let chars = [...(blocks[(encoded.length - 1) % blocks.length] ?? "")];
  let json = `${prefix}${lastEntry(chars)}]`;
  while (Buffer.byteLength(json) > bytes && chars.length > 0) {
    chars = chars.slice(0, -1);
    json = `${prefix}${lastEntry(chars)}]`;
  }
  // A short last block can overshoot even when emptied: then end the array before it.
  if (Buffer.byteLength(json) > bytes) json = `[${encoded.slice(0, -1).join(",")}]`;
  return json + " ".repeat(Math.max(0, bytes - Buffer.byteLength(json)));
}

export function benchInput(reference: string, articles: number): BenchInput {
  const text = contractWithArticles(reference, articles);
  const bytes = Buffer.byteLength(text);
  return {
    articles,
    name: `${articles.toLocaleString("en-US")} articles`,
    text,
    bytes,
    json: jsonOfSameSize(text, bytes),
  };
}

export function benchInputs(sizes: readonly number[] = SIZES): BenchInput[] {
  const reference = readFileSync(REFERENCE_PATH, "utf8");
  return sizes.map((n) => benchInput(reference, n));
}
