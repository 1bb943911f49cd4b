/**
 * The 改め文 that turn the old version of a contract into the new one, in the order they apply:
 * parts changed in place (under their old names), then deleted articles, then renumberings and
 * insertions. A moved article is deleted and inserted again. What no sentence here can say (a
 * 前文 or 別紙 added or deleted) is listed in `notDrafted`, for the drafter to write.
 */
import { comparedUnits, type ComparedUnit } from "../compared-unit";
import { matchUnits } from "../match-units";
import type { Analysis } from "../../model/analysis";
import { contentSentences } from "./content-sentences";
import type { AmendmentSentence } from "./sentence";
import { deletionSentences, structureSentences, type TargetArticle } from "./structure-sentences";

export interface AmendmentDraft {
  readonly sentences: readonly AmendmentSentence[];
  /** What changed that these sentences do not say, in Japanese (別紙2の追加 …). */
  readonly notDrafted: readonly string[];
}

export function draftSentences(olds: readonly ComparedUnit[], news: readonly ComparedUnit[]): AmendmentDraft {
  const pairs = matchUnits(olds, news);
  const oldOfNew = new Map<number, ComparedUnit>();
  const kept = new Set<number>();
  const inPlace: AmendmentSentence[] = [];
  const notDrafted: string[] = [];
  for (const pair of [...pairs].sort((a, b) => a.oldIndex - b.oldIndex)) {
    const old = olds[pair.oldIndex];
    const next = news[pair.newIndex];
    if (old === undefined || next === undefined) continue;
    if (old.kind === "article" && !pair.inOrder) continue;
    if (old.kind === "annex" && old.label !== next.label) {
      notDrafted.push(`${old.label}を${next.label}とする変更`);
      continue;
    }
    inPlace.push(...contentSentences(old, next, old.label));
    oldOfNew.set(pair.newIndex, old);
    kept.add(pair.oldIndex);
  }
  const deleted = olds.filter((u, i) => u.kind === "article" && !kept.has(i));
  for (const [i, u] of olds.entries())
    if (u.kind !== "article" && !kept.has(i)) notDrafted.push(`${u.label}の削除`);
  for (const [j, u] of news.entries())
    if (u.kind !== "article" && !oldOfNew.has(j)) notDrafted.push(`${u.label}の追加`);
  const targets: TargetArticle[] = [];
  for (const [j, unit] of news.entries())
    if (unit.kind === "article") targets.push({ unit, old: oldOfNew.get(j) ?? null });
  const unnumbered = [...olds, ...news].some((u) => u.kind === "article" && u.number === null);
  if (unnumbered) notDrafted.push("条番号を読めない条の変更");
  return {
    sentences: [
      ...inPlace,
      ...deletionSentences(deleted),
      ...(unnumbered ? [] : structureSentences(targets)),
    ],
    notDrafted,
  };
}

export function draftAmendment(before: Analysis, after: Analysis): AmendmentDraft {
  return draftSentences(comparedUnits(before), comparedUnits(after));
}
