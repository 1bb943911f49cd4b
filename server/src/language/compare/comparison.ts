/**
 * Two versions of a contract compared as a legal team reads them (a 新旧対照表): the values that
 * changed and the facts that changed with them, then one row per part that changed — 新設, 削る,
 * 改正 with the changed characters, or renumbered/moved with its content unchanged. Both versions
 * are compared as rendered, so a changed value shows in every article that uses it.
 */
import type { Span } from "../ast";
import type { Analysis } from "../model/analysis";
import { charChanges } from "./char-diff";
import { layoutTitle } from "../render/layout";
import { drain, ITEMS_PER_STEP, type Steps } from "../steps";
import { comparedUnitsInSteps, unitText, type ComparedUnit, type UnitKind } from "./compared-unit";
import { matchUnitsInSteps } from "./match-units";
import { factChanges, valueChanges, type FactChange, type ValueChange } from "./value-changes";

/**
 * added 新設 (new side only), deleted 削る (old side only), changed 改正 (both, text differs),
 * renumbered: the same content under another number or in another place.
 */
export type RowStatus = "added" | "deleted" | "changed" | "renumbered";

export interface RowSide {
  /** 第7条, 前文 … */
  readonly label: string;
  readonly text: string;
  /** The changed characters, as offsets in `text`. */
  readonly changes: readonly Span[];
  /** Where the part stands in that version's source. */
  readonly source: Span;
}

export interface ComparisonRow {
  readonly kind: UnitKind;
  readonly status: RowStatus;
  /** The part changed its place among the others (not only its number). */
  readonly moved: boolean;
  readonly new: RowSide | null;
  readonly old: RowSide | null;
}

export interface Comparison {
  /** Where each version came from (a file, or a revision and a file), as the host names them. */
  readonly oldName: string | null;
  readonly newName: string | null;
  readonly oldTitle: string | null;
  readonly newTitle: string | null;
  readonly values: readonly ValueChange[];
  readonly facts: readonly FactChange[];
  readonly rows: readonly ComparisonRow[];
}

function side(unit: ComparedUnit, changes: readonly Span[]): RowSide {
  return { label: unit.label, text: unitText(unit), changes, source: unit.span };
}

function pairedRow(oldUnit: ComparedUnit, newUnit: ComparedUnit, inOrder: boolean): ComparisonRow | null {
  const oldText = unitText(oldUnit);
  const newText = unitText(newUnit);
  if (oldText === newText && inOrder) return null;
  const changes = charChanges(oldText, newText);
  const sameContent =
    oldUnit.title === newUnit.title &&
    oldText.slice(oldUnit.heading.length) === newText.slice(newUnit.heading.length);
  return {
    kind: newUnit.kind,
    status: sameContent ? "renumbered" : "changed",
    moved: !inOrder,
    new: side(newUnit, changes.new),
    old: side(oldUnit, changes.old),
  };
}

function wholly(unit: ComparedUnit): RowSide {
  const text = unitText(unit);
  return side(unit, [{ start: 0, end: text.length }]);
}

function deletedRow(unit: ComparedUnit): ComparisonRow {
  return { kind: unit.kind, status: "deleted", moved: false, new: null, old: wholly(unit) };
}

export function compareUnits(olds: readonly ComparedUnit[], news: readonly ComparedUnit[]): ComparisonRow[] {
  return drain(compareUnitsInSteps(olds, news));
}

/** The same in steps: the matching's, then ITEMS_PER_STEP new parts (each a character diff) a step. */
function* compareUnitsInSteps(
  olds: readonly ComparedUnit[],
  news: readonly ComparedUnit[],
): Steps<ComparisonRow[]> {
  const pairs = yield* matchUnitsInSteps(olds, news);
  const byNew = new Map(pairs.map((p) => [p.newIndex, p]));
  const paired = new Set(pairs.map((p) => p.oldIndex));
  const rows: ComparisonRow[] = [];
  // Deleted parts go where they stood: before the first new part whose old match comes after them.
  let nextOld = 0;
  const flushDeleted = (upTo: number) => {
    for (; nextOld < upTo; nextOld++) {
      const unit = olds[nextOld];
      if (unit !== undefined && !paired.has(nextOld)) rows.push(deletedRow(unit));
    }
  };
  for (const [j, newUnit] of news.entries()) {
    if (j % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const pair = byNew.get(j);
    const oldUnit = pair === undefined ? undefined : olds[pair.oldIndex];
    if (pair === undefined || oldUnit === undefined) {
      rows.push({ kind: newUnit.kind, status: "added", moved: false, new: wholly(newUnit), old: null });
      continue;
    }
    if (pair.inOrder) flushDeleted(pair.oldIndex);
    const row = pairedRow(oldUnit, newUnit, pair.inOrder);
    if (row !== null) rows.push(row);
  }
  flushDeleted(olds.length);
  return rows;
}

export interface VersionNames {
  readonly old: string;
  readonly new: string;
}

export function compareContracts(before: Analysis, after: Analysis, names?: VersionNames): Comparison {
  return drain(compareContractsInSteps(before, after, names));
}

/** The same in steps, for the language server: each version's parts, the matching and the rows. */
export function* compareContractsInSteps(
  before: Analysis,
  after: Analysis,
  names?: VersionNames,
): Steps<Comparison> {
  const olds = yield* comparedUnitsInSteps(before);
  const news = yield* comparedUnitsInSteps(after);
  const values = valueChanges(before, after);
  const facts = factChanges(before, after);
  yield;
  return {
    oldName: names?.old ?? null,
    newName: names?.new ?? null,
    oldTitle: layoutTitle(before.document),
    newTitle: layoutTitle(after.document),
    values,
    facts,
    rows: yield* compareUnitsInSteps(olds, news),
  };
}

export function isEmptyComparison(comparison: Comparison): boolean {
  return comparison.rows.length === 0 && comparison.values.length === 0 && comparison.facts.length === 0;
}
