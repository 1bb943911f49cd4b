/**
 * What several rules derive alike from one analysis, beyond the analysis's own views: the reference
 * resolver (with its article models), the names of the parties, the dates written in the text,
 * whether it may hold an invisible character, and the payment laws and allowance that bear on it.
 * Each is built on first use and kept for one check, so the rules that need it share one (four
 * rules each built a resolver, five the party names, four scanned every line for dates, two the
 * whole text for invisible characters, three worked out the payment laws, two the allowance). Kept
 * with the check, not the analysis: these are only the checks' concern. A view that fails to build
 * is built again, and fails again, in the next rule that asks, so the failure is reported per rule
 * as before.
 */
import type { Analysis } from "../model/analysis";
import { createResolver, type Resolver } from "../model/reference-resolve";
import type { ContractType } from "../model/contract-type";
import { paymentLaws, type PaymentLaws } from "../law/payment-laws";
import { paymentAllowance, type PaymentAllowance } from "../values/payment-allowance";
import type { Steps } from "../steps";
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
  /** How long the payment due (facts.paymentDue) lets the client take; null without one. */
  readonly paymentAllowance: PaymentAllowance | null;
}

/**
 * A class, whose getters are its prototype's: an object literal with getters defined each of them
 * at run time, for every check (~2 µs at 25 articles, more than the views most checks build).
 */
class ViewsOfCheck implements CheckViews {
  private resolverView: Resolver | undefined;
  private names: PartyNames | undefined;
  private dates: WrittenDates | undefined;
  private marked: boolean | undefined;
  private laws: PaymentLaws | undefined;
  private allowance: PaymentAllowance | null | undefined;

  constructor(
    private readonly analysis: Analysis,
    private readonly contractType: ContractType | null,
  ) {}

  get resolver(): Resolver {
    return (this.resolverView ??= createResolver(this.analysis.index));
  }

  get partyNames(): PartyNames {
    return (this.names ??= partyNames(this.analysis));
  }

  *writtenDates(): Steps<WrittenDates> {
    if (this.dates !== undefined) return this.dates;
    const built = yield* writtenDatesInSteps(this.analysis.index);
    return (this.dates ??= built);
  }

  get mayHoldMarkedCharacter(): boolean {
    return (this.marked ??= mayHoldMarkedCharacter(this.analysis.text));
  }

  get paymentLaws(): PaymentLaws {
    return (this.laws ??= paymentLaws(this.analysis, this.contractType));
  }

  get paymentAllowance(): PaymentAllowance | null {
    if (this.allowance === undefined) {
      const due = this.analysis.facts.paymentDue;
      this.allowance = due === null ? null : paymentAllowance(due.value);
    }
    return this.allowance;
  }
}

/** `contractType` is the contract's type under the check's options (check-setup.ts). */
export function checkViews(analysis: Analysis, contractType: ContractType | null): CheckViews {
  return new ViewsOfCheck(analysis, contractType);
}
