/**
 * The language service's goals from the issue "Performance, round two" (parse, check, render),
 * each figure next to its goal and the baseline it is measured against, with a verdict. Ratios of
 * the same run, round by round where the sizes were timed in rounds (run.ts), so that the
 * machine's drifting speed moves both sides alike.
 */
import { ms, ratioOfRounds, table, type RoundMedians } from "./stats";

/** What this report reads of run.ts's results. */
export interface MeasuredSize {
  readonly articles: number;
  readonly operations: readonly ({ readonly operation: string } & RoundMedians)[];
}

interface Goal {
  readonly what: string;
  readonly operation: string;
  readonly baseline: string;
  readonly limit: number;
  /** The sizes the goal is set for; the others are shown without a verdict. */
  readonly sizes: readonly number[] | "all";
}

const GOALS: readonly Goal[] = [
  { what: "parse", operation: "parse", baseline: "JSON.parse", limit: 20, sizes: [25, 10_000] },
  { what: "check", operation: "check", baseline: "parse", limit: 3, sizes: "all" },
  { what: "render", operation: "render", baseline: "markdown-it", limit: 1.5, sizes: "all" },
  { what: "pipeline", operation: "pipeline", baseline: "markdown-it", limit: 8, sizes: [25] },
];

function measuredOf(size: MeasuredSize, operation: string): RoundMedians | undefined {
  return size.operations.find((o) => o.operation === operation);
}

export function coreGoalReport(results: readonly MeasuredSize[]): string {
  const rows = GOALS.flatMap((goal) =>
    results.flatMap((size) => {
      const value = measuredOf(size, goal.operation);
      const base = measuredOf(size, goal.baseline);
      if (value === undefined || base === undefined) return [];
      const ratio = ratioOfRounds(value, base);
      const judged = goal.sizes === "all" || goal.sizes.includes(size.articles);
      const verdict = !judged ? "(no goal at this size)" : ratio <= goal.limit ? "holds" : "MISSED";
      return [
        [
          size.articles.toLocaleString("en-US"),
          goal.what,
          ms(value.median),
          `${goal.baseline} ${ms(base.median)}`,
          `${ratio.toFixed(1)}×`,
          `≤ ${goal.limit}×`,
          verdict,
        ],
      ];
    }),
  );
  return [
    "Goals: parse, check and render (issue 19; medians of this run, ratios the median of its rounds' ratios)",
    table(["articles", "figure", "median", "baseline (median)", "ratio", "goal", "verdict"], rows),
  ].join("\n");
}
