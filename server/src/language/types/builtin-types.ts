/**
 * The contract types Keiyaku knows without a workspace: data files in builtin/, bundled as JSON
 * and validated against schemas/contract-type.schema.json by the unit tests. The order is the
 * order `keiyaku types` lists them in.
 */
import amendment from "./builtin/amendment.json";
import businessContract from "./builtin/business-contract.json";
import ndaMutual from "./builtin/nda-mutual.json";
import serverManagement from "./builtin/server-management.json";
import servicesQuasiMandate from "./builtin/services-quasi-mandate.json";
import servicesWork from "./builtin/services-work.json";
import softwareMaintenance from "./builtin/software-maintenance.json";
import type { ContractTypeData } from "./contract-type-data";

export const BUILTIN_TYPES: readonly ContractTypeData[] = [
  serverManagement as ContractTypeData,
  servicesQuasiMandate as ContractTypeData,
  servicesWork as ContractTypeData,
  ndaMutual as ContractTypeData,
  softwareMaintenance as ContractTypeData,
  // Before the generic business contract: 変更契約書 names an amendment, not a new contract.
  amendment as ContractTypeData,
  businessContract as ContractTypeData,
];
