/**
 * What a check is configured with beyond severities: the catalogue of contract types (built-in
 * and the workspace's), the type of this contract, and the rules of the team's playbook. Built
 * once per check from the options; pure data in, so the service stays free of files.
 */
import type { Analysis } from "../model/analysis";
import { buildCatalog, contractTypeOf, type ContractType, type TypeCatalog } from "../model/contract-type";
import { playbookRules } from "./rules/playbook";
import type { CheckSetup } from "./rule";
import { resolveSide } from "./side";
import type { ContractTypeData } from "../types/contract-type-data";
import type { PlaybookData } from "../types/playbook-data";

/** The part of the check options (run-checks.ts) the setup is built from. */
export interface SetupOptions {
  readonly types?: readonly ContractTypeData[];
  readonly playbook?: PlaybookData;
  readonly side?: string | null;
}

/** The catalogue and the contract's type under the options (completion asks without a check). */
export function typeSetup(
  analysis: Analysis,
  options: Pick<SetupOptions, "types">,
): { catalog: TypeCatalog; contractType: ContractType | null } {
  const catalog = buildCatalog(options.types);
  try {
    return { catalog, contractType: contractTypeOf(analysis.document, catalog) };
  } catch {
    // A document that fails to build is reported by the rules that need it.
    return { catalog, contractType: null };
  }
}

export function checkSetup(analysis: Analysis, options: SetupOptions): CheckSetup {
  const { catalog, contractType } = typeSetup(analysis, options);
  // The setting may name the side by role or by the party's name; the playbook's `when.side` and
  // the ranking both read the party it resolves to.
  const reader = resolveSide(options.side, analysis.scope.partyOrder);
  const side = reader?.symbol ?? null;
  const rules = options.playbook === undefined ? [] : playbookRules(options.playbook, contractType, side);
  return { catalog, contractType, rules, side, reader };
}
