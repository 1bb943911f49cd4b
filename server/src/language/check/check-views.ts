/**
 * What several rules derive alike from one analysis, beyond the analysis's own views: the reference
 * resolver (with its article models) and the names of the parties. Each is built on first use and
 * kept for one check, so the rules that need it share one (four rules each built a resolver, five
 * the party names). Kept with the check, not the analysis: the article models are only the
 * checks' concern. A view that fails to build is built again, and fails again, in the next rule
 * that asks, so the failure is reported per rule as before.
 */
import type { Analysis } from "../model/analysis";
import { lazy } from "../model/lazy";
import { createResolver, type Resolver } from "../model/reference-resolve";
import { partyNames, type PartyNames } from "./support/party-names";

export interface CheckViews {
  readonly resolver: Resolver;
  readonly partyNames: PartyNames;
}

export function checkViews(analysis: Analysis): CheckViews {
  const resolver = lazy(() => createResolver(analysis.index));
  const names = lazy(() => partyNames(analysis));
  return {
    get resolver() {
      return resolver.get();
    },
    get partyNames() {
      return names.get();
    },
  };
}
