/**
 * The corpus manifest (test/corpus/manifest.json): for each variant of the filled contract, the
 * category it exercises, whether it is legitimate, and the findings a careful reviewer expects.
 * Read and validated here so a typo in the manifest is a clear message, never a wrong score.
 */

/** A finding a reviewer expects: one id (or any of several acceptable ids), on a line or anywhere. */
export interface ExpectedFinding {
  readonly ids: readonly string[];
  /** 1-based line; null when the place is not precise (e.g. an article missing from the whole file). */
  readonly line: number | null;
}

export interface CorpusVariant {
  readonly file: string;
  readonly category: string;
  readonly legitimate: boolean;
  readonly description: string;
  readonly expected: readonly ExpectedFinding[];
}

export type ManifestResult =
  | { readonly ok: true; readonly variants: readonly CorpusVariant[] }
  | { readonly ok: false; readonly problems: readonly string[] };

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readIds(value: Json): string[] | null {
  const ids = typeof value === "string" ? [value] : value;
  if (!Array.isArray(ids) || ids.length === 0) return null;
  return ids.every((id): id is string => typeof id === "string" && /^[a-z]+\.[a-z0-9-]+$/.test(id))
    ? ids
    : null;
}

function readExpected(value: Json, where: string, problems: string[]): ExpectedFinding | null {
  if (!isRecord(value)) {
    problems.push(`${where}: expected an object { "id", "line"? }`);
    return null;
  }
  const ids = readIds(value["id"]);
  const line = value["line"] ?? null;
  if (ids === null)
    problems.push(`${where}: "id" must be an id like "ref.unknown-article" or a list of them`);
  if (line !== null && !(Number.isInteger(line) && (line as number) >= 1)) {
    problems.push(`${where}: "line" must be a 1-based line number`);
  }
  if (ids === null || (line !== null && typeof line !== "number")) return null;
  return { ids, line: line as number | null };
}

function readVariant(value: Json, index: number, problems: string[]): CorpusVariant | null {
  const where = `variants[${index}]`;
  if (!isRecord(value)) {
    problems.push(`${where}: expected an object`);
    return null;
  }
  const { file, category, legitimate, description, expected } = value;
  if (typeof file !== "string" || !file.endsWith(".contract"))
    problems.push(`${where}: "file" must name a .contract file`);
  if (typeof category !== "string") problems.push(`${where}: "category" must be a string`);
  if (typeof legitimate !== "boolean") problems.push(`${where}: "legitimate" must be true or false`);
  if (!Array.isArray(expected)) problems.push(`${where}: "expected" must be a list`);
  if (typeof file !== "string" || typeof category !== "string" || typeof legitimate !== "boolean")
    return null;
  if (!Array.isArray(expected)) return null;
  const findings = expected.map((e, i) => readExpected(e, `${file} expected[${i}]`, problems));
  if (legitimate && findings.length > 0) problems.push(`${file}: a legitimate variant expects no finding`);
  if (!legitimate && findings.length === 0)
    problems.push(`${file}: a defective variant must expect a finding`);
  if (findings.some((f) => f === null)) return null;
  return {
    file,
    category,
    legitimate,
    description: typeof description === "string" ? description : "",
    expected: findings as ExpectedFinding[],
  };
}

/** Parses the manifest's JSON text; every problem is listed, not only the first. */
export function parseManifest(json: string): ManifestResult {
  let data: Json;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`manifest.json is not JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(data) || !Array.isArray(data["variants"])) {
    return { ok: false, problems: ['manifest.json must be { "variants": [ … ] }'] };
  }
  const problems: string[] = [];
  const variants = data["variants"].map((v: Json, i: number) => readVariant(v, i, problems));
  const seen = new Set<string>();
  for (const v of variants) {
    if (v === null) continue;
    if (seen.has(v.file)) problems.push(`${v.file}: listed twice`);
    seen.add(v.file);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, variants: variants as CorpusVariant[] };
}
