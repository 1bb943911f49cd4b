/**
 * `npm run corpus`: runs every variant in test/corpus through the language service as
 * `keiyaku check` does, compares the findings with test/corpus/manifest.json and prints precision
 * and recall by category, then every false positive and false negative. Exits 1 below the targets
 * (precision ≥ 97 %, recall ≥ 95 %) unless given `--report`. See test/corpus/README.md.
 */
import { join, relative } from "node:path";
import { CATALOGUE } from "../server/src/language/check/registry";
import { loadCorpus } from "./corpus/load-corpus";
import { formatReport } from "./corpus/report";
import { runCorpus } from "./corpus/run-corpus";
import { meetsTargets, total } from "./corpus/score";

const ROOT = join(__dirname, "..");
export const CORPUS_DIR = join(ROOT, "test", "corpus");
const USAGE =
  "usage: npm run corpus [-- --report]\n  --report  print the report and exit 0 even below the targets";

function main(args: readonly string[]): number {
  if (args.some((a) => a !== "--report")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { inputs, problems } = loadCorpus(CORPUS_DIR);
  if (problems.length > 0) {
    process.stderr.write(
      `test/corpus/manifest.json is out of step with the corpus:\n  ${problems.join("\n  ")}\n`,
    );
    return 2;
  }
  const outcomes = runCorpus(inputs);
  const knownIds = new Set(CATALOGUE.map((kind) => kind.id));
  process.stdout.write(formatReport(outcomes, relative(ROOT, CORPUS_DIR), knownIds));
  return args.includes("--report") || meetsTargets(total(outcomes)) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
