/**
 * The two laws on payment terms as they bear on one contract: who commissions whom, and whether
 * the 取適法 and the フリーランス法 cover it by the type and the parties' stated sizes. Computed
 * from the analysis on demand (it reads a few fields of two parties).
 */
import type { Analysis } from "../model/analysis";
import { commissionOf, type Commission } from "./commission";
import { contractTypeId } from "./contract-type-id";
import { freelanceAct, type FreelanceAct } from "./freelance-act";
import { commissionKindOf, subcontractAct, type SubcontractAct } from "./subcontract-act";

export interface PaymentLaws {
  readonly typeId: string | null;
  readonly commission: Commission | null;
  readonly subcontract: SubcontractAct | null;
  readonly freelance: FreelanceAct | null;
}

export function paymentLaws(analysis: Analysis): PaymentLaws {
  const typeId = contractTypeId(analysis.contractType);
  const kind = commissionKindOf(typeId);
  const commission = commissionOf(analysis.scope.partyOrder);
  return {
    typeId,
    commission,
    subcontract: subcontractAct(kind, commission),
    freelance: freelanceAct(kind !== null, commission),
  };
}
