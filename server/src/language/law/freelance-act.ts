/**
 * Whether the フリーランス法 (特定受託事業者に係る取引の適正化等に関する法律, in force 2024-11-01)
 * covers a contract: work given (業務委託) to a 特定受託事業者 — an individual without employees
 * (or a company of one officer and no employees, which a contract cannot show) — by a
 * 特定業務委託事業者, one that has employees or is a company (a company with two officers counts
 * even without employees). Its 第4条第1項 sets the payment term within 60 days of receipt.
 */
import type { Commission } from "./commission";
import { amountOf, partySize, type PartySize } from "./party-size";

export const FREELANCE_ACT = "フリーランス法";

export type FreelanceCoverage =
  | { readonly status: "applies" }
  | { readonly status: "does-not-apply" }
  | { readonly status: "unknown"; readonly wouldApply: string };

export interface FreelanceAct {
  readonly client: PartySize;
  readonly contractor: PartySize;
  readonly coverage: FreelanceCoverage;
}

type Test = boolean | null;

/** The 受託者 is a 特定受託事業者: an individual stating no employees. */
function isFreelancer(contractor: PartySize): Test {
  if (!contractor.individual) return false;
  const staff = amountOf(contractor.employees);
  return staff === null ? null : staff === 0;
}

/** The 委託者 is a 特定業務委託事業者: it has employees, or it is a company. */
function isCommissioningBusiness(client: PartySize): Test {
  const staff = amountOf(client.employees);
  if (staff !== null && staff > 0) return true;
  if (!client.individual) return staff === 0 ? null : true;
  return staff === 0 ? false : null;
}

export function freelanceAct(commissions: boolean, commission: Commission | null): FreelanceAct | null {
  if (!commissions || commission === null) return null;
  const client = partySize(commission.client);
  const contractor = partySize(commission.contractor);
  const freelancer = isFreelancer(contractor);
  const business = isCommissioningBusiness(client);
  const b = commission.contractor.symbol;
  const coverage: FreelanceCoverage =
    freelancer === true && business === true
      ? { status: "applies" }
      : freelancer === false || business === false
        ? { status: "does-not-apply" }
        : {
            status: "unknown",
            wouldApply: `${b}が従業員を使用しない個人（当事者に「氏名」と「従業員数：0人」）`,
          };
  return { client, contractor, coverage };
}
