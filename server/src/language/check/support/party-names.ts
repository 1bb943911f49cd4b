/**
 * The names by which the prose calls each party: its symbol (甲), its declared role when no other
 * party has it (当事者 甲（委託者） → 委託者), and the names the contract defines for it
 * 「{甲.会社名}（以下「アルファ」という。）」 or 「株式会社アルファ（以下「委託者」という。）」. The
 * parties checks read these, so a contract that writes 委託者/受託者 or short names is checked as
 * one that writes 甲/乙.
 */
import type { PartyBlock, Span } from "../../ast";
import type { Analysis } from "../../model/analysis";
import { partyField } from "../../model/value-scope";

/** 「株式会社アルファ（以下「委託者」という。）」: a name the prose defines for a party. */
export interface DefinedPartyName {
  readonly name: string;
  readonly nameSpan: Span;
  readonly party: PartyBlock;
}

export interface PartyNames {
  /** Every name, to the party it names. */
  readonly parties: ReadonlyMap<string, PartyBlock>;
  readonly defined: readonly DefinedPartyName[];
  /** A regular-expression alternation of the names, longest first. */
  readonly pattern: string;
}

// How far before （以下「…」という。） the named party is looked for: a company name or a reference.
const LOOK_BEHIND = 80;

const SPECIALS = /[.*+?^${}()|[\]\\]/gu;
/** The same characters, to tell at once whether a name has any (no g flag: test keeps no state). */
const HAS_SPECIAL = new RegExp(SPECIALS.source, "u");

function escapeRegExp(text: string): string {
  // Names are words (甲, 委託者, アルファ): almost never one with a character to escape.
  return HAS_SPECIAL.test(text) ? text.replace(SPECIALS, "\\$&") : text;
}

/** The party a definition's preceding text names: {甲.会社名}, {甲} or 甲's literal 会社名. */
function namedBefore(before: string, parties: readonly PartyBlock[]): PartyBlock | undefined {
  const reference = /\{([^{}.\s]+)(?:\.会社名)?\}[ \u3000]*$/u.exec(before);
  if (reference !== null) return parties.find((p) => p.symbol === reference[1]);
  return parties.find((party) => {
    const name = partyField(party, "会社名")?.valueText.trim() ?? "";
    return name.length > 0 && before.trimEnd().endsWith(name);
  });
}

function uniqueRoles(parties: readonly PartyBlock[]): Map<string, PartyBlock> {
  const count = new Map<string, number>();
  for (const party of parties)
    if (party.role !== null) count.set(party.role, (count.get(party.role) ?? 0) + 1);
  const roles = new Map<string, PartyBlock>();
  for (const party of parties)
    if (party.role !== null && count.get(party.role) === 1) roles.set(party.role, party);
  return roles;
}

export function partyNames(analysis: Analysis): PartyNames {
  const order = analysis.scope.partyOrder;
  const parties = new Map<string, PartyBlock>(uniqueRoles(order));
  const defined: DefinedPartyName[] = [];
  for (const definition of analysis.terms.definitions) {
    const before = analysis.text.slice(
      Math.max(0, definition.span.start - LOOK_BEHIND),
      definition.span.start,
    );
    const party = namedBefore(before, order);
    if (party === undefined) continue;
    parties.set(definition.name, party);
    defined.push({ name: definition.name, nameSpan: definition.nameSpan, party });
  }
  for (const [symbol, party] of analysis.scope.parties) parties.set(symbol, party);
  const names = [...parties.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { parties, defined, pattern: names.length === 0 ? "(?!)" : names.join("|") };
}

/** How a message names a party as the prose wrote it: 「ベータ」（受託者の乙）. */
export function writtenParty(written: string, party: PartyBlock): string {
  const declared = `${party.role ?? ""}の${party.symbol}`;
  return written === party.symbol ? declared : `「${written}」（${declared}）`;
}
