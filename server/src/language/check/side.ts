/**
 * 立場 (side): the party the reader is (keiyaku.side, `keiyaku check --side`), and the one step that
 * ranks findings from that side. A rule does not rank: its kind declares, as data, whom the finding
 * hurts (`stake`: the 委託者 or the 受託者) and why it matters to each side; this step resolves the
 * reader's party and gives the finding the hurt side's severity (warning) and reason, or the
 * favoured side's (information). Without a side, or for a kind without a stake, nothing changes.
 */
import type { PartyBlock } from "../ast";
import type { Severity } from "../diagnostic";
import { partyField } from "../model/value-scope";
import { roleOf, ROLE_NAMES, type PartyRole } from "../law/commission";
import { PAID_ROLES, PAYING_ROLES, partyLabel } from "./support/party-roles";

/** Whom a finding hurts, and what it means to each side, in Japanese. */
export interface Stake {
  readonly hurts: PartyRole;
  /** Why it matters to the side it hurts (shown as 【甲の立場】…). */
  readonly hurt: string;
  /** Why it matters less to the other side. */
  readonly favoured: string;
}

export const HURT_SEVERITY: Severity = "warning";
export const FAVOURED_SEVERITY: Severity = "information";

/** The words that mean "no side": the setting's default. */
const NO_SIDE = new Set(["", "none", "なし"]);

export function isNoSide(setting: string | null | undefined): boolean {
  return setting === null || setting === undefined || NO_SIDE.has(setting.trim());
}

function roleClass(word: string): PartyRole | null {
  if (PAYING_ROLES.has(word)) return "client";
  if (PAID_ROLES.has(word)) return "contractor";
  return null;
}

/**
 * The party a side setting names: its symbol (甲), its declared role (委託者 — or a role word of
 * the same kind, 発注者 for a party declared 委託者), or its own name (株式会社アルファ, 山田太郎).
 * Null when the setting names no party of this contract.
 */
export function resolveSide(
  setting: string | null | undefined,
  parties: readonly PartyBlock[],
): PartyBlock | null {
  if (isNoSide(setting)) return null;
  const written = (setting ?? "").trim();
  const bySymbol = parties.find((p) => p.symbol === written);
  if (bySymbol !== undefined) return bySymbol;
  const byRole = parties.filter((p) => p.role === written);
  if (byRole.length === 1) return byRole[0] ?? null;
  const byName = parties.find((p) =>
    ["会社名", "氏名"].some((field) => partyField(p, field)?.valueText.trim() === written),
  );
  if (byName !== undefined) return byName;
  const kind = roleClass(written);
  const byKind = kind === null ? [] : parties.filter((p) => roleOf(p) === kind);
  return byKind.length === 1 ? (byKind[0] ?? null) : null;
}

/** 甲（委託者）: how the preview and the messages name the reader's side. */
export function sideLabel(party: PartyBlock): string {
  const role = roleOf(party);
  return party.role === null && role !== null ? `${party.symbol}（${ROLE_NAMES[role]}）` : partyLabel(party);
}

export interface Ranked {
  readonly severity: Severity;
  readonly message: string;
}

/** The ranking step: a finding with a stake, seen from the reader's party. */
export function rankForSide(
  stake: Stake | undefined,
  reader: PartyBlock | null,
  severity: Severity,
  message: string,
): Ranked {
  if (stake === undefined || reader === null) return { severity, message };
  const role = roleOf(reader);
  if (role === null) return { severity, message };
  const hurt = role === stake.hurts;
  const why = hurt ? stake.hurt : stake.favoured;
  return {
    severity: hurt ? HURT_SEVERITY : FAVOURED_SEVERITY,
    message: `${message}【${sideLabel(reader)}の立場】${why}`,
  };
}
