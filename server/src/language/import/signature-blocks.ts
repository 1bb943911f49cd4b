/**
 * The signature blocks at the end of an imported document, when they have exactly the layout
 * Keiyaku prints for 署名欄 — a party line 「甲（委託者）」, its fields starting with 会社名・所在地・
 * 代表者 in that order (an individual's 住所 or 所在地 and 氏名), and 「署名・押印：＿＿＿」 — so that
 * writing them as 当事者 and 署名欄 renders the same text. Read backwards from the end, one line at
 * a time.
 */
import { SIZE_FIELDS } from "../law/party-size";
import { SIGNING_ORDERS } from "../model/party-kind";
import { PARTY_FIELDS } from "../standard-values";
import type { ImportedParty } from "./imported-contract";
import { isBlankLine } from "./input-lines";
import { withoutLayout } from "../parse/layout-space";

const PARTY_LINE = /^[ \t\u3000]*([甲乙丙丁])(?:[（(]([^（()）]+)[）)])?$/u;
const FIELD_LINE = /^[ \t\u3000]*([^\s：:{}.．]+)[ \t\u3000]*[：:][ \t\u3000]*(.*)$/u;
const SIGN_LINE = /^[ \t\u3000]*署名・押印[：:][ \t\u3000]*[＿_]*$/u;
const BLANK_VALUE = /^[＿_]*$/u;

export interface SignatureBlocks {
  /** The line where the first signature block starts. */
  readonly start: number;
  readonly parties: readonly ImportedParty[];
}

function previousLine(lines: readonly string[], from: number, index: number): number {
  let i = index;
  while (i >= from && isBlankLine(lines[i] ?? "")) i--;
  return i;
}

function fieldValue(value: string): string {
  const text = withoutLayout(value);
  return BLANK_VALUE.test(text) ? "＿" : text;
}

function laidOutAsKeiyakuDoes(fields: readonly (readonly [string, string])[]): boolean {
  const names = fields.map(([name]) => name);
  if (new Set(names).size !== names.length) return false;
  // A size (資本金) is not printed in a signature block: as a field it would vanish from the render.
  if (names.some((name) => name === "署名・押印" || SIZE_FIELDS.includes(name))) return false;
  const individual = names.includes("氏名") && !names.includes("会社名");
  const order = SIGNING_ORDERS.find((o) => o.every((name, i) => names[i] === name));
  return order !== undefined && (order === PARTY_FIELDS) !== individual;
}

/** One signature block ending at `end` (its 署名・押印 line), or null. */
function blockEndingAt(lines: readonly string[], from: number, end: number) {
  const fields: [string, string][] = [];
  let i = previousLine(lines, from, end - 1);
  for (; i >= from; i = previousLine(lines, from, i - 1)) {
    const line = lines[i] ?? "";
    const party = PARTY_LINE.exec(line);
    if (party !== null) {
      if (!laidOutAsKeiyakuDoes(fields)) return null;
      const party_: ImportedParty = {
        symbol: party[1] ?? "",
        role: party[2] === undefined ? null : withoutLayout(party[2]),
        fields,
      };
      return { start: i, party: party_ };
    }
    const field = FIELD_LINE.exec(line);
    if (field === null) return null;
    fields.unshift([field[1] ?? "", fieldValue(field[2] ?? "")]);
  }
  return null;
}

/** The signature blocks that end the lines [from, to), or null when they do not end in one. */
export function findSignatureBlocks(
  lines: readonly string[],
  from: number,
  to: number,
): SignatureBlocks | null {
  const parties: ImportedParty[] = [];
  let start = -1;
  for (let end = previousLine(lines, from, to - 1); end >= from; end = previousLine(lines, from, start - 1)) {
    if (!SIGN_LINE.test(lines[end] ?? "")) break;
    const block = blockEndingAt(lines, from, end);
    if (block === null || parties.some((p) => p.symbol === block.party.symbol)) break;
    parties.unshift(block.party);
    start = block.start;
  }
  return parties.length === 0 ? null : { start, parties };
}
