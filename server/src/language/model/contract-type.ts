/**
 * The kind of contract a file is, recognised from its title. Requirements that only make sense
 * for a kind (its standard articles, the values it must state) apply only when the kind is
 * known. Kinds are data (types/builtin/*.json, and a workspace's .keiyaku/types/ passed in by the
 * host); this file compiles them into a catalogue and picks the kind of a document. A generic kind
 * (事業者間の契約書) catches any other contract between companies: the essentials every such
 * contract needs (秘密保持, 損害賠償, 反社会的勢力の排除, 合意管轄) still apply to it, so a retitled
 * contract does not silently lose those checks. A standard article is matched by topic
 * (article-topics.ts and type-coverage.ts), never by its exact heading.
 */
import type { ContractDocument, PartyBlock } from "../ast";
import { BUILTIN_TYPES } from "../types/builtin-types";
import type { ContractTypeData, TypeValueData } from "../types/contract-type-data";

export interface StandardArticle {
  /** The topic, which is also the heading a new article gets. */
  readonly topic: string;
  /** Words that, in a heading, also name the topic. */
  readonly aliases: readonly string[];
  /** Missing it is a real risk (warning), not just a gap against the standard form (information). */
  readonly essential: boolean;
  /** A starting text for a drafter who adds the article. */
  readonly skeleton: readonly string[];
}

export interface ContractType {
  readonly id: string;
  readonly name: string;
  readonly titlePatterns: readonly string[];
  /** A fallback that applies only when no other type matches (see `contractTypeOf`). */
  readonly generic: boolean;
  /** The type of a title that names no known kind: checking with it is reported, not silent. */
  readonly catchAll: boolean;
  readonly requiredParties: readonly string[];
  readonly requiredValues: readonly string[];
  readonly values: readonly TypeValueData[];
  readonly standardArticles: readonly StandardArticle[];
  /** Whether the standard articles have a usual order (and so a usual place for a missing one). */
  readonly ordered: boolean;
  /** Diagnostic ids that do not apply to this kind. */
  readonly checksOff: readonly string[];
  /** The data the type was compiled from (templates, listings). */
  readonly data: ContractTypeData;
}

export interface TypeCatalog {
  /** Every type, built-in ones first, a workspace type replacing the built-in type of its id. */
  readonly types: readonly ContractType[];
  byId(id: string): ContractType | undefined;
}

export function compileType(data: ContractTypeData): ContractType {
  const values = data.values ?? [];
  return {
    id: data.id,
    name: data.name,
    titlePatterns: data.titlePatterns.filter((p) => p.length > 0),
    generic: data.generic === true,
    catchAll: data.generic === true && data.catchAll === true,
    requiredParties: (data.parties ?? []).map((p) => p.symbol),
    requiredValues: values.filter((v) => v.required === true).map((v) => v.name),
    values,
    standardArticles: data.articles.map((a) => ({
      topic: a.topic,
      aliases: a.aliases ?? [],
      essential: a.essential === true,
      skeleton: a.skeleton,
    })),
    ordered: data.ordered === true,
    checksOff: data.checks?.off ?? [],
    data,
  };
}

function catalogOf(compiled: readonly ContractType[]): TypeCatalog {
  const byId = new Map<string, ContractType>();
  for (const type of compiled) byId.set(type.id, type);
  const types = [...byId.values()];
  return { types, byId: (id) => byId.get(id) };
}

// Compiled once: every check asks for the catalogue, and the built-in types never change (the
// CLI checking 200 files compiled them 200 times).
const BUILTIN_CATALOG = catalogOf(BUILTIN_TYPES.map(compileType));

/** The built-in types with the workspace's: a workspace type replaces the built-in of its id. */
export function buildCatalog(workspace: readonly ContractTypeData[] = []): TypeCatalog {
  if (workspace.length === 0) return BUILTIN_CATALOG;
  return catalogOf([...BUILTIN_CATALOG.types, ...workspace.map(compileType)]);
}

/** A party that is a company: it states a 会社名 (an individual states a 氏名). */
function isCompany(party: PartyBlock): boolean {
  return party.entries.some((entry) => entry.kind === "definition" && entry.name === "会社名");
}

function betweenCompanies(document: ContractDocument): boolean {
  const parties = document.blocks.filter((b): b is PartyBlock => b.kind === "party");
  return parties.length >= 2 && parties.every(isCompany);
}

/** The length of the longest of the type's words in the title, 0 when none is. */
function matchLength(type: ContractType, title: string): number {
  return type.titlePatterns.reduce((best, p) => (title.includes(p) ? Math.max(best, p.length) : best), 0);
}

/** The type whose title words match the title best (the longest word; the first type on a tie). */
export function specificTypeOf(title: string, catalog: TypeCatalog): ContractType | null {
  let best: ContractType | null = null;
  let bestLength = 0;
  for (const type of catalog.types) {
    if (type.generic) continue;
    const length = matchLength(type, title);
    if (length > bestLength) [best, bestLength] = [type, length];
  }
  return best;
}

export function titleOf(document: ContractDocument): string | null {
  const title = document.blocks.find((b) => b.kind === "title");
  return title?.kind === "title" ? title.title : null;
}

export function contractTypeOf(document: ContractDocument, catalog: TypeCatalog): ContractType | null {
  const title = titleOf(document);
  if (title === null) return null;
  const known = specificTypeOf(title, catalog);
  if (known !== null) return known;
  if (!betweenCompanies(document)) return null;
  return catalog.types.find((type) => type.generic && matchLength(type, title) > 0) ?? null;
}
