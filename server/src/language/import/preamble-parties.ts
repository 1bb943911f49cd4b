/**
 * The parties as the 前文 names them, turned into references to the parties' fields:
 *
 * - 「甲（委託者）：株式会社アルファ」 (or ：＿＿＿) → 「甲（委託者）：{甲.会社名}」;
 * - 「株式会社アルファ（以下「甲」という。）」 → 「{甲.会社名}（以下「甲」という。）」; an
 *   organisation's name (株式会社…) defined with another short name (「委託者」, 「アルファ」) gives
 *   the next free symbol.
 *
 * A party the signature blocks declared keeps their fields; a name must then be its 会社名 (an
 * individual's 氏名, which {乙.会社名} prints; or both blank) to be replaced. A party only the 前文
 * names is declared with that 会社名.
 */
import type { ImportedParty, ProseLine, ProseSegment } from "./imported-contract";
import { originalText } from "./imported-contract";
import { withoutLayout } from "../parse/layout-space";

const SYMBOLS = ["甲", "乙", "丙", "丁"] as const;
const LISTED = /^([ \t\u3000]*([甲乙丙丁])(?:[（(]([^（()）]+)[）)])?[ \t\u3000]*[：:][ \t\u3000]*)(.+)$/u;
const DEFINED = /（以下[「『]([^」』（）]{1,20})[」』]という。?）/gu;
const NAME_BEFORE = /(?:^|[、。）」と及並は：:\s])([^、。（）「」と及並は：:\s][^、。（）「」：:\s]{0,59})$/u;
const BLANK = /^[＿_]+$/u;
/** A name defined with a short name other than 甲・乙・丙・丁 is a party only if it names an organisation. */
const ORGANISATION = /株式会社|有限会社|合同会社|合名会社|合資会社|法人|組合|協会|機構|大学/u;
const COMPANY = "会社名";
const PERSON = "氏名";
const MAX_NAME = 60;

class Parties {
  readonly list: ImportedParty[];

  constructor(declared: readonly ImportedParty[]) {
    this.list = [...declared];
  }

  find(symbol: string): ImportedParty | undefined {
    return this.list.find((p) => p.symbol === symbol);
  }

  nextSymbol(): string | undefined {
    return SYMBOLS.find((s) => this.find(s) === undefined);
  }

  /** Whether `name` is the party's 会社名 (declaring the party if it is new); false if it is not. */
  claim(symbol: string, role: string | null, name: string): boolean {
    const party = this.find(symbol);
    if (party === undefined) {
      const value = BLANK.test(name) ? "＿" : name;
      this.list.push({ symbol, role, fields: [[COMPANY, value]] });
      return true;
    }
    const fields = new Map(party.fields);
    const company = fields.get(COMPANY) ?? fields.get(PERSON);
    if (company === undefined) return false;
    return company === name || (company === "＿" && BLANK.test(name));
  }
}

function listedLine(text: string, parties: Parties): ProseLine | null {
  const match = LISTED.exec(text);
  if (match === null) return null;
  const [, prefix = "", symbol = "", role, name = ""] = match;
  if (name.length > MAX_NAME || name.includes("。")) return null;
  if (!parties.claim(symbol, role === undefined ? null : withoutLayout(role), name)) return null;
  return [{ text: prefix }, { ref: `${symbol}.${COMPANY}`, original: name }];
}

function definedNames(text: string, parties: Parties): ProseLine | null {
  const segments: ProseSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(DEFINED)) {
    const short = match[1] ?? "";
    const before = text.slice(last, match.index);
    const name = NAME_BEFORE.exec(before)?.[1];
    const named = (SYMBOLS as readonly string[]).includes(short);
    if (!named && !ORGANISATION.test(name ?? "")) continue;
    const symbol = named ? short : parties.nextSymbol();
    if (name === undefined || symbol === undefined || !parties.claim(symbol, null, name)) continue;
    segments.push({ text: before.slice(0, before.length - name.length) });
    segments.push({ ref: `${symbol}.${COMPANY}`, original: name });
    segments.push({ text: match[0] });
    last = match.index + match[0].length;
  }
  if (segments.length === 0) return null;
  segments.push({ text: text.slice(last) });
  return segments;
}

/** The 前文 with the parties' names as references, and every party (declared or found here). */
export function liftPreambleParties(
  preamble: readonly ProseLine[],
  declared: readonly ImportedParty[],
): { readonly preamble: ProseLine[]; readonly parties: ImportedParty[] } {
  const parties = new Parties(declared);
  const lifted = preamble.map((line) => {
    const text = originalText(line);
    return listedLine(text, parties) ?? definedNames(text, parties) ?? line;
  });
  return { preamble: lifted, parties: parties.list };
}
