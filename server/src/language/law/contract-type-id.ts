/**
 * The id of a contract's type, as the type data names it (server-management, services-work …),
 * for the checks and facts that depend on the kind of contract. Today one type is detected
 * (model/contract-type.ts); when the types become data, the id comes from the type itself.
 */
import type { ContractType } from "../model/contract-type";
import { SERVER_MANAGEMENT } from "../model/contract-type";

export function contractTypeId(type: ContractType | null): string | null {
  if (type === SERVER_MANAGEMENT) return "server-management";
  return null;
}
