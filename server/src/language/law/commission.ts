/**
 * Who gives the work and pays (the 委託者: 委託事業者 in 取適法, 業務委託事業者 in フリーランス法)
 * and who does it and is paid (the 受託者). The declared roles decide (当事者 甲（委託者）);
 * without roles, Japanese drafting's convention holds: 甲 gives the work, 乙 takes it.
 */
import type { PartyBlock } from "../ast";
import { PAID_ROLES, PAYING_ROLES } from "../check/support/party-roles";

export type PartyRole = "client" | "contractor";

export const ROLE_NAMES: Readonly<Record<PartyRole, string>> = { client: "委託者", contractor: "受託者" };

export function roleOf(party: PartyBlock): PartyRole | null {
  if (party.role !== null) {
    if (PAYING_ROLES.has(party.role)) return "client";
    if (PAID_ROLES.has(party.role)) return "contractor";
    return null;
  }
  if (party.symbol === "甲") return "client";
  if (party.symbol === "乙") return "contractor";
  return null;
}

export interface Commission {
  readonly client: PartyBlock;
  readonly contractor: PartyBlock;
}

/** The one client and the one contractor, or null when the parties do not say who is which. */
export function commissionOf(parties: readonly PartyBlock[]): Commission | null {
  const clients = parties.filter((p) => roleOf(p) === "client");
  const contractors = parties.filter((p) => roleOf(p) === "contractor");
  const [client] = clients;
  const [contractor] = contractors;
  if (clients.length !== 1 || contractors.length !== 1 || client === undefined || contractor === undefined)
    return null;
  return { client, contractor };
}
