/**
 * What a check is configured with beyond severities: the catalogue of contract types (built-in
 * and the workspace's), the type of this contract, and the rules of the team's playbook. Built
 * once per check from the options; pure data in, so the service stays free of files.
 */
import type { Analysis } from "../model/analysis";
import { buildCatalog, contractTypeOf, type ContractType, type TypeCatalog } from "../model/contract-type";
import { playbookRules } from "./rules/playbook";
import type { CheckOptions } from "./run-checks";
import type { Rule } from "./rule";

export interface CheckSetup {
  readonly catalog: TypeCatalog;
  /** The kind of contract, recognised from the title; null when not recognised. */
  readonly contractType: ContractType | null;
  /** The playbook's rules that apply to this contract and side. */
  readonly rules: readonly Rule[];
  readonly side: string | null;
}

/** The catalogue and the contract's type under the options (completion asks without a check). */
export function typeSetup(
  analysis: Analysis,
  options: Pick<CheckOptions, "types">,
): { catalog: TypeCatalog; contractType: ContractType | null } {
  const catalog = buildCatalog(options.types);
  try {
    return { catalog, contractType: contractTypeOf(analysis.document, catalog) };
  } catch {
    // A document that fails to build is reported by the rules that need it.
    return { catalog, contractType: null };
  }
}

export function checkSetup(analysis: Analysis, options: CheckOptions): CheckSetup {
  const { catalog, contractType } = typeSetup(analysis, options);
  const side = options.side ?? null;
  const rules = options.playbook === undefined ? [] : playbookRules(options.playbook, contractType, side);
  return { catalog, contractType, rules, side };
}
