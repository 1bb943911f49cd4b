/**
 * Writes client/snippets/contract.code-snippets from the blank template, so that the snippets
 * insert exactly the reference contract's text and cannot drift from it. `npx tsx
 * scripts/snippets.ts --write` rewrites the file; a unit test fails when the committed file is
 * stale (`--check` does the same from the command line).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { splitBlocks, type BlockKind } from "../server/src/language/parse/split-blocks";

const ROOT = join(__dirname, "..");
export const TEMPLATE_PATH = join(ROOT, "samples", "server-management.contract");
export const SNIPPETS_PATH = join(ROOT, "client", "snippets", "contract.code-snippets");

/** The shape VS Code reads from a .code-snippets file (scoped by package.json to `contract`). */
export interface Snippet {
  readonly prefix: readonly string[];
  readonly body: readonly string[];
  readonly description: string;
}

export const NEW_CONTRACT_SNIPPET = "新しい契約書";

/**
 * English prefixes for the standard articles, so a drafter who types in English (IME off) finds
 * them too. Keyed by the template's headings: a new article in the template without an entry
 * here stops the script rather than shipping a snippet nobody can find.
 */
const ARTICLE_SLUGS: Readonly<Record<string, string>> = {
  目的: "purpose",
  管理対象: "managed-systems",
  業務内容: "services",
  業務範囲外: "out-of-scope",
  再委託: "subcontracting",
  協力義務: "cooperation",
  報酬: "fee",
  支払方法: "payment",
  追加作業: "additional-work",
  障害対応: "incident-response",
  バックアップ: "backup",
  セキュリティ: "security",
  緊急対応: "emergency",
  秘密保持: "confidentiality",
  個人情報保護: "personal-data",
  知的財産権: "intellectual-property",
  非保証: "disclaimer",
  損害賠償: "liability",
  不可抗力: "force-majeure",
  契約期間: "term",
  契約解除: "termination",
  反社会的勢力の排除: "anti-social-forces",
  契約終了後の措置: "post-termination",
  協議事項: "consultation",
  合意管轄: "jurisdiction",
};

const COMMENT = /^[ \t\u3000]*\/\//;
const HEADING = /^[ \t\u3000]*第([0-9０-９]+|[〇一二三四五六七八九十百千]+)条（(.*)）[ \t\u3000]*$/;
// A definition whose value is still a blank: ＿, ＿円（消費税別）, ＿年＿月＿日 (see docs/language.md §10).
const BLANK_DEFINITION = /^([ \t\u3000]*[^：:]+[：:][ \t\u3000]*)([＿_][^\r\n]*?)[ \t\u3000]*$/;

/** Snippet syntax gives `$`, `\` (and `}` inside a placeholder) a meaning; contract text must not. */
function escapeText(text: string): string {
  return text.replace(/[\\$]/g, (c) => `\\${c}`);
}

function escapePlaceholder(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Blank lines at either end are layout of the template file, not part of what is inserted. */
function trimBlankLines(body: readonly string[]): string[] {
  let start = 0;
  let end = body.length;
  while (start < end && (body[start] ?? "").trim() === "") start++;
  while (end > start && (body[end - 1] ?? "").trim() === "") end--;
  return body.slice(start, end);
}

interface Block {
  readonly kind: BlockKind;
  readonly lines: readonly string[];
}

/** The template's blocks without comments or surrounding blank lines; blocks left empty are dropped. */
function blocksOf(text: string): Block[] {
  return splitBlocks(text)
    .map((slice) => ({
      kind: slice.kind,
      lines: trimBlankLines(lines(text.slice(slice.start, slice.end)).filter((line) => !COMMENT.test(line))),
    }))
    .filter((block) => block.lines.length > 0);
}

/**
 * The whole template without its comments. Each blank of a party or of 条件 becomes a tab stop
 * (in file order: 甲's fields, 乙's fields, the fee, the signing date) with the blank as its
 * default, so Tab walks the drafter through exactly what must be filled in.
 */
function newContractBody(blocks: readonly Block[]): string[] {
  let stop = 0;
  // One blank line between blocks, as the template is laid out.
  return blocks.flatMap((block, index) => [
    ...(index === 0 ? [] : [""]),
    ...block.lines.map((line) => {
      const blank = block.kind === "party" || block.kind === "terms" ? BLANK_DEFINITION.exec(line) : null;
      if (blank === null) return escapeText(line);
      stop++;
      return `${escapeText(blank[1] ?? "")}\${${stop}:${escapePlaceholder(blank[2] ?? "")}}`;
    }),
  ]);
}

function articleSnippet(block: Block): [string, Snippet] {
  const [heading = "", ...rest] = block.lines;
  const match = HEADING.exec(heading);
  if (match === null) throw new Error(`not a standard article heading: ${heading}`);
  const [, number = "", title = ""] = match;
  const slug = ARTICLE_SLUGS[title];
  if (slug === undefined)
    throw new Error(`no English prefix for 第${number}条（${title}）: add it to ARTICLE_SLUGS`);
  const name = `第${number}条（${title}）`;
  return [
    name,
    {
      prefix: [`第条${title}`, `article-${slug}`],
      // The checker renumbers articles, so the number is only a default the drafter may change.
      body: [`第\${1:${number}}条（${escapePlaceholder(title)}）`, ...rest.map(escapeText)],
      description: `${name}：サーバー管理契約書の標準の条文 / standard article of the server management contract`,
    },
  ];
}

export function renderSnippets(
  template: string = readFileSync(TEMPLATE_PATH, "utf8"),
): Record<string, Snippet> {
  const blocks = blocksOf(template);
  return {
    [NEW_CONTRACT_SNIPPET]: {
      prefix: ["keiyaku", "契約書"],
      body: newContractBody(blocks),
      description:
        "サーバー管理契約書のひな形（空欄つき）を挿入します。Tab で空欄を順に移動します。 / Inserts the blank server management contract; Tab walks through its blanks.",
    },
    ...Object.fromEntries(blocks.filter((block) => block.kind === "article").map(articleSnippet)),
  };
}

/** The file as committed: JSON with a header, kept out of prettier so it stays plain JSON. */
export function renderSnippetsFile(template?: string): string {
  return [
    "// Generated by `npx tsx scripts/snippets.ts --write` from samples/server-management.contract.",
    "// Do not edit by hand: change the template or the script and regenerate.",
    "// prettier-ignore",
    JSON.stringify(renderSnippets(template), null, 2),
    "",
  ].join("\n");
}

if (process.argv.includes("--write")) {
  writeFileSync(SNIPPETS_PATH, renderSnippetsFile());
  console.log(`wrote ${SNIPPETS_PATH}`);
} else if (process.argv.includes("--check")) {
  if (readFileSync(SNIPPETS_PATH, "utf8") !== renderSnippetsFile()) {
    console.error("client/snippets/contract.code-snippets is stale: run npx tsx scripts/snippets.ts --write");
    process.exitCode = 1;
  }
}
