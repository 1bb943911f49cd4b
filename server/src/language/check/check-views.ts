/**
 * What several rules derive alike from one analysis, beyond the analysis's own views: the reference
 * resolver (with its article models), the names of the parties, the dates written in the text,
 * whether it may hold an invisible character and the payment laws that bear on it. Each is built on first use and kept for one check,
 * so the rules that need it share one (four rules each built a resolver, five the party names,
 * four scanned every line for dates, two the whole text for invisible characters, three worked
 * out the payment laws). Kept
 * with the check, not the analysis: these are only the checks' concern. A view that fails to
 * build is built again, and fails again, in the next rule that asks, so the failure is reported
 * per rule as before.
 */
import type { Analysis } from "../model/analysis";
import { lazy } from "../model/lazy";
import { createResolver, type Resolver } from "../model/reference-resolve";
import type { ContractType } from "../model/contract-type";
import { paymentLaws, type PaymentLaws } from "../law/payment-laws";
import { drain, type Steps } from "../steps";
import { mayHoldMarkedCharacter } from "../vocabulary/control-characters";
import { partyNames, type PartyNames } from "./support/party-names";
import { writtenDatesInSteps, type WrittenDates } from "./support/written-dates";

export interface CheckViews {
  readonly resolver: Resolver;
  readonly partyNames: PartyNames;
  /**
   * Built in steps (a pass over every prose line): a rule asks with `yield*`, so the first to ask
   * builds it within its own steps and the others get it at once.
   */
  writtenDates(): Steps<WrittenDates>;
  /** False when the text holds no marked (invisible or control) character: almost every contract. */
  readonly mayHoldMarkedCharacter: boolean;
  /** The 取適法 and the フリーランス法 as they bear on the contract, under the check's type. */
  readonly paymentLaws: PaymentLaws;
}

/** `contractType` is the contract's type under the check's options (check-setup.ts). */
export function checkViews(analysis: Analysis, contractType: ContractType | null): CheckViews {
  const resolver = lazy(() => createResolver(analysis.index));
  const names = lazy(() => partyNames(analysis));
  const dates = lazy(() => drain(writtenDatesInSteps(analysis.index)));
  const marked = lazy(() => mayHoldMarkedCharacter(analysis.text));
  const laws = lazy(() => paymentLaws(analysis, contractType));
  return {
    get resolver() {
      return resolver.get();
    },
    get partyNames() {
      return names.get();
    },
    writtenDates() {
      return dates.buildInSteps(() => writtenDatesInSteps(analysis.index));
    },
    get mayHoldMarkedCharacter() {
      return marked.get();
    },
    get paymentLaws() {
      return laws.get();
    },
  };
}
