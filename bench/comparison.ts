/**
 * The 新旧対照表 and the 変更覚書 on two versions of 25 and 1,000 articles (the second version:
 * the fee changed, one article inserted in the middle with every later one renumbered, one
 * deleted, one edited), timed from text — both analyses included — against the budgets of issue 16:
 * 20 ms for 25 articles, 1 s for 1,000. `npm run bench -- --comparison`, or on its own:
 * `node --expose-gc --import tsx bench/comparison.ts`.
 */
import {
  compareContracts,
  comparisonText,
  createContractService,
  draftAmendment,
} from "../server/src/language";
import { benchInputs, type BenchInput } from "./bench-inputs";
import { ms, summarize, table, type Summary } from "./stats";

const BUDGET_MS: Readonly<Record<number, number>> = { 25: 20, 1000: 1000 };

const HEADING = /^第(\d+)条/gmu;

/** The second version: what a negotiation round does to a contract. */
export function secondVersion(text: string, articles: number): string {
  const middle = Math.max(2, Math.floor(articles / 2));
  const last = articles - 1;
  let next = 0;
  const renumbered = text
    .replace("月額報酬：", "月額報酬：1")
    .replace(
      new RegExp(`^(第${middle}条[^\\n]*\\n)`, "mu"),
      "第0条（追加条項）\n乙は、甲の求めに応じ、業務の報告を行う。\n\n$1",
    )
    .replace(new RegExp(`^第${last}条[^]*?\\n\\n`, "mu"), "")
    .replace(/直ちに/u, "速やかに");
  return renumbered.replace(HEADING, () => `第${++next}条`);
}

export interface ComparisonBenchResult {
  readonly articles: number;
  readonly rows: number;
  readonly sentences: number;
  readonly compare: Summary;
  readonly amend: Summary;
  readonly budgetMs: number | null;
}

function time(runs: number, run: () => unknown): Summary {
  for (let i = 0; i < Math.min(3, runs); i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export function benchComparison(input: BenchInput): ComparisonBenchResult {
  const service = createContractService();
  const old = input.text;
  const next = secondVersion(old, input.articles);
  const runs = input.articles <= 100 ? 100 : 10;
  const comparison = compareContracts(service.analyze(old), service.analyze(next));
  const draft = draftAmendment(service.analyze(old), service.analyze(next));
  return {
    articles: input.articles,
    rows: comparison.rows.length,
    sentences: draft.sentences.length,
    compare: time(runs, () => comparisonText(compareContracts(service.analyze(old), service.analyze(next)))),
    amend: time(runs, () => draftAmendment(service.analyze(old), service.analyze(next))),
    budgetMs: BUDGET_MS[input.articles] ?? null,
  };
}

export function comparisonReport(results: readonly ComparisonBenchResult[]): string {
  const verdict = (r: ComparisonBenchResult) =>
    r.budgetMs === null
      ? "—"
      : r.compare.median <= r.budgetMs
        ? `within ${ms(r.budgetMs)}`
        : `OVER ${ms(r.budgetMs)}`;
  return [
    "新旧対照表 and 変更覚書 (from text, both analyses included)",
    table(
      ["articles", "rows", "改め文", "diff median", "diff p90", "amend median", "budget"],
      results.map((r) => [
        r.articles.toLocaleString("en-US"),
        String(r.rows),
        String(r.sentences),
        ms(r.compare.median),
        ms(r.compare.p90),
        ms(r.amend.median),
        verdict(r),
      ]),
    ),
  ].join("\n");
}

export function runComparisonBench(sizes: readonly number[] = [25, 1000]): ComparisonBenchResult[] {
  return benchInputs(sizes).map(benchComparison);
}

if (process.argv[1]?.endsWith("comparison.ts") === true) {
  console.log(comparisonReport(runComparisonBench()));
}
