/**
 * Scores what the checker reports on the corpus against what a reviewer expects. Pure: findings in,
 * counts out, so the scorer itself is unit-tested.
 *
 * The rule: a finding the checker reports at warning or error severity must be expected, or it is
 * a false positive; an expected finding the checker does not report (at any severity) is a false
 * negative. Information and hint findings that nobody expected are not counted: they do not fail
 * `keiyaku check` and a legitimate contract may carry them.
 */
import type { CorpusVariant, ExpectedFinding } from "./manifest";

export interface ActualFinding {
  readonly id: string;
  readonly severity: "error" | "warning" | "information" | "hint";
  /** 1-based, as `keiyaku check` prints them. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface VariantOutcome {
  readonly variant: CorpusVariant;
  readonly truePositives: readonly ActualFinding[];
  readonly falsePositives: readonly ActualFinding[];
  readonly falseNegatives: readonly ExpectedFinding[];
}

export interface Counts {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

const COUNTED_UNEXPECTED = new Set<ActualFinding["severity"]>(["error", "warning"]);

function takeMatch(
  expected: ExpectedFinding,
  actual: readonly ActualFinding[],
  used: Set<number>,
): ActualFinding | null {
  const index = actual.findIndex(
    (a, i) =>
      !used.has(i) && expected.ids.includes(a.id) && (expected.line === null || expected.line === a.line),
  );
  if (index < 0) return null;
  used.add(index);
  return actual[index] ?? null;
}

/** Pairs each expected finding with at most one actual one: exact lines first, then line-less ones. */
export function scoreVariant(variant: CorpusVariant, actual: readonly ActualFinding[]): VariantOutcome {
  const used = new Set<number>();
  const truePositives: ActualFinding[] = [];
  const falseNegatives: ExpectedFinding[] = [];
  const ordered = [
    ...variant.expected.filter((e) => e.line !== null),
    ...variant.expected.filter((e) => e.line === null),
  ];
  for (const expected of ordered) {
    const match = takeMatch(expected, actual, used);
    if (match === null) falseNegatives.push(expected);
    else truePositives.push(match);
  }
  const falsePositives = actual.filter((a, i) => !used.has(i) && COUNTED_UNEXPECTED.has(a.severity));
  return { variant, truePositives, falsePositives, falseNegatives };
}

/** The category of an id: the part before the dot (syntax, blank, value, …). */
export function categoryOf(id: string): string {
  return id.split(".")[0] ?? id;
}

const ZERO: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

function add(a: Counts, b: Counts): Counts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

function countsOf(outcome: VariantOutcome): Counts {
  return {
    truePositives: outcome.truePositives.length,
    falsePositives: outcome.falsePositives.length,
    falseNegatives: outcome.falseNegatives.length,
  };
}

export function total(outcomes: readonly VariantOutcome[]): Counts {
  return outcomes.map(countsOf).reduce(add, ZERO);
}

/** Counts grouped by the category the manifest gives each variant. */
export function byVariantCategory(outcomes: readonly VariantOutcome[]): Map<string, Counts> {
  const groups = new Map<string, Counts>();
  for (const outcome of outcomes) {
    const key = outcome.variant.category;
    groups.set(key, add(groups.get(key) ?? ZERO, countsOf(outcome)));
  }
  return groups;
}

/** Counts grouped by the category of the finding's id (a false negative by its first expected id). */
export function byFindingCategory(outcomes: readonly VariantOutcome[]): Map<string, Counts> {
  const groups = new Map<string, Counts>();
  const bump = (id: string, counts: Counts) => {
    const key = categoryOf(id);
    groups.set(key, add(groups.get(key) ?? ZERO, counts));
  };
  for (const o of outcomes) {
    for (const f of o.truePositives) bump(f.id, { ...ZERO, truePositives: 1 });
    for (const f of o.falsePositives) bump(f.id, { ...ZERO, falsePositives: 1 });
    for (const f of o.falseNegatives) bump(f.ids[0] ?? "", { ...ZERO, falseNegatives: 1 });
  }
  return groups;
}

/** Precision and recall as fractions; null when there is nothing to divide (no finding at all). */
export function precision(counts: Counts): number | null {
  const reported = counts.truePositives + counts.falsePositives;
  return reported === 0 ? null : counts.truePositives / reported;
}

export function recall(counts: Counts): number | null {
  const expected = counts.truePositives + counts.falseNegatives;
  return expected === 0 ? null : counts.truePositives / expected;
}

export const TARGETS = { precision: 0.97, recall: 0.95 } as const;

/** The targets; an empty measure (nothing reported, nothing expected) does not fail them. */
export function meetsTargets(counts: Counts): boolean {
  return (precision(counts) ?? 1) >= TARGETS.precision && (recall(counts) ?? 1) >= TARGETS.recall;
}
