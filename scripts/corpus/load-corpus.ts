/** Reads test/corpus: the manifest and the variant files it lists, and says where they disagree. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseManifest } from "./manifest";
import { lineProblems, type CorpusInput } from "./run-corpus";

export interface LoadedCorpus {
  readonly inputs: readonly CorpusInput[];
  /** Everything that makes a score meaningless: bad JSON, unlisted files, lines out of range. */
  readonly problems: readonly string[];
}

export function loadCorpus(dir: string): LoadedCorpus {
  const manifest = parseManifest(readFileSync(join(dir, "manifest.json"), "utf8"));
  if (!manifest.ok) return { inputs: [], problems: manifest.problems };
  const files = new Set(readdirSync(dir).filter((f) => f.endsWith(".contract")));
  const listed = new Set(manifest.variants.map((v) => v.file));
  const inputs = manifest.variants
    .filter((v) => files.has(v.file))
    .map((variant) => ({ variant, text: readFileSync(join(dir, variant.file), "utf8") }));
  const problems = [
    ...[...files].filter((f) => !listed.has(f)).map((f) => `${f}: not in manifest.json`),
    ...[...listed].filter((f) => !files.has(f)).map((f) => `${f}: in manifest.json but not in the corpus`),
    ...lineProblems(inputs),
  ];
  return { inputs, problems };
}
