/**
 * Whether the 取適法 (製造委託等に係る中小受託事業者に対する代金の支払の遅延等の防止に関する法律,
 * formerly 下請代金支払遅延等防止法; in force in this form from 2026-01-01) covers a contract, from the
 * kind of work its type commissions and the sizes its parties state. The law covers a 委託事業者
 * and a 中小受託事業者 by capital (資本金) or, since 2026, by regular employees (従業員数), with
 * thresholds by the kind of commission (第2条):
 *
 * - 情報処理 (server management, system operation and maintenance) is one of the 役務提供委託 the
 *   政令 puts with 製造委託: capital over 3億円 against 3億円 or less, or over 1千万円 against
 *   1千万円 or less; employees over 300 against 300 or less.
 * - Any other 役務提供委託 or 情報成果物作成委託: capital over 5千万円 against 5千万円 or less, or over
 *   1千万円 against 1千万円 or less; employees over 100 against 100 or less.
 *
 * An individual 受託者 counts as below every capital threshold (the law names 個人 with the small
 * companies). The result says which test showed it, or what the parties would have to state.
 */
import { amountOf, partySize, type PartySize } from "./party-size";
import type { Commission } from "./commission";
import { groupDigits } from "../values/digit-grouping";

export const SUBCONTRACT_ACT = "取適法";

export type CommissionKind = "information-processing" | "service";

export interface SizeTier {
  readonly kind: CommissionKind;
  /** 情報処理の役務提供委託 … as the finding names it. */
  readonly label: string;
  /** The upper capital threshold in yen (3億円 or 5千万円). */
  readonly capital: number;
  /** The lower capital threshold in yen: 1千万円 for both kinds. */
  readonly smallCapital: number;
  readonly employees: number;
}

const TEN_MILLION = 10_000_000;

export const SIZE_TIERS: Readonly<Record<CommissionKind, SizeTier>> = {
  "information-processing": {
    kind: "information-processing",
    label: "情報処理の役務提供委託",
    capital: 300_000_000,
    smallCapital: TEN_MILLION,
    employees: 300,
  },
  service: {
    kind: "service",
    label: "役務提供委託・情報成果物作成委託",
    capital: 50_000_000,
    smallCapital: TEN_MILLION,
    employees: 100,
  },
};

/**
 * The kind of commission a contract type is, by its id (the type data's ids): server management
 * and software maintenance are 情報処理; the service contracts (準委任・請負) are other 役務提供委託
 * or 情報成果物作成委託. Null for a type that commissions no work for pay (an NDA) or is unknown.
 */
export function commissionKindOf(typeId: string | null): CommissionKind | null {
  switch (typeId) {
    case "server-management":
    case "software-maintenance":
      return "information-processing";
    case "services-quasi-mandate":
    case "services-work":
      return "service";
    default:
      return null;
  }
}

export type Coverage =
  | { readonly status: "applies"; readonly basis: string }
  | { readonly status: "does-not-apply" }
  /** What the parties would have to state for the law to apply. */
  | { readonly status: "unknown"; readonly wouldApply: string };

export interface SubcontractAct {
  readonly tier: SizeTier;
  readonly client: PartySize;
  readonly contractor: PartySize;
  readonly coverage: Coverage;
}

/** 3億円, 5,000万円, 1,000万円: thresholds as a drafter reads them. */
export function formatThreshold(yen: number): string {
  if (yen % 100_000_000 === 0) return `${yen / 100_000_000}億円`;
  return `${groupDigits(yen / 10_000)}万円`;
}

type Test = boolean | null;

/** a > x and b ≤ x, or null when a size it needs is unknown. */
function over(a: number | null, b: number | null, x: number, bIndividual: boolean): Test {
  if (a !== null && a <= x) return false;
  const small = bIndividual ? true : b === null ? null : b <= x;
  if (small === false) return false;
  return a === null || small === null ? null : true;
}

function capitalTests(tier: SizeTier, client: PartySize, contractor: PartySize): Test[] {
  const a = amountOf(client.capital);
  const b = amountOf(contractor.capital);
  // An individual 委託者 has no capital: only the employee test can cover it.
  if (client.individual) return [false, false];
  return [
    over(a, b, tier.capital, contractor.individual),
    over(a, b, tier.smallCapital, contractor.individual),
  ];
}

function employeeTest(tier: SizeTier, client: PartySize, contractor: PartySize): Test {
  return over(amountOf(client.employees), amountOf(contractor.employees), tier.employees, false);
}

function names(commission: Commission): { a: string; b: string } {
  return { a: commission.client.symbol, b: commission.contractor.symbol };
}

function coverageOf(
  tier: SizeTier,
  commission: Commission,
  client: PartySize,
  contractor: PartySize,
): Coverage {
  const { a, b } = names(commission);
  const [large, small] = capitalTests(tier, client, contractor);
  const staff = employeeTest(tier, client, contractor);
  const them = contractor.individual ? `${b}は個人` : null;
  if (large === true)
    return {
      status: "applies",
      basis: `資本金（${a} ${formatThreshold(tier.capital)}超・${them ?? `${b} ${formatThreshold(tier.capital)}以下`}）`,
    };
  if (small === true)
    return {
      status: "applies",
      basis: `資本金（${a} ${formatThreshold(tier.smallCapital)}超・${them ?? `${b} ${formatThreshold(tier.smallCapital)}以下`}）`,
    };
  if (staff === true)
    return {
      status: "applies",
      basis: `従業員数（${a} ${tier.employees}人超・${b} ${tier.employees}人以下）`,
    };
  if (large === false && small === false && staff === false) return { status: "does-not-apply" };
  return {
    status: "unknown",
    wouldApply: `${a}の資本金が${formatThreshold(tier.capital)}超で${b}が${formatThreshold(tier.capital)}以下（または${a}が${formatThreshold(tier.smallCapital)}超で${b}が${formatThreshold(tier.smallCapital)}以下）、あるいは${a}の従業員数が${tier.employees}人超で${b}が${tier.employees}人以下`,
  };
}

export function subcontractAct(
  kind: CommissionKind | null,
  commission: Commission | null,
): SubcontractAct | null {
  if (kind === null || commission === null) return null;
  const tier = SIZE_TIERS[kind];
  const client = partySize(commission.client);
  const contractor = partySize(commission.contractor);
  return { tier, client, contractor, coverage: coverageOf(tier, commission, client, contractor) };
}
