/**
 * Part of `npm run bench -- --profile`: what each check costs on its own. The analysis's shared
 * index and facts are built first and timed apart, so each rule is billed only for its own work
 * (a rule that recomputes something another rule also computes pays for it every time).
 */
import { analyze } from "../server/src/language/model/analysis";
import { RULES } from "../server/src/language/check/registry";
import { DEFAULT_CHECK_OPTIONS, runChecks } from "../server/src/language/check/run-checks";
import type { BenchInput } from "./bench-inputs";
import { ms, table } from "./stats";

export interface RuleCosts {
  readonly articles: number;
  readonly runs: number;
  /** Mean time to build the index and facts every rule shares. */
  readonly sharedMs: number;
  /** Mean time of each rule, most expensive first. */
  readonly rules: readonly { readonly rule: string; readonly ms: number }[];
}

export function ruleCosts(input: BenchInput, runs: number, warmup: number): RuleCosts {
  const totals = new Map<string, number>(RULES.map((r) => [r.name, 0]));
  let shared = 0;
  for (let run = 0; run < warmup + runs; run++) {
    const counted = run >= warmup;
    const analysis = analyze(input.text);
    const t0 = performance.now();
    void analysis.index;
    void analysis.facts;
    if (counted) shared += performance.now() - t0;
    for (const rule of RULES) {
      const start = performance.now();
      runChecks(analysis, [rule], DEFAULT_CHECK_OPTIONS);
      if (counted) totals.set(rule.name, (totals.get(rule.name) ?? 0) + performance.now() - start);
    }
  }
  return {
    articles: input.articles,
    runs,
    sharedMs: shared / runs,
    rules: [...totals.entries()]
      .map(([rule, total]) => ({ rule, ms: total / runs }))
      .sort((a, b) => b.ms - a.ms),
  };
}

export function ruleReport(costs: readonly RuleCosts[], top = 12): string {
  const header = [
    "rule",
    ...costs.map((c) => `${c.articles.toLocaleString("en-US")} articles (mean of ${c.runs})`),
  ];
  const first = costs[0];
  if (first === undefined) return "";
  const names = first.rules.slice(0, top).map((r) => r.rule);
  for (const c of costs.slice(1))
    for (const r of c.rules.slice(0, top)) if (!names.includes(r.rule)) names.push(r.rule);
  const cell = (c: RuleCosts, name: string) => ms(c.rules.find((r) => r.rule === name)?.ms ?? Number.NaN);
  const total = (c: RuleCosts) => c.rules.reduce((sum, r) => sum + r.ms, 0);
  return [
    "Check cost by rule",
    table(header, [
      ["(index + facts, shared)", ...costs.map((c) => ms(c.sharedMs))],
      ...names.map((name) => [name, ...costs.map((c) => cell(c, name))]),
      [`all ${first.rules.length} rules`, ...costs.map((c) => ms(total(c)))],
    ]),
  ].join("\n");
}
