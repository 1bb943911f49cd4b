/**
 * What the parties' declared roles (当事者 甲（委託者）) say about who pays and who is paid,
 * shared by the parties checks. The letters 甲・乙 mean nothing by themselves: only the roles do.
 */
import type { PartyBlock } from "../../ast";
import type { RelatedLocation } from "../../diagnostic";

/** Roles of the party that pays the fee. */
export const PAYING_ROLES: ReadonlySet<string> = new Set([
  "委託者",
  "委託元",
  "発注者",
  "注文者",
  "依頼者",
  "買主",
  "借主",
  "賃借人",
  "利用者",
]);

/** Roles of the party that is paid. */
export const PAID_ROLES: ReadonlySet<string> = new Set([
  "受託者",
  "委託先",
  "受注者",
  "請負人",
  "請負者",
  "売主",
  "貸主",
  "賃貸人",
  "提供者",
]);

export const PARTY_SYMBOLS = "甲乙丙丁";

export function isRoleWord(text: string): boolean {
  return PAYING_ROLES.has(text) || PAID_ROLES.has(text);
}

export function partyLabel(party: PartyBlock): string {
  return party.role === null ? party.symbol : `${party.symbol}（${party.role}）`;
}

export function partyHeaderLocation(party: PartyBlock): RelatedLocation {
  return { span: party.headerSpan, message: `当事者「${partyLabel(party)}」はここで宣言されています。` };
}
