/** The corpus report: precision and recall tables, then every miss, so a developer sees what to fix. */
import type { ExpectedFinding } from "./manifest";
import {
  byFindingCategory,
  byVariantCategory,
  meetsTargets,
  precision,
  recall,
  TARGETS,
  total,
  type ActualFinding,
  type Counts,
  type VariantOutcome,
} from "./score";

const CATEGORY_ORDER = ["syntax", "security", "blank", "value", "structure", "ref", "term", "consistency"];

function percent(value: number | null): string {
  return value === null ? "—" : `${(value * 100).toFixed(1)} %`;
}

function sortedCategories(keys: Iterable<string>): string[] {
  const rank = (k: string) =>
    CATEGORY_ORDER.includes(k) ? CATEGORY_ORDER.indexOf(k) : CATEGORY_ORDER.length;
  return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0)))
    .join("  ")
    .trimEnd();
}

function countCells(c: Counts): (string | number)[] {
  return [c.truePositives, c.falsePositives, c.falseNegatives, percent(precision(c)), percent(recall(c))];
}

function findingTable(outcomes: readonly VariantOutcome[]): string[] {
  const widths = [22, 5, 5, 5, 10, 10];
  const groups = byFindingCategory(outcomes);
  return [
    row(["by finding category", "TP", "FP", "FN", "precision", "recall"], widths),
    ...sortedCategories(groups.keys()).map((k) => row([k, ...countCells(groups.get(k) as Counts)], widths)),
    row(["overall", ...countCells(total(outcomes))], widths),
  ];
}

function variantTable(outcomes: readonly VariantOutcome[]): string[] {
  const widths = [22, 8, 11, 11, 5, 5, 5, 10, 10];
  const groups = byVariantCategory(outcomes);
  const line = (name: string, members: readonly VariantOutcome[], counts: Counts) => {
    const legit = members.filter((o) => o.variant.legitimate);
    const defects = members.filter((o) => !o.variant.legitimate);
    const quiet = legit.filter((o) => o.falsePositives.length === 0).length;
    const caught = defects.filter((o) => o.falseNegatives.length === 0).length;
    return row(
      [
        name,
        members.length,
        `${quiet}/${legit.length}`,
        `${caught}/${defects.length}`,
        ...countCells(counts),
      ],
      widths,
    );
  };
  return [
    row(
      [
        "by variant category",
        "variants",
        "legit quiet",
        "all caught",
        "TP",
        "FP",
        "FN",
        "precision",
        "recall",
      ],
      widths,
    ),
    ...sortedCategories(groups.keys()).map((k) =>
      line(
        k,
        outcomes.filter((o) => o.variant.category === k),
        groups.get(k) as Counts,
      ),
    ),
    line("overall", outcomes, total(outcomes)),
  ];
}

function frequency(ids: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, n]) => `  ${String(n).padStart(4)}  ${id}`);
}

function falsePositiveLine(dir: string, file: string, f: ActualFinding): string {
  return `  ${dir}/${file}:${f.line}:${f.column} ${f.severity} ${f.id}: ${f.message}`;
}

function falseNegativeLine(dir: string, outcome: VariantOutcome, f: ExpectedFinding): string {
  const where = f.line === null ? "" : `:${f.line}`;
  return `  ${dir}/${outcome.variant.file}${where} ${f.ids.join("|")} — ${outcome.variant.description}`;
}

/** Expected ids no rule of the checker has yet: checks the manifest asks for that do not exist. */
function missingIds(outcomes: readonly VariantOutcome[], knownIds: ReadonlySet<string>): string[] {
  const wanted = outcomes.flatMap((o) =>
    o.variant.expected.flatMap((e) => (e.ids.some((id) => knownIds.has(id)) ? [] : [e.ids.join("|")])),
  );
  return frequency(wanted);
}

export function formatReport(
  outcomes: readonly VariantOutcome[],
  dir: string,
  knownIds: ReadonlySet<string>,
): string {
  const legit = outcomes.filter((o) => o.variant.legitimate).length;
  const fps = outcomes.flatMap((o) => o.falsePositives.map((f) => ({ o, f })));
  const fns = outcomes.flatMap((o) => o.falseNegatives.map((f) => ({ o, f })));
  const counts = total(outcomes);
  const verdict = meetsTargets(counts) ? "met" : "NOT met";
  const sections = [
    `Keiyaku corpus: ${outcomes.length} variants in ${dir} (${legit} legitimate, ${outcomes.length - legit} with defects)`,
    "Counted: every warning and error the checker reports, and every expected finding (any severity).",
    "",
    ...findingTable(outcomes),
    "",
    ...variantTable(outcomes),
    "",
    "Most frequent false positives by id:",
    ...(fps.length > 0 ? frequency(fps.map(({ f }) => f.id)) : ["  (none)"]),
    "",
    "Most frequent false negatives by id:",
    ...(fns.length > 0 ? frequency(fns.map(({ f }) => f.ids.join("|"))) : ["  (none)"]),
    "",
    "Expected ids the checker does not have yet:",
    ...(missingIds(outcomes, knownIds).length > 0 ? missingIds(outcomes, knownIds) : ["  (none)"]),
    "",
    `False positives (reported, not expected): ${fps.length}`,
    ...fps.map(({ o, f }) => falsePositiveLine(dir, o.variant.file, f)),
    "",
    `False negatives (expected, not reported): ${fns.length}`,
    ...fns.map(({ o, f }) => falseNegativeLine(dir, o, f)),
    "",
    `Targets: precision ≥ ${TARGETS.precision * 100} %, recall ≥ ${TARGETS.recall * 100} % — ${verdict} ` +
      `(precision ${percent(precision(counts))}, recall ${percent(recall(counts))})`,
  ];
  return `${sections.join("\n")}\n`;
}
